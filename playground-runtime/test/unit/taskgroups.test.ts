/**
 * Each program below is written in the compiled-coroutine form (what the playground compiler
 * emits for `async function`s) and is the twin of the Python program above it: the test runs
 * both — ours on this runtime, the twin under CPython 3.14 on the virtual-time loop — and
 * demands the same output.
 */
import { describe, expect, it } from "vitest";
import { await_ } from "../../src/asyncio/coroutines.ts";
import { KeyError, RuntimeError, ValueError } from "../../src/asyncio/exceptions.ts";
import * as asyncio from "../../src/asyncio/index.ts";
import { print, repr } from "../../src/asyncio/print.ts";
import { co, normalise, runProgram, runTwin } from "./asyncio-program.ts";

const TG_ABORT = `import asyncio

async def ok(name, t):
    try:
        await asyncio.sleep(t)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def boom(t, msg):
    await asyncio.sleep(t)
    print("raising", msg)
    raise ValueError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok("a", 0.1))
        b = tg.create_task(ok("b", 0.2))
    print("results", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("slow", 1))
            tg.create_task(boom(0.1, "first"))
            tg.create_task(boom(0.1, "second"))
            print("body waiting")
            await asyncio.sleep(5)
            print("never printed")
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg, [str(e) for e in eg.exceptions])
    t = asyncio.current_task()
    print("cancelling:", t.cancelling())
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(ok("sibling", 1))
            await asyncio.sleep(0.1)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(eg, [repr(e) for e in eg.exceptions])
    try:
        tg.create_task(ok("late", 1))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
`;

const TG_CANCEL = `import asyncio

async def child(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            print("group running", tg)
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("group got CancelledError")
        raise

async def main():
    t = asyncio.create_task(group())
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer sees cancelled", t.cancelled())
    async def inner_fail():
        await asyncio.sleep(0.1)
        raise RuntimeError("child failed")
    async def caught():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(inner_fail())
                await asyncio.sleep(1)
        except ExceptionGroup as eg:
            print("caught", [repr(e) for e in eg.exceptions])
        print("cancelling after:", asyncio.current_task().cancelling())
        await asyncio.sleep(0.1)
        return "survived"
    print(await caught())

asyncio.run(main())
`;

/** tg_abort.py */
function tgAbort() {
  function ok(name: string, t: number) {
    return co(
      "ok",
      3,
      (function* () {
        try {
          yield* await_(asyncio.sleep(t), 5);
          print(name, "finished");
          return name;
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print(name, "cancelled");
          throw e;
        }
      })(),
    );
  }
  function boom(t: number, msg: string) {
    return co(
      "boom",
      12,
      (function* () {
        yield* await_(asyncio.sleep(t), 13);
        print("raising", msg);
        throw new ValueError(msg);
      })(),
    );
  }
  return co(
    "main",
    17,
    (function* () {
      let a!: asyncio.Task<string>;
      let b!: asyncio.Task<string>;
      yield* await_(
        asyncio.async_with(new asyncio.TaskGroup(), (tg: asyncio.TaskGroup) =>
          co(
            "<body>",
            18,
            (function* () {
              a = tg.create_task(ok("a", 0.1));
              b = tg.create_task(ok("b", 0.2));
            })(),
          ),
        ),
        18,
      );
      print("results", a.result(), b.result());
      try {
        yield* await_(
          asyncio.async_with(new asyncio.TaskGroup(), (tg: asyncio.TaskGroup) =>
            co(
              "<body>",
              23,
              (function* () {
                tg.create_task(ok("slow", 1));
                tg.create_task(boom(0.1, "first"));
                tg.create_task(boom(0.1, "second"));
                print("body waiting");
                yield* await_(asyncio.sleep(5), 28);
                print("never printed");
              })(),
            ),
          ),
          23,
        );
      } catch (eg) {
        if (!(eg instanceof asyncio.ExceptionGroup)) throw eg;
        print(
          eg.constructor.name,
          eg,
          eg.exceptions.map((e: Error) => e.message),
        );
      }
      const t = asyncio.current_task()!;
      print("cancelling:", t.cancelling());
      const tg = new asyncio.TaskGroup();
      try {
        yield* await_(
          asyncio.async_with(tg, () =>
            co(
              "<body>",
              36,
              (function* () {
                tg.create_task(ok("sibling", 1));
                yield* await_(asyncio.sleep(0.1), 38);
                throw new KeyError("body");
              })(),
            ),
          ),
          36,
        );
      } catch (eg) {
        if (!(eg instanceof asyncio.ExceptionGroup)) throw eg;
        print(
          eg,
          eg.exceptions.map((e: unknown) => repr(e)),
        );
      }
      try {
        tg.create_task(ok("late", 1));
      } catch (e) {
        print("RuntimeError:", e);
      }
    })(),
  );
}

/** tg_cancel.py */
function tgCancel() {
  function child(name: string) {
    return co(
      "child",
      3,
      (function* () {
        try {
          yield* await_(asyncio.sleep(10), 5);
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print(name, "cancelled");
          throw e;
        }
      })(),
    );
  }
  function group() {
    return co(
      "group",
      10,
      (function* () {
        try {
          yield* await_(
            asyncio.async_with(new asyncio.TaskGroup(), (tg: asyncio.TaskGroup) =>
              co(
                "<body>",
                12,
                (function* () {
                  tg.create_task(child("c1"));
                  print("group running", tg);
                  yield* await_(asyncio.sleep(10), 15);
                })(),
              ),
            ),
            12,
          );
        } catch (e) {
          if (e instanceof asyncio.CancelledError) print("group got CancelledError");
          throw e;
        }
      })(),
    );
  }
  return co(
    "main",
    20,
    (function* () {
      const t = asyncio.create_task(group());
      yield* await_(asyncio.sleep(1), 22);
      t.cancel();
      try {
        yield* await_(t, 25);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("outer sees cancelled", t.cancelled());
      }
      function inner_fail() {
        return co(
          "inner_fail",
          28,
          (function* () {
            yield* await_(asyncio.sleep(0.1), 29);
            throw new RuntimeError("child failed");
          })(),
        );
      }
      function caught() {
        return co(
          "caught",
          31,
          (function* () {
            try {
              yield* await_(
                asyncio.async_with(new asyncio.TaskGroup(), (tg: asyncio.TaskGroup) =>
                  co(
                    "<body>",
                    33,
                    (function* () {
                      tg.create_task(inner_fail());
                      yield* await_(asyncio.sleep(1), 35);
                    })(),
                  ),
                ),
                33,
              );
            } catch (eg) {
              if (!(eg instanceof asyncio.ExceptionGroup)) throw eg;
              print(
                "caught",
                eg.exceptions.map((e: unknown) => repr(e)),
              );
            }
            print("cancelling after:", asyncio.current_task()!.cancelling());
            yield* await_(asyncio.sleep(0.1), 39);
            return "survived";
          })(),
        );
      }
      print(yield* await_(caught(), 41));
    })(),
  );
}

describe("TaskGroup print what CPython 3.14 prints", () => {
  const cases = [
    [
      "first error aborts: siblings cancelled, ExceptionGroup contents, error in the body",
      tgAbort,
      TG_ABORT,
    ],
    [
      "outer cancellation propagates; the group's own cancellation is uncancelled",
      tgCancel,
      TG_CANCEL,
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
