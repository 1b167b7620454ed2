// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore();
  await sem.acquire();
  const acquire = asyncio.create_task(sem.acquire());
  asyncio.get_running_loop().call_soon(() => acquire.cancel());
  try {
    await acquire;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("no pending waiter:", !sem._waiters?.length || sem._waiters.every((w) => w.done()));
}

asyncio.run(main());
