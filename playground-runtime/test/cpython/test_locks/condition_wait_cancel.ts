// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  await cond.acquire();
  const wait = asyncio.create_task(cond.wait());
  asyncio.get_running_loop().call_soon(() => wait.cancel());
  try {
    await wait;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("waiters left:", Boolean(cond._waiters.length), "locked:", cond.locked());
}

asyncio.run(main());
