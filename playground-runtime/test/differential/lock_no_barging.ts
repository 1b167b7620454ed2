// @ts-nocheck
import * as asyncio from "asyncio";

async function holder(lock) {
  await asyncio.async_with(lock, async () => {
    print("holder has the lock");
    await asyncio.sleep(1);
    asyncio.create_task(latecomer(lock));
    print("holder releases");
  });
}

async function waiter(lock) {
  await asyncio.async_with(lock, async () => {
    print("waiter gets it next: it queued first");
  });
}

async function latecomer(lock) {
  print("latecomer tries; locked?", lock.locked());
  await asyncio.async_with(lock, async () => {
    print("latecomer gets it last");
  });
}

async function main() {
  const lock = new asyncio.Lock();
  const h = asyncio.create_task(holder(lock));
  await asyncio.sleep(0);
  const w = asyncio.create_task(waiter(lock));
  await asyncio.sleep(2);
  await asyncio.gather(h, w);
}

asyncio.run(main());
