// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  for (const cls of [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]) {
    const q = new cls();
    for (const i of [1, 3, 2]) await q.put(i);
    const items = [];
    for (let n = 0; n < 3; n++) items.push(await q.get());
    print(cls.name, items);
  }
}

asyncio.run(main());
