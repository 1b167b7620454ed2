// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  let barrier = new asyncio.Barrier(N);
  const draining = [];

  async function enter() {
    await asyncio.async_with(barrier, async () => {
      // The last task out turns the barrier back to filling.
      draining.push(barrier.__repr__().includes("draining"));
    });
  }

  await asyncio.gather(...Array.from({ length: N }, () => asyncio.create_task(enter())));
  print(draining, barrier.n_waiting, barrier.broken);

  // Tasks that wait again while the barrier drains are held until it fills again.
  const rewait = 2;
  barrier = new asyncio.Barrier(N);
  const others = new asyncio.Barrier(N - rewait);
  let left = rewait;
  const order = [];

  async function wait_again(n) {
    await barrier.wait();
    if (left > 0) {
      left -= 1;
      await barrier.wait();
      order.push(`rewaited ${n}`);
    } else {
      await others.wait();
      await barrier.wait();
      order.push(`passed ${n}`);
    }
  }

  await asyncio.gather(...Array.from({ length: N }, (_, n) => asyncio.create_task(wait_again(n))));
  print(order);
}

asyncio.run(main());
