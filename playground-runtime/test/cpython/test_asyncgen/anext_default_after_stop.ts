// @ts-nocheck
// An async generator that yields nothing: its first __anext__() raises StopAsyncIteration,
// and anext() with a default afterwards gives the default, the StopAsyncIteration of the
// first call left behind (CPython issue 128078). The test's tuples are lists here, as in the
// other ports.
import * as asyncio from "asyncio";

async function* empty() {
  if (false) yield [1, 2];
}

async function main() {
  const it = empty().__aiter__();
  try {
    await it.__anext__();
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    print("first __anext__() raised", repr(error));
  }
  print("anext with a default:", await anext(it, ["a", "b"]));
}

asyncio.run(main());
