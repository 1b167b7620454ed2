// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  async function do_job(delay) {
    await asyncio.sleep(delay);
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
    for (let count = 0; count < 10; count++) {
      await asyncio.sleep(0.1);
      g.create_task(do_job(0.3));
      if (count === 5) print("children at the sixth:", g._tasks.size);
    }
    await asyncio.sleep(1.35);
    print("children at the end:", g._tasks.size);
  });
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
