// @ts-nocheck
import * as asyncio from "asyncio";

async function stubborn() {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await asyncio.sleep(1);
      print("attempt", attempt, "finished");
      return attempt;
    } catch (e) {
      if (!(e instanceof asyncio.CancelledError)) throw e;
      const task = asyncio.current_task();
      print("cancelled on attempt", attempt, "cancelling =", task.cancelling());
      print("uncancel ->", task.uncancel());
    }
  }
}

async function main() {
  const task = asyncio.create_task(stubborn());
  await asyncio.sleep(0.5);
  task.cancel();
  task.cancel();
  print("after two cancel() calls:", task.cancelling());
  await asyncio.sleep(0.1);
  task.cancel();
  print("result:", await task, "cancelled?", task.cancelled());
}

asyncio.run(main());
