// compare: stderr without source
// @ts-nocheck
// Tasks that fail while handling another exception, never awaited: the loop logs each with
// its whole chain, context or cause, as CPython's traceback module prints it. (Lines match
// the Python twin's, so the frames do.)
import * as asyncio from "asyncio";
async function handler() {
  try {
    try {
      throw new ValueError("not a number");
    } catch {
      throw new LookupError("no number");
    }
  } finally {
    throw new RuntimeError("cleanup failed too");
  }
}

async function caused() {
  try {
    throw new TypeError("inner");
  } catch (e) {
    throw new ValueError("outer", { cause: e });
  }
}

async function hidden() {
  try {
    throw new TypeError("inner");
  } catch {
    throw new ValueError("context suppressed", { cause: null });
  }
}

async function main() {
  for (const work of [handler, caused, hidden]) {
    asyncio.create_task(work());
  }
  await asyncio.sleep(0.1);
  print("main done");
}

asyncio.run(main());
