// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  for (const timeout of [0, -1]) {
    let running = null;
    const started = loop.create_future();

    async function sleeper() {
      running = true;
      started.set_result(null);
      try {
        await asyncio.sleep(10);
      } finally {
        running = false;
      }
      return "done";
    }

    const task = asyncio.create_task(sleeper());
    await started;
    try {
      await asyncio.wait_for(task, timeout);
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print(`timeout ${timeout}: TimeoutError`);
    }
    print("  done:", task.done(), "cancelled:", task.cancelled(), "running:", running);
  }
}

asyncio.run(main());
