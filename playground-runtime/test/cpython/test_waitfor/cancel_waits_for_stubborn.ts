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
  }
}

async function main() {
  const stubborn = new Stubborn();
  const waiting = asyncio.create_task(asyncio.wait_for(stubborn.run(), 0.4));
  await asyncio.sleep(0);
  waiting.cancel();
  await asyncio.wait(new Set([waiting]));
  print("waiting cancelled:", waiting.cancelled());
  print("stubborn finished:", stubborn.finished);
}

asyncio.run(main());
