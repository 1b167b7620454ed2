// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  async function coro() {
    await asyncio.sleep(0);
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
    const t = g.create_task(coro(), { name: "yolo" });
    print("get_name():", t.get_name());
  });

  let seen = null;

  async function asyncfn() {
    seen = asyncio.current_task().get_name();
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    tg.create_task(asyncfn(), { name: "example name" });
  });
  print("the child saw:", seen);
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
