// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  const barrier = new asyncio.Barrier(N);
  const broken_first = [];
  const broken_second = [];
  const blocking = Math.floor(N / 2);
  let count = 0;

  async function waits() {
    try {
      await barrier.wait();
    } catch (e) {
      if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
      broken_first.push(true);
      await barrier.wait();
      return;
    }
    count += 1;
    if (count > blocking) {
      // The waiting ones get BrokenBarrierError, then all wait again.
      await barrier.reset();
      await barrier.wait();
    } else {
      try {
        await barrier.wait();
      } catch (e) {
        if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
        broken_second.push(true);
      }
    }
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(waits())));
  print(
    broken_first,
    broken_second,
    barrier.n_waiting,
    barrier.__repr__().includes("resetting"),
    barrier.broken,
  );
}

asyncio.run(main());
