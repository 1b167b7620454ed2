// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  try {
    await asyncio.async_with(asyncio.timeout(null), async (cm) => {
      cm.reschedule(loop.time() + 1);
      await asyncio.sleep(0.5);
      print("pushing the deadline back");
      cm.reschedule(loop.time() + 2);
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError at", (Math.round(loop.time() * 10) / 10).toFixed(1));
  }

  try {
    await asyncio.async_with(asyncio.timeout_at(loop.time() + 3), async () => {
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout_at fired at", (Math.round(loop.time() * 10) / 10).toFixed(1));
  }
}

asyncio.run(main());
