// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const pq = new asyncio.PriorityQueue();
  for (const item of [5, 1, 4, 2, 3]) {
    pq.put_nowait(item);
  }
  print("priority:", [0, 1, 2, 3, 4].map(() => pq.get_nowait()));

  const lq = new asyncio.LifoQueue();
  for (const item of ["a", "b", "c"]) {
    await lq.put(item);
  }
  const lifo = [];
  for (let i = 0; i < 3; i++) {
    lifo.push(await lq.get());
  }
  print("lifo:", lifo);

  const q = new asyncio.Queue(2);
  q.put_nowait("x");
  q.put_nowait("y");
  print("full?", q.full());
  try {
    q.put_nowait("z");
  } catch (e) {
    if (!(e instanceof asyncio.QueueFull)) throw e;
    print("QueueFull");
  }
  q.get_nowait();
  q.get_nowait();
  try {
    q.get_nowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    print("QueueEmpty");
  }
}

asyncio.run(main());
