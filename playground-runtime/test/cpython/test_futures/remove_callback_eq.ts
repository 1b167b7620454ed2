// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();

function first(_fut) {}

function filler(_fut) {}

print("-- __eq__ removing callbacks while remove_done_callback compares");
let fut = new asyncio.Future({ loop });
fut.add_done_callback(first);
for (let i = 0; i < 63; i++) fut.add_done_callback(filler);

class RemovesFillers {
  __eq__(_other) {
    fut.remove_done_callback(filler);
    return false;
  }
}

print("removed:", fut.remove_done_callback(new RemovesFillers()));
print("left:", (fut._callbacks ?? []).length);

print("-- __eq__ removing the very callback it is compared with");
fut = new asyncio.Future({ loop });
fut.add_done_callback(first);
for (let i = 0; i < 63; i++) fut.add_done_callback(filler);

class RemovesOther {
  __eq__(other) {
    fut.remove_done_callback(other);
  }
}

print("removed:", fut.remove_done_callback(new RemovesOther()));
print("left:", (fut._callbacks ?? []).length);

print("-- __eq__ adding callbacks while remove_done_callback compares");
fut = new asyncio.Future({ loop });
fut.add_done_callback(first);
for (let i = 0; i < 63; i++) fut.add_done_callback(filler);
let compared = 0;

class AddsFillers {
  __eq__(_other) {
    compared += 1;
    if (compared < 100) fut.add_done_callback(filler);
    return false;
  }
}

print("removed:", fut.remove_done_callback(new AddsFillers()));
print("compared:", compared, "left:", (fut._callbacks ?? []).length);
loop.close();
