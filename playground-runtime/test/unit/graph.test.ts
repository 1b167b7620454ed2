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

const GRAPH = `import asyncio

async def leaf(ev):
    await ev.wait()

async def mid(ev):
    await leaf(ev)

async def show(): asyncio.print_call_graph()

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(mid(ev), name="worker")
    await asyncio.sleep(0)
    asyncio.print_call_graph(t)
    print(asyncio.format_call_graph(t, limit=1))
    print(asyncio.format_call_graph(t, limit=-1))
    await show()
    g = asyncio.capture_call_graph(t)
    print(type(g).__name__, len(g.call_stack), len(g.awaited_by))
    child = asyncio.create_task(show(), name="child")
    await child
    fut = asyncio.get_running_loop().create_future()
    asyncio.print_call_graph(fut)
    print(asyncio.format_call_graph(t, limit=0))
    ev.set()
    await t
    async with asyncio.TaskGroup() as tg:
        tg.create_task(show(), name="in-group")
    ev2 = asyncio.Event()
    h = asyncio.create_task(holder(asyncio.Lock(), ev2), name="holder")
    await asyncio.sleep(0)
    asyncio.print_call_graph(h)
    ev2.set()
    await h

async def holder(lock, ev):
    async with lock:
        await ev.wait()

asyncio.run(main())
`;

/** graph.py: every await is given the line of its Python twin, so the frames must agree. */
function graphProgram() {
  function leaf(ev: asyncio.Event) {
    return co(
      "leaf",
      3,
      (function* () {
        yield* await_(ev.wait(), 4);
      })(),
    );
  }
  function mid(ev: asyncio.Event) {
    return co(
      "mid",
      6,
      (function* () {
        yield* await_(leaf(ev), 7);
      })(),
    );
  }
  function show() {
    return co(
      "show",
      9,
      (function* () {
        asyncio.print_call_graph();
      })(),
    );
  }
  function holder(lock: asyncio.Lock, ev: asyncio.Event) {
    return co(
      "holder",
      37,
      (function* () {
        yield* await_(
          asyncio.async_with(lock, () =>
            co(
              "<body>",
              38,
              (function* () {
                yield* await_(ev.wait(), 39);
              })(),
            ),
          ),
          38,
        );
      })(),
    );
  }
  return co(
    "main",
    11,
    (function* () {
      const ev = new asyncio.Event();
      const t = asyncio.create_task(mid(ev), { name: "worker" });
      yield* await_(asyncio.sleep(0), 14);
      asyncio.print_call_graph(t);
      print(asyncio.format_call_graph(t, { limit: 1 }));
      print(asyncio.format_call_graph(t, { limit: -1 }));
      yield* await_(show(), 18);
      const g = asyncio.capture_call_graph(t)!;
      print(g.constructor.name, g.call_stack.length, g.awaited_by.length);
      const child = asyncio.create_task(show(), { name: "child" });
      yield* await_(child, 22);
      const fut = asyncio.get_running_loop().create_future();
      asyncio.print_call_graph(fut);
      print(asyncio.format_call_graph(t, { limit: 0 }));
      ev.set();
      yield* await_(t, 27);
      yield* await_(
        asyncio.async_with(new asyncio.TaskGroup(), (tg: asyncio.TaskGroup) =>
          co(
            "<body>",
            28,
            (function* () {
              tg.create_task(show(), { name: "in-group" });
            })(),
          ),
        ),
        28,
      );
      const ev2 = new asyncio.Event();
      const h = asyncio.create_task(holder(new asyncio.Lock(), ev2), { name: "holder" });
      yield* await_(asyncio.sleep(0), 32);
      asyncio.print_call_graph(h);
      ev2.set();
      yield* await_(h, 35);
    })(),
  );
}

/**
 * Library frames differ by nature (`asyncio/locks.py` line 213 there, `asyncio/locks.ts` here)
 * and so does the program's file name: keep the function names and the program's lines.
 */
function sameShape(output: string): string {
  return normalise(output)
    .replace(/File '[^']*asyncio\/[a-z_]+\.(py|ts)', line \d+/g, "File '<asyncio>'")
    .replace(/File 'main\.(py|ts)'/g, "File 'main'");
}

describe("call graphs (output shape printed by CPython 3.14)", () => {
  it("print_call_graph / format_call_graph / capture_call_graph", async () => {
    const cpython = await runTwin(GRAPH);
    const ours = runProgram(graphProgram);
    expect(sameShape(ours.stdout)).toBe(sameShape(cpython.stdout));
    expect(ours.stderr).toBe(cpython.stderr);
  });
});
