// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const lock = new asyncio.Lock();
  try {
    lock.release();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
  }
  await lock.acquire();
  print("locked:", lock.locked());
  lock.release();
  print("locked:", lock.locked());
}

asyncio.run(main());
