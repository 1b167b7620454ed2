// @ts-nocheck
// close() and aclose() raise GeneratorExit where the body is suspended: its catch blocks see
// it, may return a value, may refuse it by awaiting (or yielding) again; a coroutine awaiting
// another closes the inner one first, then sees GeneratorExit (or what closing raised) itself.
import * as asyncio from "asyncio";
import * as inspect from "inspect";

function suspend(value) {
  return {
    *__await__() {
      return yield value;
    },
  };
}

function attempt(label, call) {
  try {
    print(label, "->", repr(call()));
  } catch (e) {
    print(`${label} raised`, repr(e));
  }
}

async function sees() {
  try {
    await suspend("sees");
  } catch (e) {
    print("  sees caught", repr(e), e instanceof GeneratorExit);
    throw e;
  }
}

async function returnsOnExit() {
  try {
    await suspend("returns");
  } catch (e) {
    if (!(e instanceof GeneratorExit)) throw e;
    return "a value from the except block";
  }
}

async function awaitsAgain() {
  try {
    await suspend("first");
  } catch {
    print("  swallowed, awaiting again");
  }
  await suspend("second");
  print("  never printed");
}

async function inner(label, onExit) {
  try {
    await suspend(label);
  } catch (e) {
    print(`  inner ${label} caught`, repr(e));
    if (onExit === "return") return 5;
    if (onExit === "raise") throw new ValueError("from inner's except");
    throw e;
  } finally {
    print(`  inner ${label} finally`);
  }
}

async function outer(label, onExit) {
  try {
    const got = await inner(label, onExit);
    print("  outer got", got);
  } catch (e) {
    print(`  outer ${label} caught`, repr(e));
    throw e;
  }
}

function started(coro) {
  coro.send(null);
  return coro;
}

attempt("close sees", () => started(sees()).close());
attempt("close returns", () => started(returnsOnExit()).close());
const refuses = started(awaitsAgain());
attempt("close awaits again", () => refuses.close());
print("  state after", inspect.getcoroutinestate(refuses));
attempt("close it once more", () => refuses.close());
print("  state now", inspect.getcoroutinestate(refuses));
attempt("close nested", () => started(outer("plain", "reraise")).close());
attempt("close nested, inner returns", () => started(outer("returning", "return")).close());
attempt("close nested, inner raises", () => started(outer("raising", "raise")).close());

async function* counts() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    print("  generator caught", repr(e));
    throw e;
  } finally {
    print("  generator finally");
  }
}

async function* stubborn() {
  try {
    yield "first";
  } catch (e) {
    print("  stubborn caught", repr(e));
  }
  yield "again";
}

// Held to the end, as CPython would otherwise finalize it when main() drops it.
let kept = null;

async function main() {
  const agen = counts();
  print("first", await agen.__anext__());
  print("aclose ->", await agen.aclose());
  kept = stubborn();
  await kept.__anext__();
  try {
    await kept.aclose();
  } catch (e) {
    print("aclose raised", repr(e));
  }
}

asyncio.run(main());
print("kept", repr(kept).startsWith("<async_generator object stubborn"));
