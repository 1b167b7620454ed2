// @ts-nocheck
import * as asyncio from "asyncio";

async function work() {
  return "worked";
}

function attempt(label, call) {
  try {
    print(label, "->", call());
  } catch (e) {
    if (!(e instanceof TypeError || e instanceof ValueError)) throw e;
    // Addresses differ between runtimes.
    print(`${label} ${e.constructor.name}:`, String(e.message).replace(/ at 0x[0-9a-f]+/g, ""));
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  // A delay that is not a number fails where CPython first uses it: sleep and
  // wait_for compare it with 0 when awaited, timeout and call_later add it to the clock.
  for (const [label, make] of [
    ["sleep('x')", () => asyncio.sleep("x")],
    ["sleep(None)", () => asyncio.sleep(null)],
    ["sleep([1])", () => asyncio.sleep([1])],
    ["sleep({})", () => asyncio.sleep({})],
    ["sleep(nan)", () => asyncio.sleep(NaN)],
    ["sleep(-1)", () => asyncio.sleep(-1)],
    ["sleep(True)", () => asyncio.sleep(true, "slept a second")],
    ["wait_for(fut, '1')", () => asyncio.wait_for(fut, "1")],
    ["wait_for(work(), None)", () => asyncio.wait_for(work(), null)],
  ]) {
    try {
      print(label, "->", await make());
    } catch (e) {
      if (!(e instanceof TypeError || e instanceof ValueError)) throw e;
      print(`${label} ${e.constructor.name}:`, e);
    }
  }
  attempt("timeout('x')", () => asyncio.timeout("x"));
  attempt("timeout([])", () => asyncio.timeout([]));
  attempt("call_later('x')", () => loop.call_later("x", print));
  attempt("call_later(None)", () => loop.call_later(null, print));
  // What is not awaitable is refused by name.
  attempt("create_task(1)", () => asyncio.create_task(1));
  attempt("create_task(work)", () => asyncio.create_task(work));
  attempt("ensure_future('x')", () => asyncio.ensure_future("x"));
  attempt("gather(1)", () => asyncio.gather(1));
  attempt("shield(None)", () => asyncio.shield(null));
  print("loop time still moves:", loop.time() > 1);
}

// asyncio.run takes a coroutine or another awaitable, nothing else.
for (const [label, arg] of [
  ["1", 1],
  ["the function", work],
  ["None", null],
  ["'main'", "main"],
]) {
  try {
    asyncio.run(arg);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print(`run(${label}) TypeError:`, e);
  }
}
try {
  asyncio.run(asyncio.sleep("x"));
} catch (e) {
  if (!(e instanceof TypeError)) throw e;
  print("run(sleep('x')) TypeError:", e);
}
asyncio.run(main());
