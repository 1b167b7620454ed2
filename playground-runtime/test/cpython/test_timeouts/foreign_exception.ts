// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  let cm = asyncio.timeout(0.01);
  try {
    await asyncio.async_with(cm, async () => {
      throw new KeyError();
    });
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("KeyError, expired:", cm.expired());
  }

  // Cancelled from outside before the deadline: CancelledError, not TimeoutError.
  cm = asyncio.timeout(10);
  try {
    await asyncio.async_with(cm, async () => {
      asyncio.current_task().cancel();
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError, expired:", cm.expired());
  }
}

asyncio.run(main());
