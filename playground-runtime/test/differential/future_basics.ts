// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  print("done?", fut.done(), "cancelled?", fut.cancelled());
  try {
    fut.result();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print("result() too early:", e);
  }
  loop.call_later(1, (v) => fut.set_result(v), "hello");
  const value = await fut;
  print("awaited:", value, "at", Math.round(loop.time()));
  print("done?", fut.done(), "result:", fut.result(), "exception:", fut.exception());
  try {
    fut.set_result("again");
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print("set twice:", e);
  }
}

asyncio.run(main());
