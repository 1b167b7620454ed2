// compare: stderr
// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

// Each future is dropped with nothing to report: nothing may be logged.
let _abandoned = new asyncio.Future({ loop });
_abandoned = null;

let cancelled_after_error = new asyncio.Future({ loop });
cancelled_after_error.set_exception(new Exception());
cancelled_after_error.cancel();
cancelled_after_error = null;

let result_unread = new asyncio.Future({ loop });
result_unread.set_result(42);
result_unread = null;

let result_read = new asyncio.Future({ loop });
result_read.set_result(42);
result_read.result();
result_read = null;

let exception_read = new asyncio.Future({ loop });
exception_read.set_exception(new RuntimeError("boom"));
exception_read.exception();
exception_read = null;

let raised_by_result = new asyncio.Future({ loop });
raised_by_result.set_exception(new RuntimeError("boom"));
try {
  raised_by_result.result();
} catch (e) {
  if (!(e instanceof RuntimeError)) throw e;
  print("result() raised it");
}
raised_by_result = null;

loop.run_until_complete(asyncio.sleep(0));
loop.close();
print("nothing was logged");
