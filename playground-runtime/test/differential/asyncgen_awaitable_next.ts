// @ts-nocheck
// The awaitables of an async generator are their own iterators: __next__() steps them as
// send(None) does, for __anext__(), asend() and athrow() alike.

import * as asyncio from "asyncio";

async function* counter() {
  try {
    const got = yield 1;
    print("got", got);
    yield 2;
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    print("caught", repr(error));
    yield 3;
  }
}

function step(label, awaitable) {
  try {
    awaitable.__next__();
  } catch (stop) {
    if (stop instanceof StopIteration) print(label, "gives", stop.value);
    else if (stop instanceof StopAsyncIteration) print(label, "ends the generator");
    else throw stop;
  }
}

const agen = counter();
step("__anext__", agen.__anext__());
step("asend", agen.asend("sent"));
step("athrow", agen.athrow(new ValueError("in")));
step("__anext__", agen.__anext__());

// Stepped by hand, no loop was needed; a loop still runs one afterwards.
print(asyncio.run(asyncio.sleep(0, "a loop ran afterwards")));
