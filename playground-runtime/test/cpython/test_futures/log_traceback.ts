// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();
const fut = new asyncio.Future({ loop });
try {
  fut._log_traceback = true;
} catch (e) {
  if (!(e instanceof ValueError)) throw e;
  print("ValueError:", e);
}
loop.close();
