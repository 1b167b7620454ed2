// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  // A drained task resets the barrier while the rest are still inside.
  const barrier = new asyncio.Barrier(N);
  const broken = [];
  const rest = Math.floor(N / 2);

  async function waits() {
    try {
      await barrier.wait();
    } catch (e) {
      if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
      broken.push(true);
      return;
    }
    if (rest === barrier._count) await barrier.reset();
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(waits())));
  print(broken, barrier.n_waiting, barrier.__repr__().includes("resetting"), barrier.broken);
}

asyncio.run(main());
