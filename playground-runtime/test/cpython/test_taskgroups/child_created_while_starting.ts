// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  class MyError extends Error {}

  let ran = false;
  let exc = null;
  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      async function third_task() {
        throw new MyError("third task failed");
      }

      async function second_task() {
        tg.create_task(third_task());
        try {
          await asyncio.sleep(0); // eager tasks are cancelled here
          await asyncio.sleep(0); // the others here
          print("second task not cancelled");
        } catch (e) {
          if (!(e instanceof asyncio.CancelledError)) throw e;
          print("second task cancelled");
        }
        ran = true;
      }

      tg.create_task(second_task());
    });
  } catch (excs) {
    if (!(excs instanceof ExceptionGroup && excs.exceptions.every((e) => e instanceof MyError)))
      throw excs;
    exc = excs.exceptions[0];
  }
  print("ran:", ran, "caught:", exc.constructor.name, exc);
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
