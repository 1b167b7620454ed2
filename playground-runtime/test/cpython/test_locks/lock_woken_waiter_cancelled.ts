// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const lock = new asyncio.Lock();
  await lock.acquire();
  print("locked:", lock.locked());
  const tb = asyncio.create_task(lock.acquire());
  await asyncio.sleep(0);
  print("waiters:", lock._waiters.length);
  // A second waiter; the first is woken and then cancelled: the second must be woken.
  const tc = asyncio.create_task(lock.acquire());
  tb.cancel();
  lock.release();
  await asyncio.sleep(0);
  print("locked:", lock.locked(), "tb cancelled:", tb.cancelled());
  print("tc:", await tc);
}

asyncio.run(main());
