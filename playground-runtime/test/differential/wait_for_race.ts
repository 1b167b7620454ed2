// @ts-nocheck
import * as asyncio from "asyncio";

async function main() {
  const loop = asyncio.get_running_loop();
  let fut = loop.create_future();
  loop.call_later(1, (v) => fut.set_result(v), "made it");
  try {
    print(await asyncio.wait_for(fut, 1));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out; fut cancelled?", fut.cancelled());
  }

  fut = loop.create_future();
  const f2 = fut;
  loop.call_later(0.999, (v) => f2.set_result(v), "just in time");
  try {
    print(await asyncio.wait_for(fut, 1));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out; fut cancelled?", fut.cancelled());
  }

  const task = asyncio.create_task(asyncio.sleep(1, "task result"));
  try {
    print(await asyncio.wait_for(task, 1));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out; task cancelled?", task.cancelled());
  }
}

asyncio.run(main());
