// @ts-nocheck
import * as asyncio from "asyncio";

async function consumer(name, q) {
  try {
    while (true) {
      const item = await q.get();
      print(name, "got", item);
      q.task_done();
    }
  } catch (e) {
    if (!(e instanceof asyncio.QueueShutDown)) throw e;
    print(name, "sees the queue shut down");
  }
}

async function main() {
  const q = new asyncio.Queue();
  const consumers = ["c1", "c2"].map((n) => asyncio.create_task(consumer(n, q)));
  await q.put("a");
  await q.put("b");
  await asyncio.sleep(0.1);
  q.shutdown();
  try {
    await q.put("c");
  } catch (e) {
    if (!(e instanceof asyncio.QueueShutDown)) throw e;
    print("put after shutdown raises QueueShutDown");
  }
  await asyncio.gather(...consumers);

  const q2 = new asyncio.Queue();
  q2.put_nowait(1);
  q2.put_nowait(2);
  q2.shutdown({ immediate: true });
  print("immediate shutdown drops items: size", q2.qsize());
}

asyncio.run(main());
