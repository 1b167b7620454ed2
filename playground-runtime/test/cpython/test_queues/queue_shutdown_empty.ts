// @ts-nocheck
import * as asyncio from "asyncio";

async function refused(q) {
  // After shutdown every put and get of an empty queue raises QueueShutDown.
  const calls = [
    ["put", () => q.put("data")],
    ["put_nowait", () => q.put_nowait("data")],
    ["get", () => q.get()],
    ["get_nowait", () => q.get_nowait()],
  ];
  for (const [name, call] of calls) {
    try {
      const result = call();
      if (asyncio.iscoroutine(result)) await result;
      print(" ", name, "did not raise");
    } catch (e) {
      if (!(e instanceof asyncio.QueueShutDown)) throw e;
      print(" ", name, "QueueShutDown");
    }
  }
}

async function main() {
  for (const cls of [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]) {
    print("--", cls.name);
    const q = new cls();
    const loop = asyncio.get_running_loop();
    const get_task = loop.create_task(q.get());
    await asyncio.sleep(0);
    q.shutdown({ immediate: false });
    print("size:", q.qsize());
    await q.join();
    await asyncio.sleep(0);
    print("get done:", get_task.done());
    try {
      await get_task;
    } catch (e) {
      if (!(e instanceof asyncio.QueueShutDown)) throw e;
      print("get QueueShutDown");
    }
    await refused(q);
  }
}

asyncio.run(main());
