// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore(0);
  const result = [];

  async function takes(n) {
    await sem.acquire();
    result.push(n);
  }

  const tasks = [1, 2, 3].map((n) => asyncio.create_task(takes(n)));
  await asyncio.sleep(0);
  tasks[0].cancel();
  await asyncio.sleep(0);
  sem.release();
  sem.release();
  await asyncio.gather(...tasks, { return_exceptions: true });
  print(result);
}

asyncio.run(main());
