// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const waiting = asyncio.wait_for(fut, 0.2);
  loop.call_soon(fut.set_result.bind(fut), "ok");
  print(await waiting);
}

asyncio.run(main());
