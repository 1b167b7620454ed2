// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const deadline1 = loop.time() + 10;
  const deadline2 = deadline1 + 20;

  async function f() {
    await asyncio.async_with(asyncio.timeout_at(deadline1), async (cm) => {
      fut.set_result(cm);
      await asyncio.sleep(50);
    });
  }

  const task = asyncio.create_task(f());
  const cm = await fut;
  print(cm.when() === deadline1);
  cm.reschedule(deadline2);
  print(cm.when() === deadline2);
  cm.reschedule(null);
  print(cm.when());
  task.cancel();
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("CancelledError, expired:", cm.expired());
  }
}

asyncio.run(main());
