// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  // A holds the lock, B and C wait; B is cancelled as A releases: C must get it.
  const lock = new asyncio.Lock();

  async function hold(name, blocker) {
    await lock.acquire();
    try {
      if (blocker !== null) await blocker;
    } finally {
      lock.release();
    }
    print(name, "released");
  }

  const fa = asyncio.get_running_loop().create_future();
  const ta = asyncio.create_task(hold("A", fa));
  await asyncio.sleep(0);
  print("locked:", lock.locked());
  const tb = asyncio.create_task(hold("B", null));
  await asyncio.sleep(0);
  print("waiters:", lock._waiters.length);
  const tc = asyncio.create_task(hold("C", null));
  await asyncio.sleep(0);
  print("waiters:", lock._waiters.length);
  fa.set_result(null);
  tb.cancel();
  print("first waiter cancelled:", lock._waiters[0].cancelled());
  await asyncio.sleep(0);
  print("locked:", lock.locked(), "A done:", ta.done(), "B cancelled:", tb.cancelled());
  await tc;
}

asyncio.run(main());
