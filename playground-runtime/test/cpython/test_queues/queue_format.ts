// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  for (const cls of [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]) {
    let q = new cls();
    const shown = [repr(q._format())];
    q._unfinished_tasks = 2;
    shown.push(repr(q._format()));
    q = new cls();
    q.shutdown();
    shown.push(repr(q._format()));
    print(cls.name, ...shown);
  }
}

asyncio.run(main());
