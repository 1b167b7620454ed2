/**
 * The core's user-visible behaviour — handles, futures, tasks, gather, wait, wait_for,
 * as_completed, shield, timeouts, run/Runner, print — each program written in the
 * compiled-coroutine form (`coroutine(function* () {…}())` and `yield* await_(x, line)`, what
 * the playground compiler emits) next to its Python twin. The twin runs under CPython 3.14 on
 * the virtual-time loop; the expected output is whatever it prints.
 */
import { describe, expect, test } from "vitest";
import type { BaseEventLoop } from "../../src/asyncio/base_events.ts";
import { await_ } from "../../src/asyncio/coroutines.ts";
import { ValueError } from "../../src/asyncio/exceptions.ts";
import * as asyncio from "../../src/asyncio/index.ts";
import { print, repr, str } from "../../src/asyncio/print.ts";
import type { Task } from "../../src/asyncio/tasks.ts";
import * as time from "../../src/stdlib/time.ts";
import { co, type Printed, runScript, runTwin } from "./asyncio-program.ts";

/** Runs `program` with the end-of-program reports; our file is main.ts, the twin's main.py. */
function ours(program: () => void): Printed {
  const printed = runScript(program, { reports: true });
  return { stdout: printed.stdout.replaceAll("main.ts", "main.py"), stderr: printed.stderr };
}

async function expectSameStdout(program: () => void, python: string): Promise<void> {
  const twin = await runTwin(python);
  expect(twin.error).toBeUndefined();
  expect(ours(program).stdout).toBe(twin.stdout);
}

const name = (error: unknown) => (error as Error).constructor.name;

function bad(): never {
  throw new ValueError("bad callback");
}

describe("handles and the loop", () => {
  test("call_soon FIFO, call_later(0) after the ready ones, cancel, errors reach the handler", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const loop = asyncio.get_running_loop();
          const log = (what: string) => print(what);
          loop.call_later(0, log, "later-0");
          const h = loop.call_soon(log, "soon-cancelled");
          loop.call_soon(log, "soon-1");
          loop.call_soon(bad);
          loop.call_soon(log, "soon-2");
          h.cancel();
          print(
            h.cancelled(),
            repr(loop.call_at(10, log, "never")).startsWith("<TimerHandle when=10 "),
          );
          loop.set_exception_handler((_loop: BaseEventLoop, context) => {
            print("handler:", context.message.split(" at ")[0], repr(context.exception));
          });
          yield* await_(asyncio.sleep(0.001), 14);
          print("t ok", loop.time() > 0.001, loop.time() < 0.0011);
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `import asyncio
def bad():
    raise ValueError("bad callback")
async def main():
    loop = asyncio.get_running_loop()
    log = print
    loop.call_later(0, log, "later-0")
    h = loop.call_soon(log, "soon-cancelled")
    loop.call_soon(log, "soon-1")
    loop.call_soon(bad)
    loop.call_soon(log, "soon-2")
    h.cancel()
    print(h.cancelled(), repr(loop.call_at(10, log, "never")).startswith("<TimerHandle when=10 "))
    loop.set_exception_handler(lambda loop, context: print("handler:", context["message"].split(" at ")[0], repr(context["exception"])))
    await asyncio.sleep(0.001)
    print("t ok", loop.time() > 0.001, loop.time() < 0.0011)
asyncio.run(main())
`,
    );
  });

  test("the virtual clock: 1 ns per read, time.sleep holds the loop, timers wait their turn", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const loop = asyncio.get_running_loop();
          const a = loop.time();
          const b = time.monotonic();
          print(Math.round((b - a) * 1e9));
          loop.call_later(0.5, () => print("timer at", Math.round(loop.time() * 10)));
          time.sleep(2);
          print("slept", Math.round(loop.time()));
          yield* await_(asyncio.sleep(0), 7);
          print("after", Math.round(loop.time()));
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `import asyncio, time
async def main():
    loop = asyncio.get_running_loop()
    a = loop.time()
    b = time.monotonic()
    print(round((b - a) * 1e9))
    loop.call_later(0.5, lambda: print("timer at", round(loop.time() * 10)))
    time.sleep(2)
    print("slept", round(loop.time()))
    await asyncio.sleep(0)
    print("after", round(loop.time()))
asyncio.run(main())
`,
    );
  });
});

