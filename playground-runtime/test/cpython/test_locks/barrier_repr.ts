// @ts-nocheck
import * as asyncio from "asyncio";

// The address differs from run to run: leave it out.
const shown = (obj) => obj.__repr__().replace(/ at 0x[0-9a-f]+/, "");

async function main() {
  for (const parties of [0, -4]) {
    try {
      new asyncio.Barrier(parties);
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("ValueError:", e);
    }
  }
  const barrier = new asyncio.Barrier(5);
  print(barrier instanceof asyncio.Barrier, shown(barrier));
  try {
    await barrier;
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("TypeError:", e);
  }
  print(shown(barrier));

  const waiters = [];
  for (let i = 0; i < 2; i++) waiters.push(asyncio.create_task(barrier.wait()));
  await asyncio.sleep(0);
  print(shown(barrier));
  const missing = barrier.parties - barrier.n_waiting;
  for (let i = 0; i < missing; i++) waiters.push(asyncio.create_task(barrier.wait()));
  await asyncio.sleep(0);
  print(shown(barrier));
  for (let i = 0; i < 2; i++) waiters.push(asyncio.create_task(barrier.wait()));
  await asyncio.sleep(0);
  await barrier.reset();
  print(shown(barrier));
  for (let i = 0; i < 2; i++) waiters.push(asyncio.create_task(barrier.wait()));
  await asyncio.sleep(0);
  await barrier.abort();
  print(shown(barrier), "broken:", barrier.broken);
  const results = await asyncio.gather(...waiters, { return_exceptions: true });
  print(results.map((r) => (r instanceof Error ? r.constructor.name : r)));
}

asyncio.run(main());
