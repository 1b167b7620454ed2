// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  let q = new asyncio.Queue();
  print("empty:", q.empty());
  await q.put(1);
  print("empty:", q.empty());
  print(await q.get(), "empty:", q.empty());
  print("unbounded full:", new asyncio.Queue().full());
  q = new asyncio.Queue({ maxsize: 1 });
  await q.put(1);
  print("full:", q.full());
}

asyncio.run(main());
