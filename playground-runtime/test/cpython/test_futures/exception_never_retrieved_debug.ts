// compare: stderr
// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();
loop.set_debug(true);

class MemoryError extends Error {}
function caught() {
  try {
    throw new MemoryError();
  } catch (exc) {
    return exc;
  }
}

print("-- an exception raised and caught before");
let memory = new asyncio.Future({ loop });
memory.set_exception(caught());
memory = null;
loop.run_until_complete(asyncio.sleep(0));
loop.close();
print("end");
