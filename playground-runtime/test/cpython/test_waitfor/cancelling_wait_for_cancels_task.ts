// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();

  async function blocked() {
    // Nobody ever sets this future.
    await loop.create_future();
  }

  for (const timeout of [null, 60.5]) {
    const task = asyncio.create_task(blocked());
    const waiting = asyncio.create_task(asyncio.wait_for(task, timeout));
    loop.call_soon(() => waiting.cancel());
    try {
      await waiting;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      print("timeout", timeout, "CancelledError");
    }
    print("  the task is cancelled too:", task.cancelled());
  }
}

asyncio.run(main());
