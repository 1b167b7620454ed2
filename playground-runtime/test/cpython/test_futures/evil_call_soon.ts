// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();
let scheduled_first = false;

function pad() {}

function second(_fut) {}

function first(_fut) {}

function evil_call_soon(..._args) {
  // From the second callback scheduled on, shrink the future's list of callbacks.
  if (scheduled_first) {
    fut.remove_done_callback(second);
    fut.remove_done_callback(pad);
  } else {
    scheduled_first = true;
  }
}

loop.call_soon = evil_call_soon;
const fut = new asyncio.Future({ loop });
print("bound to that loop:", fut.get_loop() === loop);
fut.add_done_callback(first);
fut.add_done_callback(second);
fut.add_done_callback(pad);
fut.add_done_callback(pad);
fut.set_result("boom");
print("no callbacks left:", fut._callbacks === null || fut._callbacks.length === 0);
loop.close();
