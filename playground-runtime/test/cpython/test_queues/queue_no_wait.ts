// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  let q = new asyncio.Queue();
  q.put_nowait(1);
  print("get:", await q.get());
  q.put_nowait(1);
  print("get_nowait:", q.get_nowait());
  try {
    q.get_nowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    print("QueueEmpty");
  }
  // No maxsize: put never blocks.
  await q.put(1);
  print("get:", await q.get());
  q = new asyncio.Queue({ maxsize: 1 });
  q.put_nowait(1);
  try {
    q.put_nowait(2);
  } catch (e) {
    if (!(e instanceof asyncio.QueueFull)) throw e;
    print("QueueFull");
  }
}

asyncio.run(main());
