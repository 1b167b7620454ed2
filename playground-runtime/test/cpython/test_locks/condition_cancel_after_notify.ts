// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  const reached = [];

  async function waits() {
    await asyncio.async_with(cond, async () => {
      reached.push(true);
      await cond.wait();
    });
  }

  const waiter = asyncio.create_task(waits());
  await asyncio.sleep(0);
  await cond.acquire();
  cond.notify();
  await asyncio.sleep(0);
  waiter.cancel();
  await asyncio.sleep(0);
  cond.release();
  await asyncio.sleep(0);
  print("cancelled:", waiter.cancelled(), "reached:", reached);
}

asyncio.run(main());
