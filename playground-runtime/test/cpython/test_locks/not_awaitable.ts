// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const primitives = [
    new asyncio.Lock(),
    new asyncio.Condition(),
    new asyncio.Semaphore(),
    new asyncio.BoundedSemaphore(),
  ];
  for (const lock of primitives) {
    await asyncio.sleep(0.01);
    try {
      await lock;
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print("TypeError:", e);
    }
    print("  locked:", lock.locked());
  }
}

asyncio.run(main());
