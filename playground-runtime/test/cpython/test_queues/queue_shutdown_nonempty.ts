// @ts-nocheck
import * as asyncio from "asyncio";

async function refused(q) {
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
    const q = new cls({ maxsize: 1 });
    const loop = asyncio.get_running_loop();
    q.put_nowait("data");
    const join_task = loop.create_task(q.join());
    const put_task = loop.create_task(q.put("data2"));
    await asyncio.sleep(0);
    print("put done:", put_task.done());
    // Not immediate: the item stays, the waiting put fails.
    q.shutdown({ immediate: false });
    print("size:", q.qsize());
    await asyncio.sleep(0);
    print("put done:", put_task.done());
    try {
      await put_task;
    } catch (e) {
      if (!(e instanceof asyncio.QueueShutDown)) throw e;
      print("put QueueShutDown");
    }
    print("got:", await q.get());
    await asyncio.sleep(0);
    print("join done:", join_task.done());
    await refused(q);
    q.task_done();
    await asyncio.sleep(0);
    print("join done:", join_task.done());
    await join_task;
    try {
      q.task_done();
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("ValueError:", e);
    }
  }
}

asyncio.run(main());
