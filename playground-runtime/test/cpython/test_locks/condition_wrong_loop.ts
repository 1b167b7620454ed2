// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const other = asyncio.new_event_loop();

  // A lock bound to another loop, taken on the fast path, then contested by a Condition.
  try {
    new asyncio.Lock({ loop: other });
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("TypeError:", e);
  }
  let lock = new asyncio.Lock();
  lock._loop = other;
  await asyncio.async_with(lock, async () => {
    const cond = new asyncio.Condition(lock);
    try {
      await cond.acquire();
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      print("RuntimeError:", String(e).includes("is bound to a different event loop"));
    }
  });

  // The condition itself bound to another loop.
  lock = new asyncio.Lock();
  await asyncio.async_with(lock, async () => {
    try {
      new asyncio.Condition(lock, { loop: other });
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print("TypeError:", e);
    }
    const cond = new asyncio.Condition(lock);
    cond._loop = other;
    try {
      await cond.wait();
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      print("RuntimeError:", String(e).includes("is bound to a different event loop"));
    }
  });
  other.close();
}

asyncio.run(main());
