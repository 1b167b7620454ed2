// @ts-nocheck
// asend() and athrow() awaited on a loop, with sleeps around the yields and in the finally,
// and a step that fails or is cancelled on the way.
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

class FooEr extends Exception {}

async function crashAfter(delay) {
  await asyncio.sleep(delay);
  throw new ValueError("crash");
}

async function cancelledAfter(delay) {
  const fut = asyncio.ensure_future(asyncio.sleep(delay));
  loop.call_later(delay / 2, () => fut.cancel());
  return await fut;
}

async function* doubles(pause) {
  try {
    await asyncio.sleep(0.01);
    const v = yield 1;
    await pause(0.01);
    done.push("after the pause");
    yield v * 2;
    await asyncio.sleep(0.01);
    return;
  } finally {
    await asyncio.sleep(0.01);
    await asyncio.sleep(0.01);
    done.push("finally");
  }
}

async function sendThree(agen) {
  const got = [await agen.asend(null), await agen.asend(100)];
  try {
    await agen.asend(null);
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    got.push("stop");
  }
  return got;
}

run("asend 01", sendThree(doubles(asyncio.sleep)));
run("asend 02", sendThree(doubles(crashAfter)));
run("asend 03", sendThree(doubles(cancelledAfter)));

async function* recovers(pause) {
  try {
    await asyncio.sleep(0.01);
    let v;
    try {
      v = yield 1;
    } catch (error) {
      if (!(error instanceof FooEr)) throw error;
      v = 1000;
      await pause(0.01);
    }
    yield v * 2;
    await asyncio.sleep(0.01);
  } finally {
    await asyncio.sleep(0.01);
    await asyncio.sleep(0.01);
    done.push("finally");
  }
}

async function throwIn(agen) {
  const got = [await agen.asend(null), await agen.athrow(new FooEr())];
  try {
    await agen.asend(null);
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    got.push("stop");
  }
  return got;
}

run("athrow 01", throwIn(recovers(asyncio.sleep)));
run("athrow 02", throwIn(recovers(cancelledAfter)));

async function* swallows() {
  try {
    yield;
  } catch {}
  done.push("swallowed");
}

async function throwAtTheEnd(agen) {
  await agen.asend(null);
  try {
    await agen.athrow(new ValueError());
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    done.push("stop");
  }
}

run("athrow 03", throwAtTheEnd(swallows()));

async function* answers(value) {
  try {
    yield 1;
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    yield value;
  }
}

async function throwFor(agen) {
  const got = [await agen.asend(null), await agen.athrow(new ValueError())];
  try {
    await agen.asend(null);
  } catch (error) {
    if (!(error instanceof StopAsyncIteration)) throw error;
    got.push("stop");
  }
  return got;
}

run("athrow tuple", throwFor(answers([2])));

async function stopAsValue() {
  const [first, stop, end] = await throwFor(answers(new StopIteration(2)));
  return [first, stop instanceof StopIteration, stop.value, end];
}

run("athrow stopiteration", stopAsValue());
loop.close();
