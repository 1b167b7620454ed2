// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const ev = new asyncio.Event();
  const wait = asyncio.create_task(ev.wait());
  asyncio.get_running_loop().call_soon(() => wait.cancel());
  try {
    await wait;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError");
  }
  print("waiters left:", Boolean(ev._waiters.length));
}

asyncio.run(main());
