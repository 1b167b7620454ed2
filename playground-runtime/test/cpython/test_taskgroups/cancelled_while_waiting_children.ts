// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  async function foo1() {
    await asyncio.sleep(1);
    return 42;
  }

  async function foo2() {
    await asyncio.sleep(2);
    return 11;
  }

  async function runner() {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      g.create_task(foo1());
      g.create_task(foo2());
    });
  }

  const r = asyncio.create_task(runner());
  await asyncio.sleep(0.05);
  r.cancel();
  try {
    await r;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
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
