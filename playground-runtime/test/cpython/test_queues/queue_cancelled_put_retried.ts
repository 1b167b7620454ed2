// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const q = new asyncio.Queue(1);
  q.put_nowait(1);
  // The queue is full: this put blocks.
  let writer = asyncio.create_task(q.put(2));
  await asyncio.sleep(0);
  print("got:", q.get_nowait());
  writer.cancel();
  try {
    await writer;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError: putting again");
    writer = asyncio.create_task(q.put(2));
    await writer;
  }
  print("got:", q.get_nowait(), "size:", q.qsize());
}

asyncio.run(main());
