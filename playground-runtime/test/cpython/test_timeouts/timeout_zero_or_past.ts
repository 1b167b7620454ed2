// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  for (const [delay, sleep_for] of [
    [0, 10],
    [0, 0],
    [-11, 0],
  ]) {
    const t0 = loop.time();
    const cm = asyncio.timeout(delay);
    try {
      await asyncio.async_with(cm, async () => {
        await asyncio.sleep(sleep_for);
      });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print(`timeout(${delay}), sleep(${sleep_for}): TimeoutError`);
    }
    const t1 = loop.time();
    print(
      "  expired:",
      cm.expired(),
      "when <= now:",
      cm.when() <= t1,
      "when >= start:",
      cm.when() >= t0,
    );
  }
}

asyncio.run(main());
