// @ts-nocheck
import * as asyncio from "asyncio";

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  async function crash_after(t) {
    await asyncio.sleep(t);
    throw new ValueError(t);
  }

  async function runner(outer_delay, inner_delay) {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g1) => {
      g1.create_task(crash_after(outer_delay));
      await asyncio.async_with(new asyncio.TaskGroup(), async (g2) => {
        g2.create_task(crash_after(inner_delay));
      });
    });
  }

  for (const [outer_delay, inner_delay] of [
    [0.1, 10],
    [10, 0.1],
  ]) {
    print("-- the", outer_delay < inner_delay ? "outer" : "inner", "child fails first");
    const r = asyncio.create_task(runner(outer_delay, inner_delay));
    try {
      await r;
    } catch (eg) {
      if (!(eg instanceof ExceptionGroup)) throw eg;
      print("ExceptionGroup of", error_types(eg));
      for (const exc of eg.exceptions) {
        if (exc instanceof ExceptionGroup) print("  holding", error_types(exc));
      }
    }
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
