/**
 * The core in isolation — heap, clock, handles, futures, tasks — each compared with what
 * CPython 3.14 does with the same inputs (run through the twin harness, never copied).
 */
import { describe, expect, test } from "vitest";
import { BaseEventLoop, loopHooks } from "../../src/asyncio/base_events.ts";
import { VirtualClock } from "../../src/asyncio/clocks.ts";
import { await_, coroutine } from "../../src/asyncio/coroutines.ts";
import { heapify, heappop, heappush } from "../../src/asyncio/heapq.ts";
import * as asyncio from "../../src/asyncio/index.ts";
import { repr } from "../../src/asyncio/print.ts";
import { _reset_tasks } from "../../src/asyncio/tasks.ts";
import { runPython } from "../../twin/cpython.ts";

/** A seeded generator, so every run tests the same sequences. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function python(source: string): Promise<string> {
  const run = await runPython(source, { filename: "core.py" });
  if (run.error) throw new Error(`${run.error}\n${run.stderr}`);
  return run.stdout;
}

describe("heapq", () => {
  test("push/pop order with ties matches Python's heapq for pairs [key, index]", async () => {
    const next = random(7);
    const sequences = Array.from({ length: 20 }, () =>
      Array.from({ length: 40 }, (_, i) => [Math.floor(next() * 5), i] as [number, number]),
    );
    // Ties on the key alone: compare by key only, as TimerHandle compares by `when`.
    const byKey = (a: unknown, b: unknown) => (a as number[])[0] < (b as number[])[0];
    const ours = sequences
      .map((items) => {
        const heap: [number, number][] = [];
        for (const item of items) heappush(heap, item, byKey);
        const order: number[] = [];
        while (heap.length) order.push(heappop(heap, byKey)[1]);
        return order.join(" ");
      })
      .join("\n");
    const theirs = await python(`
import heapq
class Key:
    def __init__(self, key, index): self.key, self.index = key, index
    def __lt__(self, other): return self.key < other.key
sequences = ${JSON.stringify(sequences)}
for items in sequences:
    heap = []
    for key, index in items: heapq.heappush(heap, Key(key, index))
    print(" ".join(str(heapq.heappop(heap).index) for _ in range(len(items))))
`);
    expect(`${ours}\n`).toBe(theirs);
  });

  test("heapify then pop gives Python's order for tuples", async () => {
    const next = random(11);
    const items = Array.from({ length: 50 }, () => [
      Math.floor(next() * 4),
      Math.floor(next() * 4),
    ]);
    const heap = items.map((item) => [...item]);
    heapify(heap);
    const ours: string[] = [];
    while (heap.length) ours.push(heappop(heap).join(","));
    const theirs = await python(`
import heapq
heap = [tuple(x) for x in ${JSON.stringify(items)}]
heapq.heapify(heap)
print(" ".join(",".join(map(str, heapq.heappop(heap))) for _ in range(len(heap))))
`);
    expect(`${ours.join(" ")}\n`).toBe(theirs);
  });
});

describe("the loop", () => {
  function newLoop(): BaseEventLoop {
    loopHooks.clock = () => new VirtualClock();
    _reset_tasks();
    return new BaseEventLoop();
  }

  test("ten call_at with the very same when fire in heap order, as CPython's", async () => {
    const loop = newLoop();
    const fired: string[] = [];
    for (let i = 0; i < 10; i++) loop.call_at(5, (name: string) => fired.push(name), `at${i}`);
    loop.call_at(6, () => loop.stop());
    loop.run_forever();
    loop.close();
    const theirs = await python(`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    fired = []
    for i in range(10): loop.call_at(5, fired.append, f"at{i}")
    loop.call_at(6, done.set_result, None)
    await done
    print(" ".join(fired))
asyncio.run(main())
`);
    expect(`${fired.join(" ")}\n`).toBe(theirs);
  });

  test("each read of the virtual clock moves it 1 ns; an idle loop jumps to the next timer", () => {
    const loop = newLoop();
    const t1 = loop.time();
    const t2 = loop.time();
    expect(t2 - t1).toBeCloseTo(1e-9, 15);
    let firedAt = 0;
    loop.call_later(5, () => {
      firedAt = loop.time();
      loop.stop();
    });
    const started = performance.now();
    loop.run_forever();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(firedAt).toBeGreaterThanOrEqual(5);
    expect(firedAt).toBeLessThan(5 + 1e-6);
    loop.close();
  });

  test("a cancelled handle is skipped; due timers queue behind what was ready", async () => {
    const loop = newLoop();
    const order: string[] = [];
    const log = (what: string) => order.push(what);
    loop.call_later(0, log, "timer");
    loop.call_soon(log, "soon-1");
    loop.call_soon(log, "cancelled").cancel();
    loop.call_soon(() => loop.call_soon(log, "soon-from-callback"));
    loop.call_soon(log, "soon-2");
    loop.call_later(0.001, () => loop.stop());
    loop.run_forever();
    loop.close();
    const theirs = await python(`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order = []
    loop.call_later(0, order.append, "timer")
    loop.call_soon(order.append, "soon-1")
    loop.call_soon(order.append, "cancelled").cancel()
    loop.call_soon(lambda: loop.call_soon(order.append, "soon-from-callback"))
    loop.call_soon(order.append, "soon-2")
    loop.call_later(0.001, done.set_result, None)
    await done
    print(" ".join(order))
asyncio.run(main())
`);
    // CPython's own run has main's task step first; ours starts with the callbacks, as this
    // loop runs no task: the relative order of the callbacks is what must match.
    expect(`${order.join(" ")}\n`).toBe(theirs);
  });
});

describe("futures and tasks", () => {
  test("done-callbacks run one loop turn after set_result, in registration order", async () => {
    const printed: string[] = [];
    const main = () =>
      coroutine(
        (function* () {
          const loop = asyncio.get_running_loop();
          const fut = loop.create_future<string>();
          fut.add_done_callback(() => printed.push("cb1"));
          fut.add_done_callback(() => printed.push("cb2"));
          fut.set_result("x");
          printed.push(`after set_result ${repr(fut.done())}`);
          yield* await_(asyncio.sleep(0), 1);
          printed.push("after one turn");
        })(),
        "main",
        "main",
        "core.ts",
        1,
      );
    _reset_tasks();
    asyncio.run(main());
    const theirs = await python(`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1"))
    fut.add_done_callback(lambda f: print("cb2"))
    fut.set_result("x")
    print("after set_result", fut.done())
    await asyncio.sleep(0)
    print("after one turn")
asyncio.run(main())
`);
    expect(`${printed.join("\n")}\n`).toBe(theirs);
  });

  test("cancel() throws CancelledError with its message at the await; cancelling() counts", async () => {
    const printed: string[] = [];
    const sleeper = () =>
      coroutine(
        (function* () {
          try {
            yield* await_(asyncio.sleep(10), 1);
          } catch (error) {
            printed.push(`caught ${(error as Error).constructor.name} ${(error as Error).message}`);
            throw error;
          }
        })(),
        "sleeper",
        "sleeper",
        "core.ts",
        1,
      );
    const main = () =>
      coroutine(
        (function* () {
          const task = asyncio.create_task(sleeper());
          yield* await_(asyncio.sleep(0), 1);
          task.cancel("enough");
          printed.push(`cancelling ${task.cancelling()} cancelled ${repr(task.cancelled())}`);
          try {
            yield* await_(task, 1);
          } catch (error) {
            printed.push(
              `main got ${(error as Error).constructor.name} ${(error as Error).message}`,
            );
          }
          printed.push(`cancelled ${repr(task.cancelled())} ${task.get_name()}`);
        })(),
        "main",
        "main",
        "core.ts",
        1,
      );
    _reset_tasks();
    asyncio.run(main());
    const theirs = await python(`
import asyncio
async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as error:
        print("caught", type(error).__name__, error)
        raise
async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel("enough")
    print("cancelling", task.cancelling(), "cancelled", task.cancelled())
    try:
        await task
    except asyncio.CancelledError as error:
        print("main got", type(error).__name__, error)
    print("cancelled", task.cancelled(), task.get_name())
asyncio.run(main())
`);
    expect(`${printed.join("\n")}\n`).toBe(theirs);
  });
});
