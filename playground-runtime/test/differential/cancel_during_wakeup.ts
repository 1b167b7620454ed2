// @ts-nocheck
import * as asyncio from "asyncio";

async function waiter(fut) {
  try {
    const value = await fut;
    print("waiter got", value);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("waiter cancelled although its future had a result:", fut.result());
    }
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const task = asyncio.create_task(waiter(fut));
  await asyncio.sleep(0);
  fut.set_result("data");
  print("cancel after set_result:", task.cancel());
  await asyncio.gather(task, { return_exceptions: true });
  print("task cancelled?", task.cancelled());

  const fut2 = loop.create_future();
  const task2 = asyncio.create_task(waiter(fut2));
  await asyncio.sleep(0);
  task2.cancel();
  try {
    fut2.set_result("too late?");
  } catch (e) {
    print("set_result failed:", e);
  }
  print("fut2 cancelled?", fut2.cancelled());
  await asyncio.gather(task2, { return_exceptions: true });
  print("task2 cancelled?", task2.cancelled());
}

asyncio.run(main());
