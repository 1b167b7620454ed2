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

const QUEUE_HANDOFF = `import asyncio

async def producer(q, n):
    for i in range(n):
        print("put", i, "qsize", q.qsize(), "full", q.full())
        await q.put(i)
    print("producer done")

async def consumer(name, q):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0.1)
        q.task_done()

async def main():
    q = asyncio.Queue(2)
    print(q, q.maxsize, q.empty())
    consumers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await producer(q, 6)
    print(q)
    await q.join()
    print("joined", q.qsize(), q.empty())
    for c in consumers:
        c.cancel()
    q.put_nowait("x")
    q.put_nowait("y")
    try:
        q.put_nowait("z")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
`;

const QUEUE_KINDS = `import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (5, "e"), (0, "z")]:
        pq.put_nowait(item)
    order = []
    while not pq.empty():
        p, v = pq.get_nowait()
        order.append(f"{p}{v}")
    print(order)
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print(lq)
    print([await lq.get() for _ in range(4)])
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(q)
    getters[0].cancel()
    q.put_nowait("A")
    q.put_nowait("B")
    await asyncio.sleep(0)
    print([g.result() if not g.cancelled() else "cancelled" for g in getters])

asyncio.run(main())
`;

const QUEUE_SHUTDOWN = `import asyncio

async def getter(name, q):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "sees shutdown")

async def putter(q, item):
    try:
        await q.put(item)
        print("put", item)
    except asyncio.QueueShutDown:
        print("put", item, "refused")

async def main():
    q = asyncio.Queue(1)
    g = asyncio.create_task(getter("g", q))
    await q.put(1)
    await q.put(2)
    await asyncio.sleep(0)
    q.shutdown()
    print(q)
    await g
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown:
        print("put_nowait refused")
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait("a")
    p = asyncio.create_task(putter(q2, "b"))
    j = asyncio.create_task(q2.join())
    await asyncio.sleep(0)
    print(q2)
    q2.shutdown(immediate=True)
    await p
    await j
    print("join returned", q2.qsize())
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait: QueueShutDown")
    q3 = asyncio.Queue()
    q3.put_nowait("left")
    q3.shutdown()
    print(await q3.get())
    try:
        await q3.get()
    except asyncio.QueueShutDown:
        print("empty and shut down")

asyncio.run(main())
`;

const QUEUE_CANCEL = `import asyncio

async def putter(q, x):
    try:
        await q.put(x)
        print("put", x)
    except asyncio.CancelledError:
        print("putter", x, "cancelled after its wake-up")
        raise

async def getter(q, name):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled after its wake-up")
        raise

async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)
    p1 = asyncio.create_task(putter(q, 1))
    p2 = asyncio.create_task(putter(q, 2))
    await asyncio.sleep(0)
    print(q.get_nowait(), q)
    p1.cancel()
    await asyncio.gather(p1, p2, return_exceptions=True)
    print(q, p1.cancelled())
    q2 = asyncio.Queue()
    g1 = asyncio.create_task(getter(q2, "g1"))
    g2 = asyncio.create_task(getter(q2, "g2"))
    await asyncio.sleep(0)
    q2.put_nowait("item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(q2, g1.cancelled())

asyncio.run(main())
`;

/** queue_handoff.py */
function queueHandoff() {
  function producer(q: asyncio.Queue<number | string>, n: number) {
    return co(
      "producer",
      3,
      (function* () {
        for (let i = 0; i < n; i++) {
          print("put", i, "qsize", q.qsize(), "full", q.full());
          yield* await_(q.put(i), 6);
        }
        print("producer done");
      })(),
    );
  }
  function consumer(name: string, q: asyncio.Queue<number | string>) {
    return co(
      "consumer",
      9,
      (function* () {
        while (true) {
          const item = yield* await_(q.get(), 11);
          print(name, "got", item);
          yield* await_(asyncio.sleep(0.1), 13);
          q.task_done();
        }
      })(),
    );
  }
  return co(
    "main",
    16,
    (function* () {
      const q = new asyncio.Queue<number | string>(2);
      print(q, q.maxsize, q.empty());
      const consumers = [0, 1].map((i) => asyncio.create_task(consumer(`c${i}`, q)));
      yield* await_(producer(q, 6), 20);
      print(q);
      yield* await_(q.join(), 22);
      print("joined", q.qsize(), q.empty());
      for (const c of consumers) c.cancel();
      q.put_nowait("x");
      q.put_nowait("y");
      try {
        q.put_nowait("z");
      } catch (e) {
        if (e instanceof asyncio.QueueFull) print("QueueFull");
      }
      print(q.get_nowait(), q.get_nowait());
      try {
        q.get_nowait();
      } catch (e) {
        if (e instanceof asyncio.QueueEmpty) print("QueueEmpty");
      }
      q.task_done();
      q.task_done();
      try {
        q.task_done();
      } catch (e) {
        print("ValueError:", e);
      }
    })(),
  );
}

