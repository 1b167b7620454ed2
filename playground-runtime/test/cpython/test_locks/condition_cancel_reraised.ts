// @ts-nocheck
import * as asyncio from "asyncio";

async function run(renotify) {
  let wake = false;
  let raised = null;
  const cond = new asyncio.Condition();

  async function func() {
    await asyncio.async_with(cond, async () => {
      try {
        await cond.wait_for(() => wake);
      } catch (e) {
        if (e instanceof asyncio.CancelledError) raised = e;
        throw e;
      }
    });
  }

  const task = asyncio.create_task(func());
  await asyncio.sleep(0);
  if (renotify) {
    // Woken, then cancelled while it takes the lock back.
    await cond.acquire();
    wake = true;
    cond.notify();
    await asyncio.sleep(0);
    task.cancel("foo");
    cond.release();
  } else {
    // Cancelled while it waits to be woken.
    task.cancel("foo");
  }
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("args:", e.args, "the same exception:", e === raised);
  }
}

async function main() {
  await run(false);
  await run(true);
}

asyncio.run(main());
