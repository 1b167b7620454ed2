// @ts-nocheck
import * as asyncio from "asyncio";

async function worker(name, lock) {
  print(name, "wants the lock");
  await asyncio.async_with(lock, async () => {
    print(name, "has the lock");
    await asyncio.sleep(1);
    print(name, "releases it");
  });
}

async function main() {
  const lock = new asyncio.Lock();
  print("locked?", lock.locked());
  await asyncio.gather(...["a", "b", "c"].map((n) => worker(n, lock)));
  print("locked?", lock.locked());
  try {
    lock.release();
  } catch (e) {
    print("release unlocked:", e);
  }
}

asyncio.run(main());
