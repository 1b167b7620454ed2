// @ts-nocheck
import * as asyncio from "asyncio";

/** Runs for 0.2 s of loop time and swallows every cancellation on the way. */
class Stubborn {
  finished = false;

  async run() {
    const loop = asyncio.get_running_loop();
    const until = loop.time() + 0.2;
    let left: number;
    while ((left = until - loop.time()) > 0) {
      try {
        await asyncio.sleep(left);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("cancel swallowed");
      }
    }
    this.finished = true;
    return "ran to the end";
  }
}

async function main() {
  const stubborn = new Stubborn();
  try {
    // The cancellation is swallowed, so the timeout has nothing to turn into TimeoutError.
    print("wait_for returned:", await asyncio.wait_for(stubborn.run(), 0.1));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError");
  }
  print("finished before wait_for returned:", stubborn.finished);
}

asyncio.run(main());
