/**
 * Each program below is written in the compiled-coroutine form (what the playground compiler
 * emits for `async function`s) and is the twin of the Python program above it: the test runs
 * both — ours on this runtime, the twin under CPython 3.14 on the virtual-time loop — and
 * demands the same output.
 */
import { describe, expect, it } from "vitest";
import { await_ } from "../../src/asyncio/coroutines.ts";
import * as asyncio from "../../src/asyncio/index.ts";
import { print } from "../../src/asyncio/print.ts";
import { co, normalise, runProgram, runTwin } from "./asyncio-program.ts";

const LOCK_FIFO = `import asyncio

async def worker(name, lock):
    print(name, "wants, locked:", lock.locked())
    try:
        async with lock:
            print(name, "got it")
            await asyncio.sleep(0.1)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    print(lock)
    tasks = [asyncio.create_task(worker(n, lock)) for n in "abcd"]
    await asyncio.sleep(0)
    print(lock)
    tasks[2].cancel()
    await asyncio.sleep(0.15)
    late = asyncio.create_task(worker("late", lock))
    await asyncio.gather(*tasks, late, return_exceptions=True)
    print([t.cancelled() for t in tasks])
    print(lock)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
`;

const LOCK_CHOSEN_CANCEL = `import asyncio

async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled after being chosen")
        raise
    print(name, "acquired")
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    print("locked after release:", lock.locked())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(a.cancelled(), b.done(), lock.locked())

asyncio.run(main())
`;

const EVENT = `import asyncio

async def waiter(name, ev):
    print(name, "waiting")
    r = await ev.wait()
    print(name, "woke", r)

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    print("set:", ev.is_set(), ev)
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    t = asyncio.create_task(waiter("w4", ev))
    await asyncio.sleep(0.5)
    ev.set()
    ev.clear()
    await t

asyncio.run(main())
`;

const CONDITION = `import asyncio

async def consumer(name, cond, items):
    async with cond:
        print(name, "waiting")
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(n, cond, items)) for n in ("c1", "c2", "c3", "c4")]
    await asyncio.sleep(0)
    print(cond)
    async with cond:
        items.append(1)
        cond.notify()
        print("notified one")
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3, 4])
        cond.notify_all()
        print("notified all", cond)
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
`;

const SEMAPHORE = `import asyncio

async def job(name, sem, t):
    async with sem:
        print(name, "in; locked:", sem.locked())
        await asyncio.sleep(t)
    print(name, "out")

async def main():
    sem = asyncio.Semaphore(2)
    print(sem)
    tasks = [asyncio.create_task(job(f"j{i}", sem, 0.1 * (i + 1))) for i in range(5)]
    await asyncio.sleep(0)
    print(sem)
    await asyncio.gather(*tasks)
    print(sem, sem.locked())
    # a free slot is not taken while others are queued
    s = asyncio.Semaphore(0)
    async def acq(n):
        await s.acquire()
        print(n, "acquired")
    a = asyncio.create_task(acq("a"))
    await asyncio.sleep(0)
    s.release()
    print("released; locked:", s.locked())
    b = asyncio.create_task(acq("b"))
    await asyncio.sleep(0)
    print(a.done(), b.done())
    s.release()
    await asyncio.gather(a, b)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
`;

const BARRIER = `import asyncio

async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting:", barrier.n_waiting)
    i = await barrier.wait()
    print(name, "passes with index", i)
    async with barrier as j:
        print(name, "second round", j)

async def breaker(barrier):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)

async def main():
    b = asyncio.Barrier(3)
    print(b)
    await asyncio.gather(party("p1", b, 0.1), party("p2", b, 0.2), party("p3", b, 0.3))
    print(b, b.broken)
    t = asyncio.create_task(breaker(b))
    await asyncio.sleep(0)
    print(b)
    await b.reset()
    await t
    print(b)
    t = asyncio.create_task(breaker(b))
    await asyncio.sleep(0)
    await b.abort()
    await t
    print(b, b.broken)
    await breaker(b)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
`;

