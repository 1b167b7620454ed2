import * as asyncio from "asyncio";
import * as time from "time";

function now() {
  return Math.round(asyncio.get_running_loop().time());
}

function onLoop(message: string) {
  print(`t=${now()} on the loop's thread: ${message}`);
}

/** Runs on a thread of the default executor: no event loop runs here. */
function worker(loop: asyncio.AbstractEventLoop) {
  let seen: string;
  try {
    asyncio.get_running_loop();
    seen = "a running loop";
  } catch (exc) {
    seen = `RuntimeError: ${(exc as Error).message}`;
  }
  loop.call_soon_threadsafe(onLoop, "a callback the worker scheduled");
  time.sleep(2); // blocks this thread only
  return seen;
}

async function main() {
  const loop = asyncio.get_running_loop();
  const job = asyncio.create_task(asyncio.to_thread(worker, loop));
  print(`t=${now()} main: to_thread task created`);
  await asyncio.sleep(1);
  print(`t=${now()} main: the loop kept running meanwhile`);
  const seen = await job;
  print(`t=${now()} main: the worker returned; on its thread, get_running_loop() gave`);
  print(`  ${seen}`);
}

asyncio.run(main());
