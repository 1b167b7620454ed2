// @ts-nocheck
import * as asyncio from "asyncio";

let reached_end = false;

async function inner() {
  return "done";
}

async function main() {
  const inner_task = asyncio.create_task(inner());

  async function waits() {
    await asyncio.wait_for(inner_task, 100);
    await asyncio.sleep(1);
    reached_end = true;
  }

  const task = asyncio.create_task(waits());
  print("done before running:", task.done());
  await asyncio.sleep(0);
  task.cancel();
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("inner done:", inner_task.done(), await inner_task);
  print("reached the end:", reached_end);
}

asyncio.run(main());
