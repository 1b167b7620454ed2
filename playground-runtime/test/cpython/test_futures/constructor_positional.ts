// @ts-nocheck
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();
try {
  new asyncio.Future(42);
  print("accepted a positional argument");
} catch (e) {
  if (!(e instanceof TypeError)) throw e;
  print("TypeError: Future takes no positional argument");
}
loop.close();
