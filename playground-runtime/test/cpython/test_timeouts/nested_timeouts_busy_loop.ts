// @ts-nocheck
import * as asyncio from "asyncio";
import * as time from "time";

async function main() {
  const loop = asyncio.get_running_loop();
  // The loop is busy past both deadlines: the inner timeout fires, then the outer.
  try {
    await asyncio.async_with(asyncio.timeout(0.002), async () => {
      try {
        await asyncio.async_with(asyncio.timeout(0.1), async () => {
          time.sleep(0.01);
          await asyncio.sleep(1);
        });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print("inner TimeoutError");
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("outer TimeoutError");
  }

  loop.slow_callback_duration = 10;
  const t0 = loop.time();
  try {
    await asyncio.async_with(asyncio.timeout(0.1), async () => {
      try {
        await asyncio.async_with(asyncio.timeout(0.01), async () => {
          time.sleep(0.1);
          await asyncio.sleep(1);
        });
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print("inner TimeoutError");
      }
      // The outer timeout interrupts this one.
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("outer TimeoutError");
  }
  const t1 = loop.time();
  print("within a second:", t0 <= t1 && t1 <= t0 + 1);
}

asyncio.run(main());
