// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();

  function first(f) {
    print("first sees", f.result());
  }

  function second(f) {
    print("second sees", f.result());
  }

  function third(f) {
    print("third never runs");
  }

  fut.add_done_callback(first);
  fut.add_done_callback(second);
  fut.add_done_callback(third);
  fut.add_done_callback(third);
  print("removed", fut.remove_done_callback(third));
  loop.call_soon(print, "queued before set_result");
  fut.set_result(7);
  print("set_result returned; callbacks are only scheduled");
  loop.call_soon(print, "queued after set_result");
  await asyncio.sleep(0);
  print("late callback:");
  fut.add_done_callback(first);
  await asyncio.sleep(0);
}

asyncio.run(main());
