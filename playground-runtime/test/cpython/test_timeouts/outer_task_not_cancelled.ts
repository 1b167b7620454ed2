// @ts-nocheck
import * as asyncio from "asyncio";

async function outer() {
  try {
    await asyncio.async_with(asyncio.timeout(0.001), async () => {
      await asyncio.sleep(10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError inside the task");
  }
}

async function main() {
  const task = asyncio.create_task(outer());
  await task;
  print("cancelled:", task.cancelled(), "done:", task.done());
}

asyncio.run(main());
