// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const got = [];

  async function consumer(queue, n) {
    for (let i = 0; i < n; i++) got.push(await queue.get());
  }

  async function producer(queue, n) {
    for (let i = 0; i < n; i++) await queue.put(i);
  }

  const q = new asyncio.Queue(1);
  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    tg.create_task(producer(q, 5));
    tg.create_task(consumer(q, 5));
  });
  print("consumed:", got);

  // Four putters on a queue of two, one getter taking what is there.
  const queue = new asyncio.Queue(2);
  const taken = [];

  async function putter(item) {
    await queue.put(item);
  }

  async function getter() {
    await asyncio.sleep(0);
    const num = queue.qsize();
    for (let i = 0; i < num; i++) taken.push(queue.get_nowait());
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    tg.create_task(getter());
    for (const item of [0, 1, 2, 3]) tg.create_task(putter(item));
  });
  print("taken:", taken, "left:", queue.qsize());
}

asyncio.run(main());
