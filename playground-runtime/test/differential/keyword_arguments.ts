// @ts-nocheck
import * as asyncio from "asyncio";

function attempt(label, make) {
  try {
    const made = make();
    print(label, "->", made.constructor.name);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print(label, "TypeError:", e);
  }
}

async function main() {
  // Since 3.10 the primitives take no loop: passing one is an error.
  attempt("Lock(loop)", () => new asyncio.Lock({ loop: null }));
  attempt("Event(loop)", () => new asyncio.Event({ loop: null }));
  attempt("Condition(loop)", () => new asyncio.Condition({ loop: null }));
  attempt("Semaphore(loop)", () => new asyncio.Semaphore({ loop: null }));
  attempt("BoundedSemaphore(loop)", () => new asyncio.BoundedSemaphore({ loop: null }));
  attempt("Barrier(loop)", () => new asyncio.Barrier(2, { loop: null }));
  attempt("Queue(loop)", () => new asyncio.Queue({ loop: null }));
  attempt("PriorityQueue(loop)", () => new asyncio.PriorityQueue({ loop: null }));
  attempt("LifoQueue(loop)", () => new asyncio.LifoQueue({ loop: null }));
  attempt("TaskGroup(loop)", () => new asyncio.TaskGroup({ loop: null }));

  // Misspelled keywords: Python suggests the closest parameter name.
  attempt("Semaphore(vlue)", () => new asyncio.Semaphore({ vlue: 2 }));
  attempt("Queue(max_size)", () => new asyncio.Queue({ max_size: 2 }));
  attempt("Queue(size)", () => new asyncio.Queue({ size: 2 }));
  attempt("Barrier(partys)", () => new asyncio.Barrier({ partys: 2 }));
  attempt("Condition(Lock)", () => new asyncio.Condition({ Lock: new asyncio.Lock() }));

  // Positional and keyword mistakes.
  attempt("Barrier()", () => new asyncio.Barrier());
  attempt("Lock(1)", () => new asyncio.Lock(1));
  attempt("Queue(1, 2)", () => new asyncio.Queue(1, 2));
  attempt("Barrier(2, 3)", () => new asyncio.Barrier(2, 3));
  attempt("Semaphore(1, value)", () => new asyncio.Semaphore(1, { value: 2 }));

  // The right keywords work.
  const sem = new asyncio.Semaphore({ value: 2 });
  await sem.acquire();
  print("Semaphore(value=2) locked after one acquire:", sem.locked());
  print("Queue(maxsize=3):", new asyncio.Queue({ maxsize: 3 }));
  print("Barrier(parties=2):", new asyncio.Barrier({ parties: 2 }).parties);
  const lock = new asyncio.Lock();
  const cond = new asyncio.Condition({ lock });
  await cond.acquire();
  print("Condition(lock=lock) shares it:", lock.locked());
  cond.release();

  // The functions that take keywords say so too.
  const sleeper = asyncio.create_task(asyncio.sleep(1));
  for (const [label, call] of [
    ["gather", () => asyncio.gather(sleeper, { return_exception: true })],
    ["wait", () => asyncio.wait([sleeper], { timout: 1 })],
    ["wait fs", () => asyncio.wait([sleeper], { fs: [sleeper] })],
    ["as_completed", () => asyncio.as_completed([sleeper], { loop: null })],
    ["ensure_future", () => asyncio.ensure_future(sleeper, { lop: null })],
    ["wait_for", () => asyncio.wait_for(sleeper, { time_out: 1 })],
    ["wait_for()", () => asyncio.wait_for(sleeper)],
  ]) {
    try {
      const made = call();
      if (asyncio.iscoroutine(made)) await made;
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print(label, "TypeError:", e);
    }
  }

  // wait_for's timeout is positional or keyword.
  try {
    await asyncio.wait_for(asyncio.sleep(2), { timeout: 0.5 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timed out at", Math.round(asyncio.get_running_loop().time() * 10) / 10);
  }
  print("by keyword:", await asyncio.wait_for(asyncio.sleep(0.1, "done"), { timeout: 1 }));
  print("by position:", await asyncio.wait_for(asyncio.sleep(0.1, "done"), 1));
  sleeper.cancel();
}

asyncio.run(main());
