// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const ev = new asyncio.Event();
  print(ev.is_set());
  ev.set();
  print(ev.is_set());
  ev.clear();
  print(ev.is_set());

  const result = [];

  async function waits() {
    if (await ev.wait()) result.push(1);
    return true;
  }

  const t = asyncio.create_task(waits());
  await asyncio.sleep(0);
  print(result);
  // Set then cleared before the waiter runs: it is still woken, once.
  ev.set();
  ev.clear();
  print("set:", ev.is_set());
  ev.set();
  ev.set();
  print("waiters:", ev._waiters.length);
  await asyncio.sleep(0);
  print(result, "waiters:", ev._waiters.length);
  print(t.done(), t.result());
}

asyncio.run(main());
