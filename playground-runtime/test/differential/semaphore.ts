// @ts-nocheck
import * as asyncio from "asyncio";

async function job(name, sem) {
  await asyncio.async_with(sem, async () => {
    print(name, "starts at", Math.round(asyncio.get_running_loop().time()));
    await asyncio.sleep(1);
  });
}

async function main() {
  const sem = new asyncio.Semaphore(2);
  await asyncio.gather(...[0, 1, 2, 3, 4].map((i) => job(`j${i}`, sem)));
  print("locked?", sem.locked());
  sem.release();
  sem.release();
  print("a plain Semaphore can go above its start value");

  const bounded = new asyncio.BoundedSemaphore(1);
  await bounded.acquire();
  print("bounded locked?", bounded.locked());
  bounded.release();
  try {
    bounded.release();
  } catch (e) {
    print("BoundedSemaphore:", e);
  }
}

asyncio.run(main());
