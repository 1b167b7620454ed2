// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  // Three tasks through `async with`: each gets its own index.
  let barrier = new asyncio.Barrier(3);
  const results = [];

  async function enter() {
    await asyncio.async_with(barrier, async (i) => {
      results.push(i);
    });
  }

  await asyncio.gather(...[0, 1, 2].map(() => asyncio.create_task(enter())));
  print(
    results.sort((a, b) => a - b),
    barrier.n_waiting,
    barrier.broken,
  );

  // One party: passes at once.
  barrier = new asyncio.Barrier(1);

  async function alone() {
    return await asyncio.async_with(barrier, async (i) => i);
  }

  print("alone:", await alone(), barrier.n_waiting, barrier.broken);
  let t1 = asyncio.create_task(barrier.wait());
  await asyncio.sleep(0);
  print("waiting:", barrier.n_waiting);
  let t2 = asyncio.create_task(barrier.wait());
  await asyncio.sleep(0);
  print(t1.result(), t2.result(), t1.done(), t2.done(), barrier.n_waiting, barrier.broken);

  // Filled one task at a time.
  barrier = new asyncio.Barrier(3);
  t1 = asyncio.create_task(barrier.wait());
  await asyncio.sleep(0);
  print(barrier.n_waiting, barrier.__repr__().includes("filling"));
  t2 = asyncio.create_task(barrier.wait());
  await asyncio.sleep(0);
  print(barrier.n_waiting, barrier.__repr__().includes("filling"));
  const t3 = asyncio.create_task(barrier.wait());
  await asyncio.sleep(0);
  await asyncio.wait([t1, t2, t3]);
  print(barrier.n_waiting, barrier.broken);
}

asyncio.run(main());
