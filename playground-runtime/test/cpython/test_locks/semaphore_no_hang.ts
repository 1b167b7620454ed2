// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore(1);

  async function first() {
    await asyncio.async_with(sem, async () => {
      await asyncio.sleep(0);
    });
    t2.cancel();
  }

  async function second() {
    await asyncio.async_with(sem, async () => {
      print("second got the semaphore");
    });
  }

  const t1 = asyncio.create_task(first());
  const t2 = asyncio.create_task(second());
  const [r1, r2] = await asyncio.gather(t1, t2, { return_exceptions: true });
  print(r1, r2.constructor.name);
  // The semaphore was not left taken.
  print(await asyncio.wait_for(sem.acquire(), 1.0));
}

asyncio.run(main());
