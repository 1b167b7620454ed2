// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  let ready = false;
  const result = [];

  async function waits() {
    await cond.acquire();
    if (await cond.wait_for(() => ready)) {
      result.push(1);
      cond.release();
    }
    return true;
  }

  const t = asyncio.create_task(waits());
  await asyncio.sleep(0);
  print(result);
  await cond.acquire();
  cond.notify();
  cond.release();
  await asyncio.sleep(0);
  print("predicate false:", result);
  ready = true;
  await cond.acquire();
  cond.notify();
  cond.release();
  await asyncio.sleep(0);
  print("predicate true:", result);
  print(t.done(), t.result());
}

asyncio.run(main());
