// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  let q = new asyncio.Queue({ maxsize: 1.3 });
  q.put_nowait(1);
  q.put_nowait(2);
  print("full:", q.full());
  try {
    q.put_nowait(3);
  } catch (e) {
    if (!(e instanceof asyncio.QueueFull)) throw e;
    print("QueueFull");
  }
  q = new asyncio.Queue({ maxsize: 1.3 });
  await q.put(1);
  await q.put(2);
  print("full:", q.full());
}

asyncio.run(main());
