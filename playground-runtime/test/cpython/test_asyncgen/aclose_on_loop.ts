// @ts-nocheck
// aclose() awaited on a loop: a finally that awaits, one that yields again, one that
// awaits a failing task, and a generator that swallows GeneratorExit.
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

async function firstThenClose(agen) {
  const got = await agen.__aiter__().__anext__();
  await agen.aclose();
  return got;
}

async function* yieldsInFinally() {
  try {
    yield 1;
    throw new ValueError("never");
  } finally {
    await asyncio.sleep(0.01);
    yield 12;
  }
}

async function* sleepsInFinally() {
  try {
    yield 1;
    throw new ValueError("never");
  } finally {
    await asyncio.sleep(0.01);
    await asyncio.sleep(0.01);
    done.push("finally");
  }
  done.push("after");
}

const fut = loop.create_future();

async function* waitsOnFuture() {
  try {
    yield 1;
    await fut;
    done.push("after the future");
    yield 2;
  } finally {
    await asyncio.sleep(0.01);
    await asyncio.sleep(0.01);
    done.push("finally");
  }
  done.push("after");
}

run("aclose 06", firstThenClose(yieldsInFinally()));
run("aclose 07", firstThenClose(sleepsInFinally()));
run("aclose 08", firstThenClose(waitsOnFuture()));
fut.cancel();
loop.run_until_complete(asyncio.sleep(0.01));

async function target() {
  await asyncio.sleep(0.01);
  throw new ValueError("target");
}

async function* awaitsTaskInFinally() {
  const task = asyncio.create_task(target());
  try {
    yield 1;
  } finally {
    try {
      await task;
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      done.push(repr(error));
    }
  }
}

run("aclose 12", firstThenClose(awaitsTaskInFinally()));
loop.close();
