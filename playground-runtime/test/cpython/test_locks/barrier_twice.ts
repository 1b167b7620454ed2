// @ts-nocheck
import * as asyncio from "asyncio";

const N = 5;

async function main() {
  // Every task passes the barrier twice, nested.
  const barrier = new asyncio.Barrier(N);
  const outer = [];
  const inner = [];

  async function twice() {
    return await asyncio.async_with(barrier, async () => {
      outer.push(true);
      return await asyncio.async_with(barrier, async (i) => {
        inner.push(true);
        return i;
      });
    });
  }

  const indices = await asyncio.gather(
    ...Array.from({ length: N }, () => asyncio.create_task(twice())),
  );
  print(
    outer.length,
    inner.length,
    indices.sort((a, b) => a - b),
    barrier.n_waiting,
    barrier.broken,
  );
}

asyncio.run(main());
