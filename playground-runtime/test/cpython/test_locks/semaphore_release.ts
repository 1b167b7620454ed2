// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const bounded = new asyncio.BoundedSemaphore();
  try {
    bounded.release();
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("ValueError:", e);
  }
  const sem = new asyncio.Semaphore();
  await sem.acquire();
  print("locked:", sem.locked());
  sem.release();
  print("locked:", sem.locked());
}

asyncio.run(main());
