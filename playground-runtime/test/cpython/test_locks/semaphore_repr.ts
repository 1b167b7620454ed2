// @ts-nocheck
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (obj) => obj.__repr__().replace(/ at 0x[0-9a-f]+/, "");

async function main() {
  print("Semaphore(0) locked:", new asyncio.Semaphore(0).locked());
  const sem = new asyncio.Semaphore();
  print(shown(sem));
  await sem.acquire();
  print(shown(sem));
  if (sem._waiters === null) sem._waiters = [];
  // Any waiter counts; plain futures stand for them.
  const loop = asyncio.get_running_loop();
  sem._waiters.push(loop.create_future());
  print(shown(sem));
  sem._waiters.push(loop.create_future());
  print(shown(sem));
}

asyncio.run(main());
