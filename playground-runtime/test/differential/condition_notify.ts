// @ts-nocheck
import * as asyncio from "asyncio";

async function consumer(name, cond, items) {
  await asyncio.async_with(cond, async () => {
    await cond.wait_for(() => items.length > 0);
    print(name, "took", items.shift());
  });
}

async function main() {
  const cond = new asyncio.Condition();
  const items = [];
  const tasks = ["c1", "c2", "c3"].map((n) => asyncio.create_task(consumer(n, cond, items)));
  await asyncio.sleep(1);
  await asyncio.async_with(cond, async () => {
    items.push("apple");
    cond.notify();
  });
  await asyncio.sleep(1);
  await asyncio.async_with(cond, async () => {
    items.push("pear", "plum");
    cond.notify_all();
  });
  await asyncio.gather(...tasks);
  try {
    cond.notify();
  } catch (e) {
    print("notify without the lock:", e);
  }
}

asyncio.run(main());
