// @ts-nocheck
import * as asyncio from "asyncio";

function chain(exc) {
  // Each exception of the chain, with how it links to the next one down.
  const names = [];
  while (exc !== null && exc !== undefined) {
    names.push(`${exc.constructor.name}(${exc.message})`);
    exc = exc.__context__;
  }
  return names.join(" <- ");
}

async function raisesInFinally() {
  try {
    await using _ = asyncio.timeout(0.01);
    try {
      await asyncio.sleep(1);
    } finally {
      throw new ValueError("cleanup failed");
    }
  } catch (e) {
    print("finally:", chain(e));
    const te = e.__context__;
    print("  the inserted TimeoutError's cause is its context:", te.cause === te.__context__);
  }
}

async function raisesInExcept() {
  try {
    await using _ = asyncio.timeout(0.01);
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      throw new KeyboardInterrupt("stop");
    }
  } catch (e) {
    print("except:", chain(e));
  }
}

async function fails(delay, message) {
  try {
    await asyncio.sleep(delay);
  } finally {
    throw new RuntimeError(message);
  }
}

async function group() {
  try {
    await using _ = asyncio.timeout(0.01);
    await using tg = new asyncio.TaskGroup();
    tg.create_task(fails(1, "child"));
    await asyncio.sleep(1);
  } catch (eg) {
    print("group:", eg.constructor.name, eg.exceptions.map(chain));
  }
}

async function noTimeout() {
  try {
    await using _ = asyncio.timeout(1);
    try {
      throw new KeyError("k");
    } catch {
      throw new ValueError("v");
    }
  } catch (e) {
    print("not expired:", chain(e));
  }
}

async function plainTimeout() {
  try {
    await using _ = asyncio.timeout(0.01);
    await asyncio.sleep(1);
  } catch (e) {
    print("timed out:", chain(e), e.cause.constructor.name);
  }
}

async function main() {
  await raisesInFinally();
  await raisesInExcept();
  await group();
  await noTimeout();
  await plainTimeout();
}

asyncio.run(main());
