// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  for (const argument of [loop, 42]) {
    try {
      new asyncio.Future(argument);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print("TypeError:", e);
    }
  }
  const fut = new asyncio.Future({ loop });
  print("by keyword:", fut.get_loop() === loop);
  print("no argument:", new asyncio.Future().get_loop() === loop);
}

asyncio.run(main());