const WAKE_CANCEL = `import asyncio

async def cond_waiter(name, cond):
    async with cond:
        try:
            await cond.wait()
            print(name, "notified")
        except asyncio.CancelledError:
            print(name, "cancelled, holds the lock:", cond.locked())
            raise

async def sem_waiter(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled after its wake-up")
        raise
    print(name, "acquired")

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(cond_waiter("a", cond))
    b = asyncio.create_task(cond_waiter("b", cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(a.cancelled(), b.done(), cond.locked())
    sem = asyncio.Semaphore(0)
    c = asyncio.create_task(sem_waiter("c", sem))
    d = asyncio.create_task(sem_waiter("d", sem))
    await asyncio.sleep(0)
    sem.release()
    c.cancel()
    print(sem)
    await asyncio.gather(c, d, return_exceptions=True)
    print(c.cancelled(), d.done(), sem)

asyncio.run(main())
`;

/** lock_fifo.py */
function lockFifo() {
  function worker(name: string, lock: asyncio.Lock) {
    return co(
      "worker",
      3,
      (function* () {
        print(name, "wants, locked:", lock.locked());
        try {
          yield* await_(
            asyncio.async_with(lock, () =>
              co(
                "<body>",
                6,
                (function* () {
                  print(name, "got it");
                  yield* await_(asyncio.sleep(0.1), 8);
                })(),
              ),
            ),
            6,
          );
          print(name, "released");
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print(name, "cancelled while waiting");
          throw e;
        }
      })(),
    );
  }
  return co(
    "main",
    14,
    (function* () {
      const lock = new asyncio.Lock();
      print(lock);
      const tasks = ["a", "b", "c", "d"].map((n) => asyncio.create_task(worker(n, lock)));
      yield* await_(asyncio.sleep(0), 18);
      print(lock);
      tasks[2]!.cancel();
      yield* await_(asyncio.sleep(0.15), 21);
      const late = asyncio.create_task(worker("late", lock));
      yield* await_(asyncio.gather(...tasks, late, { return_exceptions: true }), 23);
      print(tasks.map((t) => t.cancelled()));
      print(lock);
      try {
        lock.release();
      } catch (e) {
        print("RuntimeError:", e);
      }
    })(),
  );
}

/** lock_chosen_cancel.py */
function lockChosenCancel() {
  function waiter(name: string, lock: asyncio.Lock) {
    return co(
      "waiter",
      3,
      (function* () {
        try {
          yield* await_(lock.acquire(), 5);
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print(name, "cancelled after being chosen");
          throw e;
        }
        print(name, "acquired");
        lock.release();
      })(),
    );
  }
  return co(
    "main",
    12,
    (function* () {
      const lock = new asyncio.Lock();
      yield* await_(lock.acquire(), 14);
      const a = asyncio.create_task(waiter("a", lock));
      const b = asyncio.create_task(waiter("b", lock));
      yield* await_(asyncio.sleep(0), 17);
      lock.release();
      a.cancel();
      print("locked after release:", lock.locked());
      yield* await_(asyncio.sleep(0), 21);
      yield* await_(asyncio.sleep(0), 22);
      print(a.cancelled(), b.done(), lock.locked());
    })(),
  );
}

/** event.py */
function event() {
  function waiter(name: string, ev: asyncio.Event) {
    return co(
      "waiter",
      3,
      (function* () {
        print(name, "waiting");
        const r = yield* await_(ev.wait(), 5);
        print(name, "woke", r);
      })(),
    );
  }
  return co(
    "main",
    8,
    (function* () {
      const ev = new asyncio.Event();
      const tasks = ["w1", "w2", "w3"].map((n) => asyncio.create_task(waiter(n, ev)));
      yield* await_(asyncio.sleep(0), 11);
      print(ev);
      ev.set();
      print("set:", ev.is_set(), ev);
      yield* await_(asyncio.sleep(0), 15);
      print("after one step");
      yield* await_(asyncio.gather(...tasks), 17);
      print(yield* await_(ev.wait(), 18));
      ev.clear();
      print(ev.is_set());
      const t = asyncio.create_task(waiter("w4", ev));
      yield* await_(asyncio.sleep(0.5), 22);
      ev.set();
      ev.clear();
      yield* await_(t, 25);
    })(),
  );
}

