// @ts-nocheck
import * as asyncio from "asyncio";

let running = null;

async function sleeper() {
  running = true;
  try {
    await asyncio.sleep(300);
  } finally {
    running = false;
  }
  return "done";
}

async function main() {
  const task = asyncio.create_task(sleeper());
  try {
    await asyncio.wait_for(task, 0.1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("done:", task.done(), "cancelled:", task.cancelled(), "running:", running);
}

asyncio.run(main());
