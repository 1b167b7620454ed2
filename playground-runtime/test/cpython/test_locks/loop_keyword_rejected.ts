// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  for (const cls of [
    asyncio.Lock,
    asyncio.Condition,
    asyncio.Event,
    asyncio.Semaphore,
    asyncio.BoundedSemaphore,
  ]) {
    try {
      new cls({ loop });
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print("TypeError:", e);
    }
  }
}

asyncio.run(main());
