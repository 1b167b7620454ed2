// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  async function foo1() {
    await asyncio.sleep(1);
    return 42;
  }

  async function foo2() {
    await asyncio.sleep(0.2);
    return 11;
  }

  let t1 = null;
  let t2 = null;
  await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
    t1 = g.create_task(foo1());
    await asyncio.sleep(0.15);
    // Cancelling one child by hand is not a failure: the group goes on.
    t1.cancel();
    t2 = g.create_task(foo2());
  });
  print("t1 cancelled:", t1.cancelled(), "t2 result:", t2.result());
}

function eager_loop() {
  const loop = asyncio.new_event_loop();
  loop.set_task_factory(asyncio.eager_task_factory);
  return loop;
}

for (const factory of [asyncio.new_event_loop, eager_loop]) {
  print(factory === asyncio.new_event_loop ? "== tasks" : "== eager tasks");
  const runner = new asyncio.Runner({ loop_factory: factory });
  try {
    runner.run(test());
  } finally {
    runner.close();
  }
}
