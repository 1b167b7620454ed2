import * as asyncio from "asyncio";

function state(task: asyncio.Task<unknown>) {
  if (!task.done()) return `pending (cancelling=${task.cancelling()})`;
  if (task.cancelled()) return "cancelled";
  return `done, result=${task.result()}`;
}

async function download(name: string) {
  print(`  ${name}: running its first step`);
  try {
    await asyncio.sleep(10);
    print(`  ${name}: finished downloading`);
    return "file";
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`  ${name}: CancelledError thrown in at the await, message:`, e);
    throw e;
  } finally {
    print(`  ${name}: finally block, cleaning up`);
  }
}

async function main() {
  const task = asyncio.create_task(download("dl"), { name: "dl" });
  print("created:", state(task));

  await asyncio.sleep(0);
  print("after one turn:", state(task));

  print("cancel() returned", task.cancel("user pressed stop"));
  print("right after cancel():", state(task));

  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("await task raised CancelledError, message:", e);
  }
  print("at the end:", state(task), "| cancelled() =", task.cancelled());
  print("cancel() on a done task returns", task.cancel());
}

asyncio.run(main());
