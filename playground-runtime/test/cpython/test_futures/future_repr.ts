// @ts-nocheck
import * as asyncio from "asyncio";

function _fakefunc(f) {
  return f;
}

function first_cb() {
  return null;
}

function last_cb() {
  return null;
}

const loop = asyncio.new_event_loop();
loop.set_debug(true);
const f_pending_debug = new asyncio.Future({ loop });
print(repr(f_pending_debug));
f_pending_debug.cancel();
loop.set_debug(false);

const f_pending = new asyncio.Future({ loop });
print(repr(f_pending));
f_pending.cancel();

const f_cancelled = new asyncio.Future({ loop });
f_cancelled.cancel();
print(repr(f_cancelled));

const f_result = new asyncio.Future({ loop });
f_result.set_result(4);
print(repr(f_result), f_result.result());

const error = new RuntimeError();
const f_exception = new asyncio.Future({ loop });
f_exception.set_exception(error);
print(repr(f_exception), f_exception.exception() === error);

const f_one_callbacks = new asyncio.Future({ loop });
f_one_callbacks.add_done_callback(_fakefunc);
print(repr(f_one_callbacks));
f_one_callbacks.cancel();
print(repr(f_one_callbacks));

const f_two_callbacks = new asyncio.Future({ loop });
f_two_callbacks.add_done_callback(first_cb);
f_two_callbacks.add_done_callback(last_cb);
print(repr(f_two_callbacks));

const f_many_callbacks = new asyncio.Future({ loop });
f_many_callbacks.add_done_callback(first_cb);
for (let i = 0; i < 8; i++) f_many_callbacks.add_done_callback(_fakefunc);
f_many_callbacks.add_done_callback(last_cb);
print(repr(f_many_callbacks));
f_many_callbacks.cancel();
print(repr(f_many_callbacks));
loop.close();
