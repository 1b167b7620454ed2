// @ts-nocheck
import * as asyncio from "asyncio";
import * as time from "time";

function blocking(seconds) {
  time.sleep(seconds);
  return `slept ${seconds}`;
}

async function ticker() {
  for (let i = 0; i < 3; i++) {
    print("tick at", Math.round(asyncio.get_running_loop().time()));
    await asyncio.sleep(1);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const results = await asyncio.gather(asyncio.to_thread(blocking, 2), ticker());
  print(results[0], "at", Math.round(loop.time()));
  const value = await loop.run_in_executor(null, blocking, 1);
  print(value, "at", Math.round(loop.time()));
}

asyncio.run(main());
