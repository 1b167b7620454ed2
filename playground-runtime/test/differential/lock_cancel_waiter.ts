// @ts-nocheck
import * as asyncio from "asyncio";

async function holder(lock) {
  await asyncio.async_with(lock, async () => {
    await asyncio.sleep(2);
  });
}

async function waiter(name, lock) {
  try {
    await asyncio.async_with(lock, async () => {
      print(name, "got the lock at", Math.round(asyncio.get_running_loop().time()));
    });
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "gave up waiting");
    throw e;
  }
}

async function main() {
  const lock = new asyncio.Lock();
  const h = asyncio.create_task(holder(lock));
  await asyncio.sleep(0);
  const w1 = asyncio.create_task(waiter("w1", lock));
  const w2 = asyncio.create_task(waiter("w2", lock));
  await asyncio.sleep(1);
  w1.cancel();
  await asyncio.gather(h, w1, w2, { return_exceptions: true });
}

asyncio.run(main());
