// @ts-nocheck
import * as asyncio from "asyncio";

async function slow() {
  try {
    await asyncio.sleep(5);
    return "slow result";
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("slow was cancelled by wait_for");
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  print(await asyncio.wait_for(asyncio.sleep(1, "quick"), 2));
  try {
    await asyncio.wait_for(slow(), 1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError at", Math.round(loop.time()));
  }
  print(await asyncio.wait_for(slow(), null));
}

asyncio.run(main());
