// @ts-nocheck
import * as asyncio from "asyncio";

// What `async with` and `with` (`await using`, `using`) say about an object that is not a
// context manager of their kind, in CPython 3.14's words.
class Nothing {}
class EnterOnly {
  async __aenter__() {
    return 1;
  }
}
class ExitOnly {
  async __aexit__() {
    return false;
  }
}
class SyncManager {
  __enter__() {
    return "sync value";
  }
  __exit__() {
    return false;
  }
}
class AsyncManager {
  async __aenter__() {
    return "async value";
  }
  async __aexit__() {
    return false;
  }
}
class EnterNotAwaitable {
  __aenter__() {
    return 1;
  }
  async __aexit__() {
    return false;
  }
}
class ExitNotAwaitable {
  async __aenter__() {
    return "entered";
  }
  __aexit__() {
    return null;
  }
}

async function asyncWith(mgr: any) {
  try {
    await using v = mgr;
    print("body", v);
  } catch (e) {
    print(e.constructor.name, "-", e.message);
  }
}

function syncWith(mgr: any) {
  try {
    using v = mgr;
    print("body", v);
  } catch (e) {
    print(e.constructor.name, "-", e.message);
  }
}

async function main() {
  for (const mgr of [
    new Nothing(),
    new EnterOnly(),
    new ExitOnly(),
    new SyncManager(),
    new EnterNotAwaitable(),
    new ExitNotAwaitable(),
    null,
    42,
  ]) {
    await asyncWith(mgr);
  }
  for (const mgr of [new Nothing(), new AsyncManager(), new SyncManager(), "text"]) {
    syncWith(mgr);
  }
}

asyncio.run(main());
