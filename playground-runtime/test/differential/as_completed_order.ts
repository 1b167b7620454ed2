// @ts-nocheck
import * as asyncio from "asyncio";

async function fetch(name, delay) {
  await asyncio.sleep(delay);
  return name;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const aws = [fetch("c", 3), fetch("a", 1), fetch("b", 2)];
  for (const next_done of asyncio.as_completed(aws)) {
    const result = await next_done;
    print(result, "at", Math.round(loop.time()));
  }
}

asyncio.run(main());
