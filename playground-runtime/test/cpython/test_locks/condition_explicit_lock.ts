// @ts-nocheck
import * as asyncio from "asyncio";

async function check(lock = null, cond = null) {
  if (lock === null) lock = new asyncio.Lock();
  if (cond === null) cond = new asyncio.Condition(lock);
  print("same lock:", cond._lock === lock, "locked:", lock.locked(), cond.locked());
  await asyncio.async_with(cond, async () => {
    print("  in cond:", lock.locked(), cond.locked());
  });
  print("  after:", lock.locked(), cond.locked());
  await asyncio.async_with(lock, async () => {
    print("  in lock:", lock.locked(), cond.locked());
  });
  print("  after:", lock.locked(), cond.locked());
}

async function main() {
  // A Condition's own lock, used through `async with`.
  const cond = new asyncio.Condition();
  print("locked:", cond.locked());
  await asyncio.async_with(cond, async () => {
    print("inside, locked:", cond.locked());
  });
  print("locked:", cond.locked());

  await check();
  await check(new asyncio.Lock());
  const lock = new asyncio.Lock();
  await check(lock, new asyncio.Condition(lock));
}

asyncio.run(main());
