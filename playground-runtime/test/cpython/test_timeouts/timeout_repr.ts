// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  await asyncio.async_with(asyncio.timeout(10), async (cm) => {
    print("active:", /^<Timeout \[active\] when=\d+\.\d*>$/.test(repr(cm)));
  });
  let cm = asyncio.timeout(0.01);
  try {
    await asyncio.async_with(cm, async () => {
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(repr(cm));
  }
  cm = asyncio.timeout(10);
  await asyncio.async_with(cm, async () => {
    await asyncio.sleep(0);
  });
  print(repr(cm));
  await asyncio.async_with(asyncio.timeout(null), async (cm) => {
    print(repr(cm));
  });
}

asyncio.run(main());
