// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  let sem = new asyncio.Semaphore(0);
  const [t1, t2, t3, t4] = [0, 1, 2, 3].map(() => asyncio.create_task(sem.acquire()));
  await asyncio.sleep(0);
  // Two waiters cancelled, one release: the next waiter in line gets it.
  t1.cancel();
  t2.cancel();
  sem.release();
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("t3 done:", t3.done(), "t4 done:", t4.done());
  t3.cancel();
  t4.cancel();
  await asyncio.sleep(0);

  sem = new asyncio.Semaphore(0);
  const u1 = asyncio.create_task(sem.acquire());
  const u2 = asyncio.create_task(sem.acquire());
  await asyncio.sleep(0);
  u1.cancel();
  sem.release();
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  print("locked:", sem.locked(), "t2 done:", u2.done());
}

asyncio.run(main());
