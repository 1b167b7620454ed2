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

function task_done(q) {
  try {
    q.task_done();
    print("task_done ok");
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("ValueError:", e);
  }
}

async function main() {
  const loop = asyncio.get_running_loop();
  for (const cls of [asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue]) {
    print("--", cls.name);
    // Immediate: the items go, and the count of unfinished tasks with them.
    let q = new cls();
    q.put_nowait("data");
    let join_task = loop.create_task(q.join());
    q.shutdown({ immediate: true });
    print("size:", q.qsize());
    await asyncio.sleep(0);
    print("join done:", join_task.done());
    await join_task;
    await refused(q);
    task_done(q);

    // One item already taken stays unfinished until task_done().
    q = new cls();
    q.put_nowait("data");
    q.put_nowait("data");
    join_task = loop.create_task(q.join());
    print("got:", await q.get());
    q.shutdown({ immediate: true });
    print("size:", q.qsize());
    await asyncio.sleep(0);
    print("join done:", join_task.done());
    await refused(q);
    task_done(q);
    task_done(q);
    await asyncio.sleep(0);
    print("join done:", join_task.done());
    await join_task;
  }
}

asyncio.run(main());
