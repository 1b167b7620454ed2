// @ts-nocheck
import * as asyncio from "asyncio";

async function work() {
  await asyncio.sleep(2);
  return "worked";
}

const loop = asyncio.new_event_loop();
try {
  print(loop.run_until_complete(work()));
  print("time is about", Math.round(loop.time()));
  loop.call_later(1, () => loop.stop());
  loop.call_soon(print, "run_forever runs callbacks");
  loop.run_forever();
  print("stopped at about", Math.round(loop.time()));
  print("running?", loop.is_running(), "closed?", loop.is_closed());
} finally {
  loop.close();
}
print("closed?", loop.is_closed());
