// @ts-nocheck
import * as asyncio from "asyncio";

async function job() {
  await asyncio.sleep(0.01);
  return "done";
}

async function main() {
  const task = asyncio.create_task(job());
  const shielded = asyncio.shield(task);
  try {
    await asyncio.wait_for(shielded, 0);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("task done:", task.done(), "cancelled:", task.cancelled());
  print("shielded cancelled:", shielded.cancelled());
  await asyncio.sleep(0.1);
  print("task done later:", task.done());
}

asyncio.run(main());
