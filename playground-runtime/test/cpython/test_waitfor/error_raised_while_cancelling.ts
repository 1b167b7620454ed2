// @ts-nocheck
import * as asyncio from "asyncio";

class Boom extends Error {}

async function raises_on_the_way_out() {
  try {
    await asyncio.sleep(0.2);
  } finally {
    // biome-ignore lint/correctness/noUnsafeFinally: the test raises from finally on purpose
    throw new Boom("raised while being cancelled");
  }
}

async function outer() {
  const inner = asyncio.create_task(raises_on_the_way_out());
  await asyncio.wait_for(inner, 0.0001);
}

async function main() {
  try {
    await outer();
  } catch (e) {
    if (!(e instanceof Boom)) throw e;
    print("Boom:", e);
  }
}

asyncio.run(main());
