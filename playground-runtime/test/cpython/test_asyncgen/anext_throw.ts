// @ts-nocheck
// throw() into an __anext__() awaitable by hand, on a loop: the generator catches it and
// yields, and throw() raises StopIteration carrying the value.
import * as asyncio from "asyncio";

const loop = asyncio.new_event_loop();
const done = [];

function run(label, coro) {
  try {
    print(label, "->", loop.run_until_complete(coro), done);
  } catch (error) {
    print(label, "raised", repr(error), done);
  }
  done.length = 0;
}

async function* catches() {
  yield 1;
  await asyncio.sleep(0.01);
  try {
    yield 2;
    yield 3;
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    yield 1000;
  }
  await asyncio.sleep(0.01);
  yield 4;
}

async function anext04a() {
  const it = catches().__aiter__();
  const got = [];
  for (let i = 0; i < 4; i++) got.push(await it.__anext__());
  for (let i = 0; i < 2; i++) {
    try {
      await it.__anext__();
    } catch (error) {
      if (!(error instanceof StopAsyncIteration)) throw error;
      got.push("stop");
    }
  }
  return got;
}

async function anext04b() {
  const it = catches().__aiter__();
  const got = [await it.__anext__(), await it.__anext__()];
  try {
    it.__anext__().throw(new ValueError());
  } catch (stop) {
    if (!(stop instanceof StopIteration)) throw stop;
    got.push(stop.value);
  }
  got.push(await it.__anext__());
  try {
    await it.__anext__();
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    got.push("stop");
  }
  return got;
}

run("anext 04 a", anext04a());
run("anext 04 b", anext04b());

async function* yieldsTuples() {
  try {
    yield [1];
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    yield [2];
  }
}

async function* yieldsStops() {
  try {
    yield new StopIteration(1);
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    yield new StopIteration(3);
  }
}

async function thrownInto(make) {
  const it = make().__aiter__();
  const got = [await it.__anext__()];
  try {
    it.__anext__().throw(new ValueError());
  } catch (stop) {
    if (!(stop instanceof StopIteration)) throw stop;
    got.push(stop.value);
  }
  try {
    await it.__anext__();
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    got.push("stop");
  }
  return got;
}

run("anext tuple", thrownInto(yieldsTuples));
run("anext stopiteration", thrownInto(yieldsStops));
