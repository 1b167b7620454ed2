// @ts-nocheck
import * as asyncio from "asyncio";

async function job() {
  await asyncio.sleep(0.1);
  return "done";
}

async function main() {
  const task = asyncio.create_task(job());
  await asyncio.wait_for(asyncio.shield(task), null);
  print("done:", task.done(), await task);
}

asyncio.run(main());
