// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  // Resetting an empty barrier.
  let barrier = new asyncio.Barrier(1);
  asyncio.create_task(barrier.reset());
  await asyncio.sleep(0);
  print(barrier.n_waiting, barrier.broken);

  // Resetting while N-1 tasks wait: each gets BrokenBarrierError.
  barrier = new asyncio.Barrier(N);
  const results = [];

  async function waits() {
    try {
      await barrier.wait();
    } catch (e) {
      if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
      results.push(true);
    }
  }

  const tasks = Array.from({ length: N - 1 }, () => asyncio.create_task(waits()));
  await asyncio.sleep(0);
  asyncio.create_task(barrier.reset());
  await asyncio.gather(...tasks);
  print(results, barrier.n_waiting, barrier.__repr__().includes("resetting"), barrier.broken);
}

asyncio.run(main());
