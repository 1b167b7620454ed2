// @ts-nocheck
import * as asyncio from "asyncio";


function strip(text) {
  // Addresses differ between runs and runtimes: keep the shape.
  return text.replace(/ at 0x[0-9a-f]+/g, " at 0x…");
}

function show(label, obj) {
  print(label, "|", strip(`${obj}`), "|", strip(String(obj)) === strip(`${obj}`));
}

// The task's repr names the line it waits at.
async function child() {
  await asyncio.sleep(1);
}

async function main() {
  const loop = asyncio.get_running_loop();
  const q = new asyncio.Queue(2);
  q.put_nowait(1);
  show("Queue", q);
  show("PriorityQueue", new asyncio.PriorityQueue());
  show("LifoQueue", new asyncio.LifoQueue(3));
  show("Lock", new asyncio.Lock());
  show("Event", new asyncio.Event());
  show("Condition", new asyncio.Condition());
  show("Semaphore", new asyncio.Semaphore(2));
  show("BoundedSemaphore", new asyncio.BoundedSemaphore());
  show("Barrier", new asyncio.Barrier(2));
  const fut = loop.create_future();
  show("Future", fut);
  fut.set_result([1, "a"]);
  show("done Future", fut);
  const task = asyncio.create_task(child(), { name: "kid" });
  show("Task", task);
  show("Handle", loop.call_soon(print, "handle ran"));
  show("TimerHandle", loop.call_at(5, print));
  let t;
  await asyncio.async_with(asyncio.timeout(10), async (cm) => {
    t = cm;
    show("Timeout", t);
  });
  show("expired Timeout", t);
  let tg;
  await asyncio.async_with(new asyncio.TaskGroup(), async (group) => {
    tg = group;
    show("TaskGroup", tg);
    tg.create_task(child());
    show("TaskGroup with a task", tg);
  });
  show("TaskGroup after", tg);
  task.cancel();
  show("KeyError", new KeyError("k"));
  show("CancelledError", new asyncio.CancelledError("why"));
}

asyncio.run(main());
