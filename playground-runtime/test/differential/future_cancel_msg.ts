// @ts-nocheck
import * as asyncio from "asyncio";

async function waiter(fut) {
  try {
    await fut;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("waiter got CancelledError:", e);
    }
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const task = asyncio.create_task(waiter(fut));
  await asyncio.sleep(0);
  print("cancel:", fut.cancel("stop waiting"));
  print("cancel again:", fut.cancel());
  print("fut cancelled?", fut.cancelled());
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("task cancelled too:", task.cancelled(), e);
  }
}

asyncio.run(main());
