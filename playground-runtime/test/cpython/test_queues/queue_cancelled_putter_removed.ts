// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  // A full queue and a putter waiting; cancelled, it leaves _putters.
  let queue = new asyncio.Queue({ maxsize: 1 });
  queue.put_nowait(1);
  let put_task = asyncio.create_task(queue.put(1));
  await asyncio.sleep(0);
  print("putters:", queue._putters.length);
  put_task.cancel();
  try {
    await put_task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("putters:", queue._putters.length);

  // get_nowait() already took the putter off the list before the cancel.
  queue = new asyncio.Queue(1);
  queue.put_nowait(1);
  put_task = asyncio.create_task(queue.put(1));
  await asyncio.sleep(0);
  queue.get_nowait();
  put_task.cancel();
  try {
    await put_task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError, not ValueError");
  }
}

asyncio.run(main());
