// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const sem = new asyncio.Semaphore(1);
  const result = [];

  async function twice(tag) {
    for (const round of [1, 2]) {
      await sem.acquire();
      result.push(`${tag}_${round}`);
      await asyncio.sleep(0.01);
      sem.release();
    }
  }

  await asyncio.async_with(new asyncio.TaskGroup(), async (tg) => {
    for (const tag of ["c1", "c2", "c3"]) tg.create_task(twice(tag));
  });
  print(result);
}

asyncio.run(main());
