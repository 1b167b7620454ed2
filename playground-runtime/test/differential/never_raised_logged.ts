// compare: stderr without source
// @ts-nocheck
// An exception handed to a future without being raised has no traceback: the log shows only
// the exception. One raised, as a task's is, shows where it was raised.
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

let never = loop.create_future();
never.set_exception(new ValueError("never raised"));
never = null;
loop.run_until_complete(asyncio.sleep(0));

async function fails() {
  await asyncio.sleep(0);
  throw new KeyError("raised in a task");
}
let task = loop.create_task(fails());
loop.run_until_complete(asyncio.sleep(0.1));
task = null;

loop.close();
print("end");