/** queue_kinds.py */
function queueKinds() {
  return co(
    "main",
    3,
    (function* () {
      const pq = new asyncio.PriorityQueue<[number, string]>();
      const items: [number, string][] = [
        [3, "c"],
        [1, "a"],
        [2, "b"],
        [1, "aa"],
        [5, "e"],
        [0, "z"],
      ];
      for (const item of items) pq.put_nowait(item);
      const order: string[] = [];
      while (!pq.empty()) {
        const [p, v] = pq.get_nowait();
        order.push(`${p}${v}`);
      }
      print(order);
      const lq = new asyncio.LifoQueue<number>();
      for (let i = 0; i < 4; i++) yield* await_(lq.put(i), 14);
      print(lq);
      const out: number[] = [];
      for (let i = 0; i < 4; i++) out.push(yield* await_(lq.get(), 16));
      print(out);
      const q = new asyncio.Queue<string>();
      const getters = [0, 1, 2].map(() => asyncio.create_task(q.get()));
      yield* await_(asyncio.sleep(0), 19);
      print(q);
      getters[0]!.cancel();
      q.put_nowait("A");
      q.put_nowait("B");
      yield* await_(asyncio.sleep(0), 24);
      print(getters.map((g) => (g.cancelled() ? "cancelled" : g.result())));
    })(),
  );
}

/** queue_shutdown.py */
function queueShutdown() {
  function getter(name: string, q: asyncio.Queue<number>) {
    return co(
      "getter",
      3,
      (function* () {
        try {
          while (true) {
            const item = yield* await_(q.get(), 6);
            print(name, "got", item);
            q.task_done();
          }
        } catch (e) {
          if (!(e instanceof asyncio.QueueShutDown)) throw e;
          print(name, "sees shutdown");
        }
      })(),
    );
  }
  function putter(q: asyncio.Queue<string>, item: string) {
    return co(
      "putter",
      12,
      (function* () {
        try {
          yield* await_(q.put(item), 14);
          print("put", item);
        } catch (e) {
          if (!(e instanceof asyncio.QueueShutDown)) throw e;
          print("put", item, "refused");
        }
      })(),
    );
  }
  return co(
    "main",
    19,
    (function* () {
      const q = new asyncio.Queue<number>(1);
      const g = asyncio.create_task(getter("g", q));
      yield* await_(q.put(1), 22);
      yield* await_(q.put(2), 23);
      yield* await_(asyncio.sleep(0), 24);
      q.shutdown();
      print(q);
      yield* await_(g, 27);
      try {
        q.put_nowait(3);
      } catch (e) {
        if (e instanceof asyncio.QueueShutDown) print("put_nowait refused");
      }
      const q2 = new asyncio.Queue<string>({ maxsize: 1 });
      q2.put_nowait("a");
      const p = asyncio.create_task(putter(q2, "b"));
      const j = asyncio.create_task(q2.join());
      yield* await_(asyncio.sleep(0), 36);
      print(q2);
      q2.shutdown({ immediate: true });
      yield* await_(p, 39);
      yield* await_(j, 40);
      print("join returned", q2.qsize());
      try {
        q2.get_nowait();
      } catch (e) {
        if (e instanceof asyncio.QueueShutDown) print("get_nowait: QueueShutDown");
      }
      const q3 = new asyncio.Queue<string>();
      q3.put_nowait("left");
      q3.shutdown();
      print(yield* await_(q3.get(), 49));
      try {
        yield* await_(q3.get(), 51);
      } catch (e) {
        if (e instanceof asyncio.QueueShutDown) print("empty and shut down");
      }
    })(),
  );
}

/** queue_cancel.py */
function queueCancel() {
  function putter(q: asyncio.Queue<number>, x: number) {
    return co(
      "putter",
      3,
      (function* () {
        try {
          yield* await_(q.put(x), 5);
          print("put", x);
        } catch (e) {
          if (e instanceof asyncio.CancelledError)
            print("putter", x, "cancelled after its wake-up");
          throw e;
        }
      })(),
    );
  }
  function getter(q: asyncio.Queue<string>, name: string) {
    return co(
      "getter",
      11,
      (function* () {
        try {
          print(name, "got", yield* await_(q.get(), 13));
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print(name, "cancelled after its wake-up");
          throw e;
        }
      })(),
    );
  }
  return co(
    "main",
    18,
    (function* () {
      const q = new asyncio.Queue<number>(1);
      q.put_nowait(0);
      const p1 = asyncio.create_task(putter(q, 1));
      const p2 = asyncio.create_task(putter(q, 2));
      yield* await_(asyncio.sleep(0), 23);
      print(q.get_nowait(), q);
      p1.cancel();
      yield* await_(asyncio.gather(p1, p2, { return_exceptions: true }), 26);
      print(q, p1.cancelled());
      const q2 = new asyncio.Queue<string>();
      const g1 = asyncio.create_task(getter(q2, "g1"));
      const g2 = asyncio.create_task(getter(q2, "g2"));
      yield* await_(asyncio.sleep(0), 31);
      q2.put_nowait("item");
      g1.cancel();
      yield* await_(asyncio.gather(g1, g2, { return_exceptions: true }), 34);
      print(q2, g1.cancelled());
    })(),
  );
}

describe("queues print what CPython 3.14 prints", () => {
  const cases = [
    [
      "Queue(2): hand-off order with maxsize, join/task_done, QueueFull/QueueEmpty",
      queueHandoff,
      QUEUE_HANDOFF,
    ],
    ["PriorityQueue and LifoQueue order; a cancelled getter is skipped", queueKinds, QUEUE_KINDS],
    [
      "shutdown: getters drain then raise, putters refused, immediate unblocks join",
      queueShutdown,
      QUEUE_SHUTDOWN,
    ],
    [
      "a putter or getter cancelled after its wake-up passes it to the next in line",
      queueCancel,
      QUEUE_CANCEL,
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
