// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const q = new asyncio.Queue(1);
  await q.put(1);
  const waiter = loop.create_future();
  q._putters.push(waiter);
  // A get frees a slot and wakes the first putter.
  print(await q.get(), waiter.done(), waiter.result());
}

asyncio.run(main());
