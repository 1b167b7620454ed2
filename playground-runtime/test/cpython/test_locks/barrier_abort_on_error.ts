// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  // One task fails inside the barrier and aborts it: the others get BrokenBarrierError.
  const barrier = new asyncio.Barrier(N);
  const passed = [];
  const broken = [];

  async function waits() {
    try {
      await asyncio.async_with(barrier, async (i) => {
        if (i === Math.floor(N / 2)) throw new RuntimeError();
      });
      await asyncio.async_with(barrier, async () => {
        passed.push(true);
      });
    } catch (e) {
      if (e instanceof asyncio.BrokenBarrierError) broken.push(true);
      else if (e instanceof RuntimeError) await barrier.abort();
      else throw e;
    }
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(waits())));
  print(barrier.broken, passed, broken, barrier.n_waiting);
}

asyncio.run(main());