/** condition.py */
function condition() {
  function consumer(name: string, cond: asyncio.Condition, items: number[]) {
    return co(
      "consumer",
      3,
      (function* () {
        yield* await_(
          asyncio.async_with(cond, () =>
            co(
              "<body>",
              4,
              (function* () {
                print(name, "waiting");
                yield* await_(
                  cond.wait_for(() => items.length),
                  6,
                );
                print(name, "took", items.shift());
              })(),
            ),
          ),
          4,
        );
      })(),
    );
  }
  return co(
    "main",
    9,
    (function* () {
      const cond = new asyncio.Condition();
      const items: number[] = [];
      const tasks = ["c1", "c2", "c3", "c4"].map((n) =>
        asyncio.create_task(consumer(n, cond, items)),
      );
      yield* await_(asyncio.sleep(0), 13);
      print(cond);
      yield* await_(
        asyncio.async_with(cond, () =>
          co(
            "<body>",
            15,
            (function* () {
              items.push(1);
              cond.notify();
              print("notified one");
            })(),
          ),
        ),
        15,
      );
      yield* await_(asyncio.sleep(0), 19);
      yield* await_(
        asyncio.async_with(cond, () =>
          co(
            "<body>",
            20,
            (function* () {
              items.push(2, 3, 4);
              cond.notify_all();
              print("notified all", cond);
            })(),
          ),
        ),
        20,
      );
      yield* await_(asyncio.gather(...tasks), 24);
      try {
        cond.notify();
      } catch (e) {
        print("RuntimeError:", e);
      }
      try {
        yield* await_(cond.wait(), 30);
      } catch (e) {
        print("RuntimeError:", e);
      }
    })(),
  );
}

/** semaphore.py */
function semaphore() {
  function job(name: string, sem: asyncio.Semaphore, t: number) {
    return co(
      "job",
      3,
      (function* () {
        yield* await_(
          asyncio.async_with(sem, () =>
            co(
              "<body>",
              4,
              (function* () {
                print(name, "in; locked:", sem.locked());
                yield* await_(asyncio.sleep(t), 6);
              })(),
            ),
          ),
          4,
        );
        print(name, "out");
      })(),
    );
  }
  return co(
    "main",
    9,
    (function* () {
      const sem = new asyncio.Semaphore(2);
      print(sem);
      const tasks = [0, 1, 2, 3, 4].map((i) =>
        asyncio.create_task(job(`j${i}`, sem, 0.1 * (i + 1))),
      );
      yield* await_(asyncio.sleep(0), 13);
      print(sem);
      yield* await_(asyncio.gather(...tasks), 15);
      print(sem, sem.locked());
      const s = new asyncio.Semaphore(0);
      function acq(n: string) {
        return co(
          "acq",
          19,
          (function* () {
            yield* await_(s.acquire(), 20);
            print(n, "acquired");
          })(),
        );
      }
      const a = asyncio.create_task(acq("a"));
      yield* await_(asyncio.sleep(0), 23);
      s.release();
      print("released; locked:", s.locked());
      const b = asyncio.create_task(acq("b"));
      yield* await_(asyncio.sleep(0), 27);
      print(a.done(), b.done());
      s.release();
      yield* await_(asyncio.gather(a, b), 30);
      const bs = new asyncio.BoundedSemaphore(1);
      yield* await_(bs.acquire(), 32);
      bs.release();
      try {
        bs.release();
      } catch (e) {
        print("ValueError:", e);
      }
      try {
        new asyncio.Semaphore(-1);
      } catch (e) {
        print("ValueError:", e);
      }
    })(),
  );
}

