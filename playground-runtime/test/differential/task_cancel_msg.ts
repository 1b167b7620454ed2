// @ts-nocheck
import * as asyncio from "asyncio";

async function sleeper() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("sleeper cancelled with:", e);
    }
    throw e;
  } finally {
    print("sleeper cleans up");
  }
}

async function main() {
  const task = asyncio.create_task(sleeper());
  await asyncio.sleep(1);
  print("cancel() ->", task.cancel("shutting down"));
  print("cancelling() ->", task.cancelling());
  print("done yet?", task.done());
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main sees:", e);
  }
  print("cancelled?", task.cancelled(), "cancel() again ->", task.cancel());
}

asyncio.run(main());
