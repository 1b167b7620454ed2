// @ts-nocheck
import * as asyncio from "asyncio";

const EPSILON = 0.0001;

function make_slow_to_cancel(log) {
  return async function slow_to_cancel() {
    try {
      await asyncio.sleep(10);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) await asyncio.sleep(EPSILON);
      throw e;
    } finally {
      log.push("inner done");
    }
  };
}

async function with_timeout(log) {
  const inner = asyncio.create_task(make_slow_to_cancel(log)());
  try {
    await asyncio.wait_for(inner, EPSILON);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError after", log, "context:", e.__context__?.constructor.name);
  }
}

async function with_zero_timeout(log) {
  const inner = asyncio.create_task(make_slow_to_cancel(log)());
  await asyncio.sleep(EPSILON);
  await asyncio.wait_for(inner, 0);
}

async function main() {
  await with_timeout([]);
  const log = [];
  try {
    await with_zero_timeout(log);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("TimeoutError after", log, "context:", e.__context__?.constructor.name);
  }
}

asyncio.run(main());
