// @ts-nocheck
import * as asyncio from "asyncio";

async function producer(q) {
  for (let i = 0; i < 4; i++) {
    print("put", i);
    await q.put(i);
  }
  await q.put(null);
}

async function consumer(q) {
  let item;
  while ((item = await q.get()) !== null) {
    print("got", item);
    await asyncio.sleep(0.5);
  }
}

async function main() {
  const q = new asyncio.Queue(1);
  await asyncio.gather(producer(q), consumer(q));
  print("empty?", q.empty(), "size", q.qsize(), "maxsize", q.maxsize);
}

asyncio.run(main());
