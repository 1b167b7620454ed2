// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  try {
    await asyncio.async_with(asyncio.timeout(3), async () => {
      try {
        await asyncio.async_with(asyncio.timeout(1), async () => {
          await asyncio.sleep(2);
        });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print("inner timed out at", Math.round(loop.time()));
      }
      await asyncio.sleep(5);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("outer timed out at", Math.round(loop.time()));
  }

  try {
    await asyncio.async_with(asyncio.timeout(1), async () => {
      try {
        await asyncio.sleep(2);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) {
          print("the body sees CancelledError; cancelling =", asyncio.current_task().cancelling());
        }
        throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("and the caller sees", e.constructor.name, "cancelling =", asyncio.current_task().cancelling());
  }
}

asyncio.run(main());
