// @ts-nocheck
import * as asyncio from "asyncio";

// No loop running and none set: the future has no loop to bind to.
try {
  new asyncio.Future();
} catch (e) {
  if (!(e instanceof RuntimeError)) throw e;
  print("RuntimeError:", e);
}

const loop = asyncio.new_event_loop();

async function make() {
  return new asyncio.Future();
}

const made = loop.run_until_complete(make());
print("inside a running loop, bound to it:", made._loop === loop, made.get_loop() === loop);

asyncio.set_event_loop(loop);
const global_one = new asyncio.Future();
print("with a loop set, bound to it:", global_one._loop === loop, global_one.get_loop() === loop);
asyncio.set_event_loop(null);
loop.close();
