// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  // A timeout used for clean-up after the task swallowed a cancellation.
  try {
    asyncio.current_task().cancel();
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError swallowed");
  } finally {
    try {
      await asyncio.async_with(asyncio.timeout(0.0), async () => {
        await asyncio.sleep(1);
      });
    } catch (e) {
      // biome-ignore lint/correctness/noUnsafeFinally: only an unexpected error escapes the clean-up, as in Python
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("clean-up: TimeoutError");
    }
  }

  try {
    asyncio.current_task().cancel();
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError swallowed");
  } finally {
    try {
      await asyncio.async_with(asyncio.timeout(1.0), async () => {
        asyncio.current_task().cancel();
        await asyncio.sleep(2);
      });
    } catch (e) {
      // biome-ignore lint/correctness/noUnsafeFinally: only an unexpected error escapes the clean-up, as in Python
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("clean-up: CancelledError");
    }
  }
}

asyncio.run(main());
