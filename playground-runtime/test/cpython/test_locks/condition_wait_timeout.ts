// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const condition = new asyncio.Condition();
  await asyncio.async_with(condition, async () => {
    try {
      await asyncio.wait_for(condition.wait(), 0.5);
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("TimeoutError, locked:", condition.locked());
    }
  });
}

asyncio.run(main());
