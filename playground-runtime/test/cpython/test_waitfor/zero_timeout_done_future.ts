// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  fut.set_result("done");
  // Already done: wait_for hands back its result even with no time left.
  print("result:", await asyncio.wait_for(fut, 0));
  print("done:", fut.done());
}

asyncio.run(main());
