// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  const result = [];

  async function waits(n) {
    await cond.acquire();
    if (await cond.wait()) result.push(n);
    return true;
  }

  const tasks = [1, 2, 3].map((n) => asyncio.create_task(waits(n)));
  await asyncio.sleep(0);
  print(result, cond.locked());
  print(await cond.acquire());
  cond.notify();
  await asyncio.sleep(0);
  print(result, cond.locked());
  cond.release();
  await asyncio.sleep(0);
  print(result, cond.locked());
  cond.notify(2);
  await asyncio.sleep(0);
  print(result, cond.locked());
  cond.release();
  await asyncio.sleep(0);
  print(result, cond.locked());
  cond.release();
  await asyncio.sleep(0);
  print(result, cond.locked());
  for (const t of tasks) print(t.done(), t.result());
}

asyncio.run(main());
