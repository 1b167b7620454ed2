// @ts-nocheck
import * as asyncio from "asyncio";

async function fetch(name, delay) {
  await asyncio.sleep(delay);
  return name;
}

async function main() {
  const loop = asyncio.get_running_loop();
  try {
    for (const next_done of asyncio.as_completed([fetch("x", 1), fetch("y", 5)], { timeout: 2 })) {
      print(await next_done, "at", Math.round(loop.time()));
    }
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError at", Math.round(loop.time()));
  }
  print("tasks left:", asyncio.all_tasks().size);
}

asyncio.run(main());
