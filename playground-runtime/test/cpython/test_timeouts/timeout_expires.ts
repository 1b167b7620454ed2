// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  let cm = asyncio.timeout(0.01);
  try {
    await asyncio.async_with(cm, async () => {
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout: TimeoutError, expired:", cm.expired());
  }

  const deadline = loop.time() + 0.01;
  cm = asyncio.timeout_at(deadline);
  try {
    await asyncio.async_with(cm, async () => {
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(
      "timeout_at: TimeoutError, expired:",
      cm.expired(),
      "when is the deadline:",
      cm.when() === deadline,
    );
  }

  // The sleep sees the cancellation that the timeout turns into TimeoutError.
  let cancelled = false;
  try {
    await asyncio.async_with(asyncio.timeout(0.01), async () => {
      try {
        await asyncio.sleep(10);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) cancelled = true;
        throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError, the sleep was cancelled:", cancelled);
  }
}

asyncio.run(main());
