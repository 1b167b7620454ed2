// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const q = new asyncio.Queue({ maxsize: 2 });
  print("maxsize:", q.maxsize);
  const put = [];

  async function putter() {
    for (let i = 0; i < 3; i++) {
      await q.put(i);
      put.push(i);
    }
    return true;
  }

  const t = asyncio.create_task(putter());
  for (let i = 0; i < 2; i++) await asyncio.sleep(0);
  // Blocked after two items.
  print(put, await q.get());
  await asyncio.sleep(0);
  print(put, await q.get(), await q.get());
  print(t.done(), t.result());
}

asyncio.run(main());
