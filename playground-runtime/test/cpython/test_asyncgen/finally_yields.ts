// @ts-nocheck
// An async generator that yields from its finally block after the body failed, stepped by
// hand: what each __anext__() gives, in order (the sync generator twin gives the same).

class Marker {
  *__await__() {
    yield "result";
  }
}

function steps(agen) {
  const seen = [];
  while (true) {
    const step = agen.__anext__();
    try {
      while (true) {
        try {
          step.__next__();
        } catch (error) {
          if (error instanceof StopIteration) {
            seen.push(error.value);
            break;
          }
          if (error instanceof StopAsyncIteration) throw error;
          seen.push(repr(error));
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof StopAsyncIteration)) throw error;
      seen.push("STOP");
      return seen;
    }
  }
}

async function* failsThenYields() {
  try {
    yield 1;
    throw new ValueError("07");
  } finally {
    yield 2;
    yield 3;
  }
  yield 100;
}

async function* failsInFinally() {
  try {
    yield 1;
    await new Marker();
  } finally {
    await new Marker();
    yield 2;
    throw new ValueError("08");
    yield 3;
  }
  yield 100;
}

async function* awaitsAround() {
  try {
    await new Marker();
    yield 1;
    throw new ValueError("09");
  } finally {
    yield 2;
    await new Marker();
    yield 3;
  }
  yield 100;
}

async function* inner() {
  yield 10;
  yield 20;
}

async function* outer() {
  yield 1;
  const agen = inner();
  await agen.asend(null);
  try {
    await agen.athrow(new GeneratorExit());
  } catch (error) {
    if (!(error instanceof GeneratorExit)) throw error;
    yield 2;
  }
  yield 3;
}

print("exception 07:", steps(failsThenYields()));
print("exception 08:", steps(failsInFinally()));
print("exception 09:", steps(awaitsAround()));
print("exception 11:", steps(outer()));
