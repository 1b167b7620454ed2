// @ts-nocheck
import * as asyncio from "asyncio";

// Every context manager asyncio itself offers, through `await using` (`async with`), and the
// Runner through `using` (`with`).
async function worker(name, lock, sem, cond, log) {
  await using held = sem;
  print(name, "has the semaphore, value", held);
  {
    await using _ = lock;
    print(name, "has the lock", lock.locked());
    await asyncio.sleep(0.01);
  }
  print(name, "let the lock go", lock.locked());
  await using c = cond;
  log.push(name);
  cond.notify_all();
}

async function main() {
  const lock = new asyncio.Lock();
  const sem = new asyncio.Semaphore(2);
  const cond = new asyncio.Condition();
  const log = [];
  {
    await using tg = new asyncio.TaskGroup();
    for (const name of ["a", "b", "c"]) tg.create_task(worker(name, lock, sem, cond, log));
    print("task group body done");
  }
  print("all done", log);

  try {
    await using t = asyncio.timeout(0.05);
    print("timeout entered, expires", t.expired());
    await asyncio.sleep(1);
  } catch (e) {
    print("timed out:", e.constructor.name);
  }
  const loop = asyncio.get_running_loop();
  {
    await using t = asyncio.timeout_at(loop.time() + 1);
    await asyncio.sleep(0.1);
    print("timeout_at left in time, expired:", t.expired());
  }
  try {
    await using tg = new asyncio.TaskGroup();
    tg.create_task(asyncio.sleep(1));
    async function fail() {
      throw new ValueError("child failed");
    }
    tg.create_task(fail());
  } catch (e) {
    print("group:", e.constructor.name, e.exceptions.map((x) => x.message));
  }
  return "main's result";
}

{
  using runner = new asyncio.Runner();
  print(runner.run(main()));
  print("loop closed in the body?", runner.get_loop().is_closed());
}
print("after with: runner closed");
