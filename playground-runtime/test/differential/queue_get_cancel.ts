// @ts-nocheck
import * as asyncio from "asyncio";

async function getter(name, q) {
  try {
    const item = await q.get();
    print(name, "got", item);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled while waiting");
    throw e;
  }
}

async function main() {
  const q = new asyncio.Queue();
  const g1 = asyncio.create_task(getter("g1", q));
  const g2 = asyncio.create_task(getter("g2", q));
  const g3 = asyncio.create_task(getter("g3", q));
  await asyncio.sleep(0);
  g1.cancel();
  q.put_nowait("first");
  q.put_nowait("second");
  await asyncio.gather(g1, g2, g3, { return_exceptions: true });
  print("left in queue:", q.qsize());
}

asyncio.run(main());
