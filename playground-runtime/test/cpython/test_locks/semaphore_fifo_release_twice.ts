// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore(1);
  const result = [];

  async function one() {
    await sem.acquire();
    result.push(1);
  }

  async function two() {
    await sem.acquire();
    result.push(2);
    sem.release();
    // Back in line behind three.
    await sem.acquire();
    result.push(4);
  }

  async function three() {
    await sem.acquire();
    result.push(3);
  }

  const tasks = [one, two, three].map((c) => asyncio.create_task(c()));
  await asyncio.sleep(0);
  sem.release();
  sem.release();
  await asyncio.gather(...tasks);
  print(result);
}

asyncio.run(main());
