// @ts-nocheck
// The awaitable anext(agen, default) gives, driven by hand through its __await__(): send()
// and throw() reach the generator's own awaits, the default arrives as StopIteration's
// value, close() makes it unusable. Once with the builtin anext() and once with an anext()
// written in TypeScript. The test's bare-value awaitable (a types.coroutine generator) is
// a class whose __await__ is a generator.

class MyError extends Exception {}

/** Awaiting it hands each of `values` to whoever drives the coroutine. */
class Bare {
  constructor(...values) {
    this.values = values;
  }

  *__await__() {
    let sent = null;
    for (const value of this.values) sent = yield value;
    return sent;
  }
}

function scriptAnext(iterator, ...fallback) {
  if (fallback.length === 0) return iterator.__anext__();
  async function withDefault() {
    try {
      return await iterator.__anext__();
    } catch (error) {
      if (!(error instanceof StopAsyncIteration)) throw error;
      return fallback[0];
    }
  }
  return withDefault();
}

async function* catches(first, second) {
  try {
    await new Bare(...first);
  } catch (error) {
    if (!(error instanceof MyError)) throw error;
    await new Bare(...second);
  }
}

async function* catchesAndEnds() {
  try {
    await new Bare(10, 11);
  } catch (error) {
    if (!(error instanceof MyError)) throw error;
    return;
  }
  yield "aaa";
}

async function* awaitsThenYields() {
  await new Bare(10, 11);
  yield "aaa";
}

function step(label, action) {
  try {
    print("  ", label, "->", action());
  } catch (error) {
    if (error instanceof StopIteration) print("  ", label, "raised StopIteration", repr(error.value));
    else if (error instanceof Exception) print("  ", label, "raised", repr(error));
    else throw error;
  }
}

function drive(title, make, steps) {
  for (const [name, anext_] of [
    ["builtin", anext],
    ["python", scriptAnext],
  ]) {
    print(title, `(${name} anext):`);
    const g = anext_(make(), "default").__await__();
    try {
      for (const [label, action] of steps) step(label, () => action(g));
    } finally {
      g.close();
    }
  }
}

drive("test1", () => catches([1], [2]), [
  ["send(None)", (g) => g.send(null)],
  ["throw(MyError())", (g) => g.throw(new MyError())],
  ["send(None)", (g) => g.send(null)],
]);
drive("test2", () => catches([1], [2]), [
  ["send(None)", (g) => g.send(null)],
  ["throw(MyError())", (g) => g.throw(new MyError())],
  ["throw(MyError())", (g) => g.throw(new MyError())],
]);
drive("test3", () => catches([1], [2]), [
  ["send(None)", (g) => g.send(null)],
  ["close()", (g) => g.close()],
  ["send(None)", (g) => g.send(null)],
]);
drive("test4", () => catches([10, 11], [20, 21]), [
  ["send(None)", (g) => g.send(null)],
  ["throw(MyError())", (g) => g.throw(new MyError())],
  ["throw(MyError('val'))", (g) => g.throw(new MyError("val"))],
]);
drive("test5", catchesAndEnds, [
  ["send(None)", (g) => g.send(null)],
  ["throw(MyError())", (g) => g.throw(new MyError())],
]);
drive("test6", awaitsThenYields, [["throw(MyError())", (g) => g.throw(new MyError())]]);
