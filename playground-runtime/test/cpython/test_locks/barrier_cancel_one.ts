// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const barrier = new asyncio.Barrier(3);
  const results = [];

  async function passes() {
    await barrier.wait();
    results.push(true);
  }

  const t1 = asyncio.create_task(passes());
  await asyncio.sleep(0);
  print("waiting:", barrier.n_waiting);
  const t2 = asyncio.create_task(passes());
  await asyncio.sleep(0);
  print("waiting:", barrier.n_waiting);
  t1.cancel();
  await asyncio.sleep(0);
  print("waiting after cancel:", barrier.n_waiting);
  try {
    await t1;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError, cancelled:", t1.cancelled());
  }
  const t3 = asyncio.create_task(passes());
  await asyncio.sleep(0);
  print("waiting:", barrier.n_waiting);
  const t4 = asyncio.create_task(passes());
  await asyncio.gather(t2, t3, t4);
  print(results, barrier.n_waiting, barrier.broken);
}

asyncio.run(main());
