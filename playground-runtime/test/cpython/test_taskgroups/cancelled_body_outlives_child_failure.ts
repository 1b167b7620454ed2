// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  async function crash_soon() {
    await asyncio.sleep(0.3);
    throw new ZeroDivisionError("division by zero");
  }

  async function group() {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g1) => {
      g1.create_task(crash_soon());
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) await asyncio.sleep(0.5);
        throw e;
      }
    });
  }

  async function through_a_task() {
    const t = asyncio.create_task(group());
    await t;
  }

  for (const runner of [group, through_a_task]) {
    print("--", runner.name);
    const r = asyncio.create_task(runner());
    await asyncio.sleep(0.1);
    print("done before cancel():", r.done());
    r.cancel();
    try {
      await r;
    } catch (eg) {
      if (!(eg instanceof ExceptionGroup)) throw eg;
      print("ExceptionGroup of", error_types(eg));
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