describe("futures", () => {
  test("states, reprs, errors and callbacks", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const loop = asyncio.get_running_loop();
          const f = loop.create_future<unknown>();
          print(repr(f));
          try {
            f.result();
          } catch (error) {
            print(name(error), str(error));
          }
          f.set_result("x".repeat(40));
          print(repr(f));
          try {
            f.set_result(1);
          } catch (error) {
            print(name(error), str(error));
          }
          const g = loop.create_future();
          g.set_result([1, 2, 3, 4, 5, 6, 7, 8]);
          print(repr(g));
          const c = loop.create_future();
          print(c.cancel("why"), c.cancel(), c.cancelled(), repr(c));
          try {
            c.result();
          } catch (error) {
            print(name(error), repr(error));
          }
          const e = loop.create_future();
          e.set_exception(new ValueError("boom"));
          print(repr(e), repr(e.exception()));
          const order: string[] = [];
          const h = loop.create_future();
          const cb = () => order.push("cb");
          h.add_done_callback(cb);
          h.add_done_callback(() => order.push("other"));
          h.add_done_callback(cb);
          print(h.remove_done_callback(cb));
          h.set_result(null);
          print(order.length);
          yield* await_(asyncio.sleep(0), 30);
          print(order.join(" "), repr(yield* await_(h, 31)));
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    try:
        f.result()
    except Exception as error:
        print(type(error).__name__, error)
    f.set_result("x" * 40)
    print(repr(f))
    try:
        f.set_result(1)
    except Exception as error:
        print(type(error).__name__, "invalid state")
    g = loop.create_future()
    g.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    print(repr(g))
    c = loop.create_future()
    print(c.cancel("why"), c.cancel(), c.cancelled(), repr(c))
    try:
        c.result()
    except BaseException as error:
        print(type(error).__name__, repr(error))
    e = loop.create_future()
    e.set_exception(ValueError("boom"))
    print(repr(e), repr(e.exception()))
    order = []
    h = loop.create_future()
    cb = lambda f: order.append("cb")
    h.add_done_callback(cb)
    h.add_done_callback(lambda f: order.append("other"))
    h.add_done_callback(cb)
    print(h.remove_done_callback(cb))
    h.set_result(None)
    print(len(order))
    await asyncio.sleep(0)
    print(" ".join(order), repr(await h))
asyncio.run(main())
`,
    );
  });

  test("an exception nobody retrieved is logged, with the future's repr", async () => {
    const program = () =>
      asyncio.run(
        co(
          "main",
          1,
          (function* () {
            const loop = asyncio.get_running_loop();
            loop.create_future().set_exception(new ValueError("lost"));
            const t = asyncio.create_task(
              co(
                "fails",
                5,
                (function* () {
                  throw new ValueError("task lost");
                })(),
              ),
            );
            yield* await_(asyncio.sleep(0.1), 8);
            print(t.done());
          })(),
        ),
      );
    const twin = await runTwin(`import asyncio
async def main():
    loop = asyncio.get_running_loop()
    loop.create_future().set_exception(ValueError("lost"))
    async def fails():
        raise ValueError("task lost")
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print(t.done())
asyncio.run(main())
`);
    const got = ours(program);
    expect(got.stdout).toBe(twin.stdout);
    const headings = (text: string) =>
      text
        .split("\n")
        .filter((line) => /never retrieved|^future: /.test(line))
        .map((line) => line.replace(/ coro=<.*?\) (done|running)[^>]*>/, ""))
        .sort();
    expect(headings(got.stderr)).toEqual(headings(twin.stderr));
  });
});

describe("tasks", () => {
  const ping = (label: string, n: number) =>
    co(
      "ping",
      2,
      (function* () {
        for (let i = 0; i < n; i++) {
          print(label, i);
          yield* await_(asyncio.sleep(0), 5);
        }
        return label;
      })(),
    );
  const PING = `import asyncio
async def ping(label, n):
    for i in range(n):
        print(label, i)
        await asyncio.sleep(0)
    return label
`;

  test("names, round-robin on sleep(0), current_task, all_tasks, cancel/uncancel", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const a = asyncio.create_task(ping("a", 3));
          const b = asyncio.create_task(ping("b", 2), { name: "bee" });
          print(a.get_name(), b.get_name(), asyncio.current_task()?.get_name());
          print(asyncio.all_tasks().size);
          const results = yield* await_(asyncio.gather(a, b), 20);
          print(repr(results));
          const c = asyncio.create_task(ping("c", 5));
          yield* await_(asyncio.sleep(0), 23);
          print(c.cancel("stop"), c.cancelling(), c.uncancel(), c.cancel(), c.cancelling());
          try {
            yield* await_(c, 26);
          } catch (error) {
            print(name(error), repr(error), c.cancelled());
          }
          c.set_name(42);
          print(repr(c.get_name()), repr(c).replace(/ coro=<.*>/, ""));
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `${PING}
async def main():
    a = asyncio.create_task(ping("a", 3))
    b = asyncio.create_task(ping("b", 2), name="bee")
    print(a.get_name(), b.get_name(), asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    results = await asyncio.gather(a, b)
    print(repr(results))
    c = asyncio.create_task(ping("c", 5))
    await asyncio.sleep(0)
    print(c.cancel("stop"), c.cancelling(), c.uncancel(), c.cancel(), c.cancelling())
    try:
        await c
    except asyncio.CancelledError as error:
        print(type(error).__name__, repr(error), c.cancelled())
    c.set_name(42)
    import re
    print(repr(c.get_name()), re.sub(r" coro=<.*>", "", repr(c)))
asyncio.run(main())
`,
    );
  });

  test("eager tasks run their first step inside create_task", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory);
          print("before");
          const t = asyncio.create_task(ping("eager", 2));
          print("after create_task", t.done());
          const quick = asyncio.create_task(
            co(
              "quick",
              9,
              (function* () {
                return 7;
              })(),
            ),
          );
          print("quick", quick.done(), quick.result());
          yield* await_(t, 12);
          print("done");
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `${PING}
async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("before")
    t = asyncio.create_task(ping("eager", 2))
    print("after create_task", t.done())
    async def quick():
        return 7
    q = asyncio.create_task(quick())
    print("quick", q.done(), q.result())
    await t
    print("done")
asyncio.run(main())
`,
    );
  });

  test("asyncio.run: Task-1, shutdown steps use up Task-N, leftovers are cancelled", async () => {
    // One leftover at a time: the runner cancels what is left in all_tasks()'s set order,
    // which CPython does not fix.
    const main = (label: string, leave: boolean) =>
      co(
        "main",
        1,
        (function* () {
          print(label, asyncio.current_task()?.get_name());
          if (leave)
            asyncio.create_task(
              co(
                "left",
                4,
                (function* () {
                  try {
                    yield* await_(asyncio.sleep(10), 6);
                  } finally {
                    print("left cancelled in", asyncio.current_task()?.get_name());
                  }
                })(),
              ),
            );
          yield* await_(asyncio.sleep(0), 9);
          return label;
        })(),
      );
    await expectSameStdout(
      () => {
        print(asyncio.run(main("first", true)));
        const runner = new asyncio.Runner();
        print(runner.run(main("second", false)), runner.run(main("third", true)));
        runner.close();
      },
      `import asyncio
async def main(label, leave):
    print(label, asyncio.current_task().get_name())
    async def left():
        try:
            await asyncio.sleep(10)
        finally:
            print("left cancelled in", asyncio.current_task().get_name())
    if leave:
        asyncio.create_task(left())
    await asyncio.sleep(0)
    return label
print(asyncio.run(main("first", True)))
runner = asyncio.Runner()
print(runner.run(main("second", False)), runner.run(main("third", True)))
runner.close()
`,
    );
  });
});

describe("gather, wait, wait_for, as_completed, shield", () => {
  const work = (label: string, delay: number, fail = false) =>
    co(
      "work",
      2,
      (function* () {
        yield* await_(asyncio.sleep(delay), 3);
        print("finished", label);
        if (fail) throw new ValueError(label);
        return label;
      })(),
    );
  const WORK = `import asyncio
async def work(label, delay, fail=False):
    await asyncio.sleep(delay)
    print("finished", label)
    if fail:
        raise ValueError(label)
    return label
`;

  test("gather: argument order, return_exceptions, first error, cancelling the gather", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          print(repr(yield* await_(asyncio.gather(work("a", 0.3), work("b", 0.1)), 5)));
          const mixed = yield* await_(
            asyncio.gather(work("c", 0.1, true), work("d", 0.2), { return_exceptions: true }),
            8,
          );
          print(repr(mixed));
          try {
            yield* await_(asyncio.gather(work("e", 0.1, true), work("f", 0.2)), 11);
          } catch (error) {
            print("gather raised", repr(error));
          }
          yield* await_(asyncio.sleep(0.2), 14);
          const g = asyncio.gather(work("g", 1), work("h", 1));
          yield* await_(asyncio.sleep(0.1), 16);
          print("cancel", g.cancel());
          try {
            yield* await_(g, 19);
          } catch (error) {
            print("gather", name(error), g.cancelled());
          }
          print(repr(yield* await_(asyncio.gather(), 22)));
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `${WORK}
async def main():
    print(repr(await asyncio.gather(work("a", 0.3), work("b", 0.1))))
    mixed = await asyncio.gather(work("c", 0.1, True), work("d", 0.2), return_exceptions=True)
    print(repr(mixed))
    try:
        await asyncio.gather(work("e", 0.1, True), work("f", 0.2))
    except ValueError as error:
        print("gather raised", repr(error))
    await asyncio.sleep(0.2)
    g = asyncio.gather(work("g", 1), work("h", 1))
    await asyncio.sleep(0.1)
    print("cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError as error:
        print("gather", type(error).__name__, g.cancelled())
    print(repr(await asyncio.gather()))
asyncio.run(main())
`,
    );
  });

  test("wait: FIRST_COMPLETED, FIRST_EXCEPTION, timeout; wait_for: result, timeout, 0", async () => {
    const labels = (tasks: Set<Task>) =>
      [...tasks]
        .map((t) => t.get_name())
        .sort()
        .join(",");
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const t1 = asyncio.create_task(work("w1", 0.1), { name: "w1" });
          const t2 = asyncio.create_task(work("w2", 0.3), { name: "w2" });
          const t3 = asyncio.create_task(work("w3", 0.2, true), { name: "w3" });
          let [done, pending] = yield* await_(
            asyncio.wait([t1, t2, t3], { return_when: asyncio.FIRST_COMPLETED }),
            8,
          );
          print("first", labels(done), labels(pending));
          [done, pending] = yield* await_(
            asyncio.wait([t2, t3], { return_when: asyncio.FIRST_EXCEPTION }),
            12,
          );
          print("exception", labels(done), labels(pending), repr(t3.exception()));
          [done, pending] = yield* await_(asyncio.wait([t2], { timeout: 0.01 }), 15);
          print("timeout", labels(done), labels(pending));
          print(yield* await_(asyncio.wait_for(work("quick", 0.01), 1), 17));
          try {
            yield* await_(asyncio.wait_for(work("slow", 1), 0.05), 19);
          } catch (error) {
            print("wait_for", repr(error), name((error as Error).cause));
          }
          try {
            yield* await_(asyncio.wait_for(work("zero", 0), 0), 23);
          } catch (error) {
            print("wait_for 0", repr(error));
          }
          yield* await_(t2, 26);
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `${WORK}
async def main():
    labels = lambda tasks: ",".join(sorted(t.get_name() for t in tasks))
    t1 = asyncio.create_task(work("w1", 0.1), name="w1")
    t2 = asyncio.create_task(work("w2", 0.3), name="w2")
    t3 = asyncio.create_task(work("w3", 0.2, True), name="w3")
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_COMPLETED)
    print("first", labels(done), labels(pending))
    done, pending = await asyncio.wait([t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print("exception", labels(done), labels(pending), repr(t3.exception()))
    done, pending = await asyncio.wait([t2], timeout=0.01)
    print("timeout", labels(done), labels(pending))
    print(await asyncio.wait_for(work("quick", 0.01), 1))
    try:
        await asyncio.wait_for(work("slow", 1), 0.05)
    except TimeoutError as error:
        print("wait_for", repr(error), type(error.__cause__).__name__)
    try:
        await asyncio.wait_for(work("zero", 0), 0)
    except TimeoutError as error:
        print("wait_for 0", repr(error))
    await t2
asyncio.run(main())
`,
    );
  });

  test("as_completed: finishing order, timeout, getters awaited together", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          for (const next of asyncio.as_completed([
            work("x", 0.3),
            work("y", 0.1),
            work("z", 0.2),
          ])) {
            print("got", yield* await_(next, 4));
          }
          const its = [...asyncio.as_completed([work("p", 0.2), work("q", 0.1)])];
          print(repr(yield* await_(asyncio.gather(its[1], its[0]), 7)));
          try {
            for (const next of asyncio.as_completed([work("late", 1)], { timeout: 0.1 })) {
              yield* await_(next, 10);
            }
          } catch (error) {
            print("as_completed", repr(error));
          }
          yield* await_(asyncio.sleep(1), 14);
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `${WORK}
async def main():
    for nxt in asyncio.as_completed([work("x", 0.3), work("y", 0.1), work("z", 0.2)]):
        print("got", await nxt)
    its = list(asyncio.as_completed([work("p", 0.2), work("q", 0.1)]))
    print(repr(await asyncio.gather(its[1], its[0])))
    try:
        for nxt in asyncio.as_completed([work("late", 1)], timeout=0.1):
            await nxt
    except TimeoutError as error:
        print("as_completed", repr(error))
    await asyncio.sleep(1)
asyncio.run(main())
`,
    );
  });

  test("shield: the caller is cancelled, the shielded task carries on", async () => {
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const inner = asyncio.create_task(work("inner", 0.2));
          const waiter = asyncio.create_task(
            co(
              "waiter",
              5,
              (function* () {
                try {
                  return yield* await_(asyncio.shield(inner), 7);
                } catch (error) {
                  print("waiter", name(error));
                  throw error;
                }
              })(),
            ),
          );
          yield* await_(asyncio.sleep(0.1), 13);
          waiter.cancel();
          yield* await_(asyncio.sleep(0), 15);
          print("waiter cancelled", waiter.cancelled(), "inner done", inner.done());
          print("inner", yield* await_(inner, 17));
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `${WORK}
async def main():
    inner = asyncio.create_task(work("inner", 0.2))
    async def waiter():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError as error:
            print("waiter", type(error).__name__)
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.1)
    w.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled", w.cancelled(), "inner done", inner.done())
    print("inner", await inner)
asyncio.run(main())
`,
    );
  });
});

describe("timeouts", () => {
  test("timeout(), expired(), reschedule, repr, nested, timeout_at, async_with's value", async () => {
    const slow = () =>
      co(
        "slow",
        2,
        (function* () {
          yield* await_(asyncio.sleep(1), 3);
          return "slow done";
        })(),
      );
    const main = () =>
      co(
        "main",
        1,
        (function* () {
          const loop = asyncio.get_running_loop();
          const cm = asyncio.timeout(0.1);
          print(repr(cm));
          try {
            yield* await_(
              asyncio.async_with(cm, (t: asyncio.Timeout) =>
                co(
                  "body",
                  9,
                  (function* () {
                    print(repr(t));
                    return yield* await_(slow(), 11);
                  })(),
                ),
              ),
              8,
            );
          } catch (error) {
            print(repr(error), cm.expired(), repr(cm));
          }
          const value = yield* await_(
            asyncio.async_with(asyncio.timeout(5), (t: asyncio.Timeout) =>
              co(
                "body",
                18,
                (function* () {
                  t.reschedule(loop.time() + 2);
                  return yield* await_(slow(), 20);
                })(),
              ),
            ),
            17,
          );
          print(value);
          const outer = asyncio.timeout(0.05);
          try {
            yield* await_(
              asyncio.async_with(outer, () => asyncio.async_with(asyncio.timeout(3), () => slow())),
              25,
            );
          } catch (error) {
            print("outer", repr(error), outer.expired());
          }
          const at = asyncio.timeout_at(loop.time() + 0.01);
          try {
            yield* await_(
              asyncio.async_with(at, () => slow()),
              31,
            );
          } catch (error) {
            print("at", name(error), at.expired());
          }
          print(
            repr(
              yield* await_(
                asyncio.async_with(asyncio.timeout(null), () => null),
                35,
              ),
            ),
          );
        })(),
      );
    await expectSameStdout(
      () => asyncio.run(main()),
      `import asyncio
async def slow():
    await asyncio.sleep(1)
    return "slow done"
async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.1)
    print(repr(cm))
    try:
        async with cm as t:
            print(repr(t))
            await slow()
    except TimeoutError as error:
        print(repr(error), cm.expired(), repr(cm))
    async with asyncio.timeout(5) as t:
        t.reschedule(loop.time() + 2)
        value = await slow()
    print(value)
    outer = asyncio.timeout(0.05)
    try:
        async with outer:
            async with asyncio.timeout(3):
                await slow()
    except TimeoutError as error:
        print("outer", repr(error), outer.expired())
    at = asyncio.timeout_at(loop.time() + 0.01)
    try:
        async with at:
            await slow()
    except TimeoutError as error:
        print("at", type(error).__name__, at.expired())
    async with asyncio.timeout(None):
        value = None
    print(repr(value))
asyncio.run(main())
`,
    );
  });
});

describe("print", () => {
  test("Python's str and repr of JavaScript values", async () => {
    class Custom extends Error {}
    const got = ours(() => {
      print([1, "a", true, null, undefined, 2.5], { a: 1, "b c": [false] });
      print(
        new Map<unknown, unknown>([
          [1, "x"],
          ["k", new Set([3])],
        ]),
        new Set(),
        new Map(),
      );
      print(0.1 + 0.2, 1e-5, 1 / 3, 1e15, -0, 100, 1.5e300, 1e22, Number.NaN, -Infinity);
      print("it's", repr("it's"), repr('say "hi"'), repr("both ' \""), repr("tab\tnew\nline\\"));
      print(new ValueError("bad"), repr(new ValueError("bad")), repr(new Custom("mine")));
      print(
        repr(new asyncio.CancelledError()),
        repr(new asyncio.TimeoutError()),
        repr(new Error("")),
      );
      print("a", "b", { sep: "-", end: "!\n" });
      print();
      print(new asyncio.ExceptionGroup("many", [new ValueError("1"), new ValueError("2")]));
    });
    const twin = await runTwin(
      `class Custom(Exception): pass
print([1, "a", True, None, None, 2.5], {"a": 1, "b c": [False]})
print({1: "x", "k": {3}}, set(), {})
print(0.1 + 0.2, 1e-5, 1 / 3, 10**15, 0, 100, 1.5e300, 1e22, float("nan"), float("-inf"))
print("it's", repr("it's"), repr('say "hi"'), repr("both ' \\""), repr("tab\\tnew\\nline\\\\"))
print(ValueError("bad"), repr(ValueError("bad")), repr(Custom("mine")))
print(repr(asyncio.CancelledError()), repr(TimeoutError()), repr(Exception("")))
print("a", "b", sep="-", end="!\\n")
print()
print(ExceptionGroup("many", [ValueError("1"), ValueError("2")]))
`.replace("class Custom", "import asyncio\nclass Custom"),
    );
    expect(got.stdout).toBe(twin.stdout);
  });
});
