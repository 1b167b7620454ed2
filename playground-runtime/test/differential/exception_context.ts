// @ts-nocheck
import * as asyncio from "asyncio";

class MainError extends Error {}

function chain(exc) {
  // The exception and each one it was raised while handling.
  const names = [];
  while (exc !== null && exc !== undefined) {
    names.push(`${exc.constructor.name}(${exc.message})`);
    exc = exc.__context__;
  }
  return names.join(" <- ");
}

function helperThatHandles() {
  try {
    throw new TypeError("deep");
  } catch {
    throw new LookupError("from the helper");
  }
}

async function nestedThroughACall() {
  try {
    throw new RuntimeError("outer");
  } catch {
    try {
      helperThatHandles();
    } catch (e) {
      print("through a call:", chain(e));
    }
  }
}

async function reraiseKeepsContext() {
  try {
    try {
      throw new ValueError("first");
    } catch (e) {
      throw e;
    }
  } catch (e) {
    print("raise e inside its own handler:", chain(e));
  }
}

function finallyAfterReturn() {
  try {
    return "returned";
  } finally {
    try {
      throw new ValueError("in a finally reached by return");
    } catch (e) {
      print("finally after return:", chain(e));
    }
  }
}

async function suspendedInHandler(log) {
  try {
    throw new RuntimeError("held while suspended");
  } catch {
    await asyncio.sleep(0.01);
    log.push("handler resumed");
  }
}

async function raisesMeanwhile() {
  await asyncio.sleep(0);
  try {
    throw new ValueError("other task");
  } catch (e) {
    print("another task's exception:", chain(e));
  }
}

async function childFailsInHandler(n) {
  await asyncio.sleep(0.01 * n);
  try {
    throw new KeyError(`child ${n}`);
  } catch {
    throw new ValueError(`child ${n} failed`);
  }
}

class FailingExit {
  async __aenter__() {
    return this;
  }
  async __aexit__(excType, exc, tb) {
    throw new RuntimeError("__aexit__ failed");
  }
}

async function aexitRaises() {
  try {
    await using _ = new FailingExit();
    throw new ValueError("body");
  } catch (e) {
    print("__aexit__ raising:", chain(e));
  }
}

async function main() {
  await nestedThroughACall();
  await reraiseKeepsContext();
  print(finallyAfterReturn());
  const log = [];
  await asyncio.gather(suspendedInHandler(log), raisesMeanwhile());
  print(log);
  try {
    await asyncio.gather(childFailsInHandler(1), childFailsInHandler(2));
  } catch (e) {
    print("gather's first error:", chain(e));
  }
  try {
    throw new MainError("main handling");
  } catch {
    const task = asyncio.create_task(childFailsInHandler(0));
    try {
      await task;
    } catch (e) {
      print("awaited while handling:", chain(e));
    }
  }
  await aexitRaises();
  try {
    try {
      throw new ValueError("a");
    } catch (a) {
      try {
        throw new TypeError("b");
      } catch {
        throw a;
      }
    }
  } catch (e) {
    print("a cycle is cut:", chain(e));
  }
}

asyncio.run(main());
