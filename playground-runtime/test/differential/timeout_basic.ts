// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  let cm;
  try {
    await asyncio.async_with(asyncio.timeout(1), async (c) => {
      cm = c;
      print("expired before?", cm.expired());
      await asyncio.sleep(5);
      print("never printed");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError at", Math.round(loop.time()), "expired?", cm.expired());
  }

  await asyncio.async_with(asyncio.timeout(5), async (c) => {
    cm = c;
    await asyncio.sleep(1);
  });
  print("finished in time, expired?", cm.expired());

  await asyncio.async_with(asyncio.timeout(null), async (c) => {
    print("deadline:", c.when());
  });
}

asyncio.run(main());
