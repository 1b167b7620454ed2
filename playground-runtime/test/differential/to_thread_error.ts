// @ts-nocheck
import * as asyncio from "asyncio";
import * as time from "time";

class KeyError extends Error {}

function broken() {
  time.sleep(1);
  throw new KeyError("missing");
}

function no_loop_here() {
  try {
    asyncio.get_running_loop();
  } catch (e) {
    return e.message;
  }
}

async function main() {
  try {
    await asyncio.to_thread(broken);
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("from the thread:", e.constructor.name, "at", Math.round(asyncio.get_running_loop().time()));
  }
  print("in the thread:", await asyncio.to_thread(no_loop_here));
}

asyncio.run(main());
