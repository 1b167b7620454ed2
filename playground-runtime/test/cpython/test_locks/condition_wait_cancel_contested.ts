// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  await cond.acquire();
  print("locked:", cond.locked());
  const wait_task = asyncio.create_task(cond.wait());
  await asyncio.sleep(0);
  print("locked while waiting:", cond.locked());
  // Notify, then contest the lock before the cancel lands.
  await cond.acquire();
  cond.notify();
  asyncio.get_running_loop().call_soon(() => wait_task.cancel());
  asyncio.get_running_loop().call_soon(() => cond.release());
  try {
    await wait_task;
    print("wait returned");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("locked:", cond.locked());
}

asyncio.run(main());
