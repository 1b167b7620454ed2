// @ts-nocheck
// aclose() awaited on a loop, of generators whose bare except swallows GeneratorExit:
// one then finishes, the other yields again.
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

async function* swallows() {
  try {
    yield;
  } catch {}
  done.push("swallowed");
}

async function* swallowsThenYields() {
  try {
    yield;
  } catch {}
  yield;
  done.push("never");
}

async function sendThenClose(agen) {
  await agen.asend(null);
  try {
    await agen.aclose();
  } finally {
    done.push("closed");
  }
}

run("aclose 10", sendThenClose(swallows()));
run("aclose 11", sendThenClose(swallowsThenYields()));

loop.close();
