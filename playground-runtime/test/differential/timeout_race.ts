// @ts-nocheck
import * as asyncio from "asyncio";

async function finish_at(seconds) {
  await asyncio.sleep(seconds);
  return "finished";
}

async function attempt(label, work, limit) {
  const loop = asyncio.get_running_loop();
  try {
    await asyncio.async_with(asyncio.timeout(limit), async () => {
      print(label, await work);
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(label, "timed out at", Math.round(loop.time() * 1000), "ms");
  }
}

async function main() {
  await attempt("same delay, deadline set first:", finish_at(1), 1);
  const task = asyncio.create_task(finish_at(1));
  await attempt("same delay, task created just before (its timer starts later):", task, 1);
  print("the task itself was cancelled?", task.cancelled());
  await attempt("work slightly shorter:", finish_at(0.999), 1);
  await attempt("deadline slightly longer:", finish_at(1), 1.001);
}

asyncio.run(main());
