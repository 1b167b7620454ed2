// @ts-nocheck
import * as asyncio from "asyncio";

async function never_starts() {
  print("this line never runs");
}

async function main() {
  const t = asyncio.create_task(never_starts());
  t.cancel("before it ran");
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("cancelled before its first step:", e);
  }
  print("cancelled?", t.cancelled(), "cancelling:", t.cancelling());
}

asyncio.run(main());
