// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  for (const cls of [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]) {
    print("--", cls.name);
    try {
      new cls().task_done();
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("ValueError:", e);
    }

    // Two workers take every item and mark it done; join() returns once all are.
    let q = new cls();
    for (let i = 0; i < 100; i++) q.put_nowait(i);
    let total = 0;
    let running = true;

    async function worker() {
      while (running) {
        const item = await q.get();
        total += item;
        q.task_done();
      }
    }

    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      const workers = [0, 1].map(() => tg.create_task(worker()));
      await q.join();
      print("sum:", total);
      running = false;
      for (const _ of workers) q.put_nowait(0);
    });

    // An empty queue joins at once, twice.
    q = new cls();
    await q.join();
    await q.join();
    print("empty queue joined");
  }
}

asyncio.run(main());
