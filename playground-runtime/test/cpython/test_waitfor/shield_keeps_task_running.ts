// @ts-nocheck
import * as asyncio from "asyncio";

async function job() {
  await asyncio.sleep(0.1);
  return "done";
}

async function main() {
  const task = asyncio.create_task(job());
  try {
    await asyncio.wait_for(asyncio.shield(task), 0.01);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("task done:", task.done(), "cancelled:", task.cancelled());
  print("result:", await task);
}

asyncio.run(main());
