// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore(0);
  const result = [];
  let t4 = null;

  async function fourth() {
    result.push(4);
  }

  async function first() {
    print("first: value before", sem._value);
    await sem.acquire();
    print("first: value after", sem._value);
    // Created now, it runs after three.
    t4 = asyncio.create_task(fourth());
    result.push(1);
  }

  async function second() {
    sem.release();
    sem.release();
    sem.release();
    print("second: value", sem._value, "locked", sem.locked());
    await sem.acquire();
    result.push(2);
  }

  async function third() {
    await sem.acquire();
    print("third: locked", sem.locked());
    result.push(3);
  }

  const t1 = asyncio.create_task(first());
  const t2 = asyncio.create_task(second());
  const t3 = asyncio.create_task(third());
  await asyncio.sleep(0);
  print("value:", sem._value, "waiters:", sem._waiters.length);
  await asyncio.sleep(0);
  await asyncio.gather(t1, t2, t3, t4);
  print(result);
}

asyncio.run(main());
