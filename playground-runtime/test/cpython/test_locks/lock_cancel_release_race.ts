// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const lock = new asyncio.Lock();
  const counts = { calls: 0, taken: 0 };

  async function take() {
    counts.calls += 1;
    await lock.acquire();
    counts.taken += 1;
  }

  function trigger() {
    t1.cancel();
    lock.release();
  }

  await lock.acquire();
  const t1 = asyncio.create_task(take());
  const t2 = asyncio.create_task(take());
  const t3 = asyncio.create_task(take());
  await asyncio.sleep(0);
  loop.call_soon(trigger);
  try {
    await t1;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("t1 CancelledError");
  }
  print(counts, "t1 cancelled:", t1.cancelled(), "t2 done:", t2.done());
  t3.cancel();
  await asyncio.sleep(0);
  print("t3 cancelled:", t3.cancelled());
}

asyncio.run(main());
