// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const lock = new asyncio.Lock();
  print(await lock.acquire());
  const task = asyncio.create_task(lock.acquire());
  asyncio.get_running_loop().call_soon(() => task.cancel());
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("waiters left:", Boolean(lock._waiters?.length));
}

asyncio.run(main());
