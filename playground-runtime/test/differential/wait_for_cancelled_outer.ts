// @ts-nocheck
import * as asyncio from "asyncio";

async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("inner cancelled");
    throw e;
  }
}

async function outer() {
  try {
    await asyncio.wait_for(inner(), 5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("outer cancelled (not a timeout)");
    throw e;
  }
}

async function main() {
  const t = asyncio.create_task(outer());
  await asyncio.sleep(1);
  t.cancel();
  await asyncio.gather(t, { return_exceptions: true });
  print("task cancelled?", t.cancelled());
}

asyncio.run(main());
