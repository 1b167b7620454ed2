// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  const result = [];

  async function waits(n) {
    await cond.acquire();
    if (await cond.wait()) {
      result.push(n);
      cond.release();
    }
    return true;
  }

  let tasks = [1, 2, 3].map((n) => asyncio.create_task(waits(n)));
  await asyncio.sleep(0);
  print(result);
  await cond.acquire();
  cond.notify(1);
  cond.release();
  await asyncio.sleep(0);
  print(result);
  await cond.acquire();
  cond.notify(1);
  cond.notify(2048);
  cond.release();
  await asyncio.sleep(0);
  print(result);
  for (const t of tasks) print(t.done(), t.result());

  // notify_all wakes every waiter.
  result.length = 0;
  tasks = [1, 2].map((n) => asyncio.create_task(waits(n)));
  await asyncio.sleep(0);
  print(result);
  await cond.acquire();
  cond.notify_all();
  cond.release();
  await asyncio.sleep(0);
  print(result);
  for (const t of tasks) print(t.done(), t.result());
}

asyncio.run(main());
