// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  const barrier = new asyncio.Barrier(N);
  const second = [];
  const failed = [];
  const third = [];
  let count = 0;

  async function waits() {
    await barrier.wait();
    count += 1;
    if (count === N) {
      // The last one out resets, then waits with the others.
      await barrier.reset();
      await barrier.wait();
    } else {
      try {
        await barrier.wait();
        second.push(true);
      } catch (e) {
        failed.push(e.constructor.name);
      }
    }
    await barrier.wait();
    third.push(true);
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(waits())));
  print(barrier.broken, second, failed, third, barrier.n_waiting);
}

asyncio.run(main());
