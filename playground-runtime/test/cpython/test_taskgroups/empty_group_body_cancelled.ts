// @ts-nocheck
import * as asyncio from "asyncio";

class MyExc extends Error {}

function error_types(eg) {
  return [...new Set(eg.exceptions.map((exc) => exc.constructor.name))].sort();
}

async function test() {
  let num = 0;

  async function runner(then_raise) {
    await asyncio.async_with(new asyncio.TaskGroup(), async () => {
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        num += 10;
        // Replacing the cancellation with an error: odd, but supported.
        if (then_raise) throw new MyExc();
        throw e;
      }
    });
  }

  for (const then_raise of [false, true]) {
    print("-- the body", then_raise ? "raises MyExc" : "re-raises", "when cancelled");
    num = 0;
    const r = asyncio.create_task(runner(then_raise));
    await asyncio.sleep(0.1);
    print("done before cancel():", r.done());
    r.cancel();
    try {
      await r;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("CancelledError");
      else if (e instanceof ExceptionGroup) print("ExceptionGroup of", error_types(e));
      else throw e;
    }
    print("num:", num);
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
