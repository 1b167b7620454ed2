// @ts-nocheck
// Async generators stepped by hand, with no event loop: each step of __anext__() is driven
// with send()/throw(), and an awaitable that yields a marker stands in for a future.

class AwaitException extends Exception {}

class Marker {
  constructor(throws = false) {
    this.throws = throws;
  }

  *__await__() {
    yield this.throws ? "throw" : "result";
  }
}

function drive(coro) {
  let failing = false;
  while (true) {
    let got;
    try {
      if (failing) {
        failing = false;
        got = coro.throw(new AwaitException());
      } else {
        got = coro.send(null);
      }
    } catch (stop) {
      if (stop instanceof StopIteration) return stop.value;
      throw stop;
    }
    if (got === "throw") failing = true;
  }
}

function collect(agen) {
  async function loopOver() {
    const items = [];
    for await (const item of agen) items.push(item);
    return items;
  }
  return drive(loopOver());
}

function attempt(label, thunk) {
  try {
    print(label, "->", thunk());
  } catch (error) {
    print(label, "raised", repr(error));
  }
}

async function* three() {
  await new Marker();
  const sent = yield 123;
  print("sent into the generator:", sent);
  await new Marker();
  yield 456;
  await new Marker();
  yield 789;
}

print("iteration 01:", collect(three()));

async function* oneThenAwait() {
  await new Marker();
  yield 123;
  await new Marker();
}

let agen = oneThenAwait();
let it = agen.__aiter__();
let step = it.__anext__();
print("iteration 02, first step:", step.__next__());
try {
  step.__next__();
} catch (stop) {
  if (!(stop instanceof StopIteration)) throw stop;
  print("the value comes as StopIteration:", stop.value);
}
step = it.__anext__();
print("second __anext__ first step:", step.__next__());
try {
  step.__next__();
} catch (stop) {
  if (!(stop instanceof StopAsyncIteration)) throw stop;
  print("then", repr(stop));
}

async function* failsInAwait() {
  await new Marker();
  yield 123;
  await new Marker(true);
  yield 456;
}

attempt("exception 03", () => collect(failsInAwait()));

async function* divides() {
  await new Marker();
  yield 123;
  throw new ValueError("the body fails");
}

agen = divides();
it = agen.__aiter__();
step = it.__anext__();
print("exception 04, first step:", step.__next__());
try {
  step.__next__();
} catch (stop) {
  if (!(stop instanceof StopIteration)) throw stop;
  print("value:", stop.value);
}
attempt("next __anext__", () => it.__anext__().__next__());

async function* leaksStopAsync() {
  yield 123;
  throw new StopAsyncIteration();
}

attempt("exception 05", () => collect(leaksStopAsync()));

async function* leaksStop() {
  yield 123;
  throw new StopIteration();
}

attempt("exception 06", () => collect(leaksStop()));

async function* once() {
  yield 123;
}

attempt("exception 10", () => once().__anext__().send(100));
