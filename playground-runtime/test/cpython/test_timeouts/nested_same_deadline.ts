// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  let cancelled = false;
  const deadline = loop.time() + 0.01;
  const cm1 = asyncio.timeout_at(deadline);
  const cm2 = asyncio.timeout_at(deadline);
  try {
    await asyncio.async_with(cm1, async () => {
      // Only the outermost one raises TimeoutError.
      try {
        await asyncio.async_with(cm2, async () => {
          await asyncio.sleep(10);
        });
      } catch (e) {
        if (e instanceof asyncio.CancelledError) cancelled = true;
        throw e;
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("inner saw CancelledError:", cancelled, "expired:", cm1.expired(), cm2.expired());
}

asyncio.run(main());
