// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const cond = new asyncio.Condition();
  try {
    await cond.wait();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("wait: RuntimeError:", e);
  }
  // A predicate already true needs no lock.
  print("wait_for:", await cond.wait_for(() => [1, 2, 3]));
  try {
    await cond.wait_for(() => false);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("wait_for: RuntimeError:", e);
  }
  for (const name of ["notify", "notify_all"]) {
    try {
      cond[name]();
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      print(`${name}: RuntimeError:`, e);
    }
  }
}

asyncio.run(main());
