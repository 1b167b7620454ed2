// @ts-nocheck
import * as asyncio from "asyncio";

/** A new callback each call: it appends thing to bag. */
function appender(bag, thing) {
  function bag_appender(_future) {
    bag.push(thing);
  }
  return bag_appender;
}

function outcome(label, loop, future, bag) {
  loop.run_until_complete(asyncio.sleep(0));
  print(
    label,
    bag,
    "result:",
    future.exception() === null ? future.result() : repr(future.exception()),
  );
}

const loop = asyncio.new_event_loop();

for (const removed of [
  ["cb1", "cb1"],
  ["cb1", "cb2", "cb1"],
  ["cb3", "cb3"],
]) {
  const bag = [];
  const f = new asyncio.Future({ loop });
  const callbacks = { cb1: appender(bag, 42), cb2: appender(bag, 17), cb3: appender(bag, 100) };
  for (const cb of Object.values(callbacks)) f.add_done_callback(cb);
  for (const name of removed) f.remove_done_callback(callbacks[name]);
  print("before set_result:", bag);
  f.set_result("foo");
  outcome(`removed ${repr(removed)}:`, loop, f, bag);
}

{
  const bag = [];
  const f = new asyncio.Future({ loop });
  f.add_done_callback(appender(bag, 42));
  f.add_done_callback(appender(bag, 17));
  print("before set_result:", bag);
  f.set_result("foo");
  outcome("on set_result:", loop, f, bag);
}

{
  const bag = [];
  const f = new asyncio.Future({ loop });
  f.add_done_callback(appender(bag, 100));
  const error = new RuntimeError();
  f.set_exception(error);
  outcome("on set_exception:", loop, f, bag);
  print("the exception set:", f.exception() === error);
}

print("-- remove_done_callback counts");
{
  const bag = [];
  const f = new asyncio.Future({ loop });
  const [cb1, cb2, cb3] = [appender(bag, 1), appender(bag, 2), appender(bag, 3)];
  f.add_done_callback(cb1);
  f.add_done_callback(cb2);
  print("cb2 removed:", f.remove_done_callback(cb2));
  print("cb3 removed:", f.remove_done_callback(cb3));
  f.add_done_callback(cb2);
  for (let i = 0; i < 5; i++) f.add_done_callback(cb1);
  print("cb1 removed:", f.remove_done_callback(cb1));
  print("before set_result:", bag);
  f.set_result("foo");
  outcome("left cb2:", loop, f, bag);
}

print("-- a callback removing the others once they are scheduled");
const calls = [];

function mut(fut) {
  calls.push("mut");
  fut.remove_done_callback(other);
}

function other(_fut) {
  calls.push("other");
}

const f = new asyncio.Future({ loop });
f.add_done_callback(mut);
f.add_done_callback(other);
f.add_done_callback(other);
f.set_result(1);
loop.run_until_complete(asyncio.sleep(0));
print("ran:", calls);
loop.close();
