// @ts-nocheck
import * as asyncio from "asyncio";

class ZeroDivisionError extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  async function foo() {
    try {
      await asyncio.sleep(10);
    } finally {
      // biome-ignore lint/correctness/noUnsafeFinally: the failure replaces the cancellation, as Python's finally does
      throw new ZeroDivisionError("division by zero");
    }
  }

  async function runner() {
    await asyncio.async_with(new asyncio.TaskGroup(), async (g) => {
      for (let i = 0; i < 5; i++) g.create_task(foo());
      await asyncio.sleep(10);
    });
  }

  const r = asyncio.create_task(runner());
  await asyncio.sleep(0.1);
  print("done before cancel():", r.done());
  r.cancel();
  try {
    await r;
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg;
    print("ExceptionGroup of", eg.exceptions.length, error_types(eg));
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
