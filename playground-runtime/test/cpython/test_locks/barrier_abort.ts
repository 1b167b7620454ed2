// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  // Aborting an empty barrier breaks it.
  let barrier = new asyncio.Barrier(1);
  asyncio.create_task(barrier.abort());
  await asyncio.sleep(0);
  print(barrier.n_waiting, barrier.broken);

  // Aborted while some tasks drain and others wait again.
  barrier = new asyncio.Barrier(N);
  const first = [];
  const second = [];
  const blocking = Math.floor(N / 2);
  let count = 0;

  async function waits() {
    try {
      await barrier.wait();
    } catch (e) {
      if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
      first.push(true);
      return;
    }
    count += 1;
    if (count > blocking) {
      await barrier.abort();
    } else {
      try {
        await barrier.wait();
      } catch (e) {
        if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
        second.push(true);
      }
    }
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(waits())));
  print(barrier.broken, first, second, barrier.n_waiting, barrier.__repr__().includes("resetting"));
}

asyncio.run(main());
