// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  const barrier1 = new asyncio.Barrier(N);
  const barrier2 = new asyncio.Barrier(N);
  const passed = [];
  const broken = [];
  const after_reset = [];

  async function waits() {
    try {
      const i = await barrier1.wait();
      if (i === Math.floor(N / 2)) throw new RuntimeError();
      await barrier1.wait();
      passed.push(true);
    } catch (e) {
      if (e instanceof asyncio.BrokenBarrierError) broken.push(true);
      else if (e instanceof RuntimeError) await barrier1.abort();
      else throw e;
    }
    // Everyone leaves barrier1 before one resets it, and nobody enters it before.
    const i = await barrier2.wait();
    if (i === Math.floor(N / 2)) await barrier1.reset();
    await barrier2.wait();
    await barrier1.wait();
    after_reset.push(true);
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(waits())));
  print(barrier1.broken, passed, broken, after_reset, barrier1.n_waiting);
}

asyncio.run(main());
