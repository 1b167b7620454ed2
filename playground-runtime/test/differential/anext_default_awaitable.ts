// @ts-nocheck
// anext(iterator, default) returns CPython's anext_awaitable: an object of its own type, its
// own __await__(), that keeps no state. Each step asks the awaitable __anext__() returned for
// its iterator again: a coroutine is the same each time, but an awaitable class's __await__()
// is called anew, so driving one by hand starts it over at every send. Awaited in a task,
// a coroutine's steps go on, and the end of the iterator gives the default.
import * as asyncio from "asyncio";

class Steps {
  *__await__() {
    print("  __await__() called");
    yield "first";
    yield "second";
    return "done";
  }
}

class ClassAwaitables {
  __anext__() {
    return new Steps();
  }
}

class Counter {
  constructor(n) {
    this.n = n;
  }

  __aiter__() {
    return this;
  }

  async __anext__() {
    await asyncio.sleep(0);
    if (this.n === 0) throw new StopAsyncIteration();
    this.n -= 1;
    return this.n;
  }
}

const awaitable = anext(new ClassAwaitables(), "default");
print(awaitable.constructor.name, awaitable.__await__() === awaitable);
print(repr(awaitable).split(" at ")[0]);
const driven = awaitable.__await__();
for (let i = 0; i < 3; i++) print("send(None) ->", driven.send(null));

async function main() {
  const counter = new Counter(2);
  for (let i = 0; i < 4; i++) print("awaited:", await anext(counter, "default"));
}

asyncio.run(main());
