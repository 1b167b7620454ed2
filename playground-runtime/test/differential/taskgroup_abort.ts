// @ts-nocheck
import * as asyncio from "asyncio";

class ValueError extends Error {}

async function worker(name, delay, fail = false) {
  try {
    await asyncio.sleep(delay);
    if (fail) {
      throw new ValueError(`${name} failed`);
    }
    print(name, "finished");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled");
    throw e;
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  try {
    await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
      tg.create_task(worker("a", 1));
      tg.create_task(worker("b", 2, true));
      tg.create_task(worker("c", 3));
      await asyncio.sleep(10);
      print("body never finishes its sleep");
    });
  } catch (eg) {
    if (!(eg instanceof asyncio.ExceptionGroup)) throw eg;
    print("at", Math.round(loop.time()), "caught:", eg);
    for (const exc of eg.exceptions) {
      print(" -", exc.constructor.name, exc);
    }
  }
}

asyncio.run(main());
