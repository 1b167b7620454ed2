// @ts-nocheck
import * as asyncio from "asyncio";

async function test() {
  class CustomException extends Error {}

  async function raise_exc() {
    throw new CustomException();
  }

  /** Its exit raises, whatever the body did. */
  class Database {
    async __aenter__() {
      return null;
    }

    async __aexit__(_exc_type, _exc, _tb) {
      throw new CustomException();
    }
  }

  async function main() {
    const task = asyncio.current_task();
    try {
      await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
        await asyncio.async_with(new Database(), async () => {
          tg.create_task(raise_exc());
          await asyncio.sleep(1);
        });
      });
      print("CustomException not raised");
    } catch (err) {
      if (
        !(
          err instanceof ExceptionGroup && err.exceptions.every((e) => e instanceof CustomException)
        )
      )
        throw err;
      print("cancelling():", task.cancelling(), "caught:", err.exceptions.length);
    }
  }

  await asyncio.create_task(main());
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
