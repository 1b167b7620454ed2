// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

class MyExc extends Error {}

class MyBaseExc extends BaseException {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  async function crash_soon() {
    await asyncio.sleep(0.1);
    throw new ZeroDivisionError("division by zero");
  }

  async function nested(error) {
    try {
      await asyncio.sleep(10);
    } finally {
      // biome-ignore lint/correctness/noUnsafeFinally: the error replaces the cancellation, as Python's finally does
      throw new error();
    }
  }

  async function runner(error) {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      g.create_task(crash_soon());
      await nested(error);
    });
  }

  async function scenario(error) {
    print("-- the body's finally raises", error.name);
    try {
      if (error === MyExc) await asyncio.create_task(runner(error));
      else await runner(error);
    } catch (e) {
      if (e instanceof KeyboardInterrupt) print("KeyboardInterrupt");
      else if (e instanceof BaseExceptionGroup) print(e.constructor.name, "of", error_types(e));
      else throw e;
    }
  }

  // Each in a task of its own, as each test method runs in one.
  for (const error of [MyExc, KeyboardInterrupt, MyBaseExc]) {
    await asyncio.create_task(scenario(error));
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
