// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const ev = new asyncio.Event();
  print("set:", ev.is_set());
  const result = [];

  async function waits(n) {
    if (await ev.wait()) result.push(n);
  }

  const t1 = asyncio.create_task(waits(1));
  const t2 = asyncio.create_task(waits(2));
  await asyncio.sleep(0);
  print(result);
  const t3 = asyncio.create_task(waits(3));
  ev.set();
  await asyncio.sleep(0);
  print(result);
  for (const t of [t1, t2, t3]) print(t.done(), t.result());
  // Already set: wait() returns True at once.
  print("wait on a set event:", await ev.wait());
}

asyncio.run(main());
