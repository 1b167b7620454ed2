// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

// compare: stderr
async function test() {
  async function coro1() {
    await asyncio.sleep(0.001);
    throw new ZeroDivisionError("division by zero");
  }

  async function coro2(g) {
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      try {
        g.create_task(coro1());
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        print("RuntimeError:", e);
      }
    }
  }

  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      g.create_task(coro1());
      g.create_task(coro2(g));
    });
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg;
    print("ExceptionGroup of", error_types(eg));
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
