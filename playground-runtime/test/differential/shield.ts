// @ts-nocheck
import * as asyncio from "asyncio";

async function important() {
  await asyncio.sleep(2);
  print("important work finished");
  return "saved";
}

async function main() {
  const inner = asyncio.create_task(important());
  const outer = asyncio.shield(inner);
  await asyncio.sleep(1);
  outer.cancel();
  try {
    await outer;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("outer cancelled; inner cancelled?", inner.cancelled());
  }
  print("inner result:", await inner);

  try {
    await asyncio.wait_for(asyncio.shield(important()), 1);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("wait_for gave up, the shielded work goes on");
  }
  await asyncio.sleep(2);
}

asyncio.run(main());
