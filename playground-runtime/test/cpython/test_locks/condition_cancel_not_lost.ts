// @ts-nocheck
import * as asyncio from "asyncio";

async function run(settle_first) {
  // A consumer woken by notify(1) and cancelled at once must hand the wakeup on.
  const condition = new asyncio.Condition();
  let state = 0;

  async function consumer() {
    await asyncio.async_with(condition, async () => {
      while (true) {
        await condition.wait_for(() => state !== 0);
        if (state < 0) return;
        state -= 1;
      }
    });
  }

  const consumers = [0, 1].map(() => asyncio.create_task(consumer()));
  await asyncio.sleep(0);
  await asyncio.async_with(condition, async () => {
    state += 1;
    condition.notify(1);
    if (settle_first) {
      // Let the woken consumer get to taking the lock back.
      await asyncio.sleep(0);
    }
    consumers[0].cancel();
    try {
      await asyncio.async_with(asyncio.timeout(0.01), async () => {
        await condition.wait_for(() => state === 0);
      });
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("TimeoutError");
    }
    print("state:", state);
    state = -1;
    condition.notify_all();
  });
  await consumers[1];
  print("first cancelled:", consumers[0].cancelled());
}

async function main() {
  await run(false);
  await run(true);
}

asyncio.run(main());
