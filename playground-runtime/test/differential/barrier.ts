// @ts-nocheck
import * as asyncio from "asyncio";

async function party(name, delay, barrier) {
  await asyncio.sleep(delay);
  print(name, "arrives at", Math.round(asyncio.get_running_loop().time()), "waiting:", barrier.n_waiting);
  const index = await barrier.wait();
  print(name, "passes with index", index);
}

async function main() {
  const barrier = new asyncio.Barrier(3);
  print("parties:", barrier.parties, "broken:", barrier.broken);
  await asyncio.gather(party("a", 1, barrier), party("b", 2, barrier), party("c", 3, barrier));
  await barrier.abort();
  print("broken:", barrier.broken);
  try {
    await barrier.wait();
  } catch (e) {
    if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
    print("BrokenBarrierError");
  }
}

asyncio.run(main());
