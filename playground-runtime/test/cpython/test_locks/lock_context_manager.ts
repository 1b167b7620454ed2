// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const lock = new asyncio.Lock();
  print("locked:", lock.locked());
  await asyncio.async_with(lock, async () => {
    print("inside, locked:", lock.locked());
  });
  print("locked:", lock.locked());
}

asyncio.run(main());
