// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore(3);
  const result = [];
  print(await sem.acquire(), await sem.acquire(), "locked:", sem.locked());

  async function takes(n) {
    await sem.acquire();
    result.push(n);
    return true;
  }

  const t1 = asyncio.create_task(takes(1));
  const t2 = asyncio.create_task(takes(2));
  const t3 = asyncio.create_task(takes(3));
  await asyncio.sleep(0);
  print(result, "locked:", sem.locked(), "waiters:", sem._waiters.length, "value:", sem._value);
  const t4 = asyncio.create_task(takes(4));
  sem.release();
  sem.release();
  print("value:", sem._value);
  await asyncio.sleep(0);
  print(result, "locked:", sem.locked(), "waiters:", sem._waiters.length, "value:", sem._value);
  print("t1:", t1.done(), t1.result());
  const race = [t2, t3, t4];
  print(
    "done of the rest:",
    race.map((t) => t.done()),
  );
  sem.release();
  print(await asyncio.gather(...race));
}

asyncio.run(main());
