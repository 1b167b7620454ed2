// @ts-nocheck
// Async generators consumed on an event loop: async for, __anext__/asend/athrow/aclose
// awaited from a coroutine, with sleeps inside and around the finally blocks.
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

async function toList(agen) {
  const items = [];
  for await (const item of agen) items.push(item);
  return items;
}

async function* returnsEarly() {
  yield 1;
  await asyncio.sleep(0.01);
  yield 2;
  await asyncio.sleep(0.01);
  return;
  yield 3;
}

async function* fails() {
  yield 1;
  await asyncio.sleep(0.01);
  yield 2;
  throw new ValueError("02");
  yield 3;
}

class Gen {
  async *__aiter__() {
    yield 1;
    await asyncio.sleep(0.01);
    yield 2;
  }
}

run("asyncio 01", toList(returnsEarly()));
run("asyncio 02", toList(fails()));
run("asyncio 03", toList(new Gen()));

async function* echoes() {
  let v = yield 1;
  v = yield v;
  yield v * 100;
}

async function anext05() {
  const it = echoes().__aiter__();
  const got = [];
  for (const sent of [null, 10, 12]) {
    try {
      it.__anext__().send(sent);
    } catch (stop) {
      if (!(stop instanceof StopIteration)) throw stop;
      got.push(stop.value);
    }
  }
  try {
    await it.__anext__();
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    got.push("stop");
  }
  return got;
}

run("anext 05", anext05());

async function* swallows() {
  try {
    yield;
  } catch {}
  done.push("swallowed");
}

async function anext06() {
  const g = swallows();
  await g.asend(null);
  try {
    await g.asend(null);
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    done.push("stop");
  }
}

run("anext 06", anext06());
