// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const lock = new asyncio.Lock();
  const result = [];
  print("first acquire:", await lock.acquire());

  async function takes(n) {
    if (await lock.acquire()) result.push(n);
    return true;
  }

  const t1 = asyncio.create_task(takes(1));
  const t2 = asyncio.create_task(takes(2));
  await asyncio.sleep(0);
  print(result);
  lock.release();
  await asyncio.sleep(0);
  print(result);
  await asyncio.sleep(0);
  print(result);
  const t3 = asyncio.create_task(takes(3));
  lock.release();
  await asyncio.sleep(0);
  print(result);
  lock.release();
  await asyncio.sleep(0);
  print(result);
  for (const t of [t1, t2, t3]) print(t.done(), t.result());
}

asyncio.run(main());