/** barrier.py */
function barrier() {
  function party(name: string, b: asyncio.Barrier, delay: number) {
    return co(
      "party",
      3,
      (function* () {
        yield* await_(asyncio.sleep(delay), 4);
        print(name, "arrives; waiting:", b.n_waiting);
        const i = yield* await_(b.wait(), 6);
        print(name, "passes with index", i);
        yield* await_(
          asyncio.async_with(b, (j: number) =>
            co(
              "<body>",
              8,
              (function* () {
                print(name, "second round", j);
              })(),
            ),
          ),
          8,
        );
      })(),
    );
  }
  function breaker(b: asyncio.Barrier) {
    return co(
      "breaker",
      11,
      (function* () {
        try {
          yield* await_(b.wait(), 13);
        } catch (e) {
          if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
          print("BrokenBarrierError:", e);
        }
      })(),
    );
  }
  return co(
    "main",
    17,
    (function* () {
      const b = new asyncio.Barrier(3);
      print(b);
      yield* await_(
        asyncio.gather(party("p1", b, 0.1), party("p2", b, 0.2), party("p3", b, 0.3)),
        20,
      );
      print(b, b.broken);
      let t = asyncio.create_task(breaker(b));
      yield* await_(asyncio.sleep(0), 23);
      print(b);
      yield* await_(b.reset(), 25);
      yield* await_(t, 26);
      print(b);
      t = asyncio.create_task(breaker(b));
      yield* await_(asyncio.sleep(0), 29);
      yield* await_(b.abort(), 30);
      yield* await_(t, 31);
      print(b, b.broken);
      yield* await_(breaker(b), 33);
      try {
        new asyncio.Barrier(0);
      } catch (e) {
        print("ValueError:", e);
      }
    })(),
  );
}

/** wake_cancel.py */
function wakeCancel() {
  function cond_waiter(name: string, cond: asyncio.Condition) {
    return co(
      "cond_waiter",
      3,
      (function* () {
        yield* await_(
          asyncio.async_with(cond, () =>
            co(
              "<body>",
              4,
              (function* () {
                try {
                  yield* await_(cond.wait(), 6);
                  print(name, "notified");
                } catch (e) {
                  if (e instanceof asyncio.CancelledError)
                    print(name, "cancelled, holds the lock:", cond.locked());
                  throw e;
                }
              })(),
            ),
          ),
          4,
        );
      })(),
    );
  }
  function sem_waiter(name: string, sem: asyncio.Semaphore) {
    return co(
      "sem_waiter",
      12,
      (function* () {
        try {
          yield* await_(sem.acquire(), 14);
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print(name, "cancelled after its wake-up");
          throw e;
        }
        print(name, "acquired");
      })(),
    );
  }
  return co(
    "main",
    20,
    (function* () {
      const cond = new asyncio.Condition();
      const a = asyncio.create_task(cond_waiter("a", cond));
      const b = asyncio.create_task(cond_waiter("b", cond));
      yield* await_(asyncio.sleep(0), 24);
      yield* await_(
        asyncio.async_with(cond, () =>
          co(
            "<body>",
            25,
            (function* () {
              cond.notify(1);
              a.cancel();
            })(),
          ),
        ),
        25,
      );
      yield* await_(asyncio.gather(a, b, { return_exceptions: true }), 28);
      print(a.cancelled(), b.done(), cond.locked());
      const sem = new asyncio.Semaphore(0);
      const c = asyncio.create_task(sem_waiter("c", sem));
      const d = asyncio.create_task(sem_waiter("d", sem));
      yield* await_(asyncio.sleep(0), 33);
      sem.release();
      c.cancel();
      print(sem);
      yield* await_(asyncio.gather(c, d, { return_exceptions: true }), 37);
      print(c.cancelled(), d.done(), sem);
    })(),
  );
}

describe("locks print what CPython 3.14 prints", () => {
  const cases = [
    ["Lock: FIFO waiters, a cancelled waiter is skipped, newcomers queue", lockFifo, LOCK_FIFO],
    [
      "Lock: a waiter cancelled after being chosen passes the lock on",
      lockChosenCancel,
      LOCK_CHOSEN_CANCEL,
    ],
    ["Event: set wakes every waiter in order; clear; wait on a set event", event, EVENT],
    [
      "Condition: notify wakes the oldest waiter, notify_all the rest, in order",
      condition,
      CONDITION,
    ],
    ["Semaphore: wake order, locked() with queued waiters, BoundedSemaphore", semaphore, SEMAPHORE],
    ["Barrier: phases, indices, reset and abort", barrier, BARRIER],
    [
      "Condition and Semaphore: a waiter cancelled after its wake-up passes it on",
      wakeCancel,
      WAKE_CANCEL,
    ],
  ] as const;
  for (const [title, main, py] of cases) {
    it(title, async () => {
      const cpython = await runTwin(py);
      const ours = runProgram(main);
      expect(normalise(ours.stdout)).toBe(normalise(cpython.stdout));
      expect(ours.stderr).toBe(cpython.stderr);
    });
  }
});
