// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  const barrier = new asyncio.Barrier(N);
  const broken = [];
  const passed = [];

  async function waits() {
    try {
      await barrier.wait();
    } catch (e) {
      if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
      broken.push(true);
    } finally {
      await barrier.wait();
      passed.push(true);
    }
  }

  async function completes() {
    await asyncio.async_with(barrier, async () => {
      passed.push(true);
    });
  }

  const tasks = Array.from({ length: N - 1 }, () => asyncio.create_task(waits()));
  asyncio.create_task(barrier.reset());
  await asyncio.sleep(0);
  // The reset broke the N-1 waiters; one more task fills the barrier for their second wait.
  asyncio.create_task(completes());
  await asyncio.gather(...tasks);
  print(barrier.broken, broken, passed, barrier.n_waiting);
}

asyncio.run(main());
