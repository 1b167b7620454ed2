// @ts-nocheck
import * as asyncio from "asyncio";
import * as time from "time";

function worker(loop, fut) {
  time.sleep(1);
  loop.call_soon_threadsafe(print, "from the thread, via call_soon_threadsafe");
  return "worker result";
}

async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon_threadsafe(print, "threadsafe from the loop itself");
  loop.call_soon(print, "plain call_soon");
  const result = await loop.run_in_executor(null, worker, loop, null);
  print(result, "at", Math.round(loop.time()));
}

asyncio.run(main());
