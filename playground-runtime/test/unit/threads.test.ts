/**
 * Each program below is written in the compiled-coroutine form (what the playground compiler
 * emits for `async function`s) and is the twin of the Python program above it: the test runs
 * both — ours on this runtime, the twin under CPython 3.14 on the virtual-time loop — and
 * demands the same output.
 */
import { describe, expect, it } from "vitest";
import { await_ } from "../../src/asyncio/coroutines.ts";
import { ValueError } from "../../src/asyncio/exceptions.ts";
import * as asyncio from "../../src/asyncio/index.ts";
import { print } from "../../src/asyncio/print.ts";
import * as time from "../../src/stdlib/time.ts";
import { co, normalise, runProgram, runTwin } from "./asyncio-program.ts";

const THREADS_ORDER = `import asyncio
import time

def blocking(name, seconds):
    print(name, "starts on a thread")
    time.sleep(seconds)
    return f"{name} slept {seconds}"

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(ticker())
    r = await asyncio.to_thread(blocking, "t1", 1.2)
    print(r, "at ms", round((loop.time() - start) * 1000))
    rs = await asyncio.gather(
        asyncio.to_thread(blocking, "t2", 0.3),
        asyncio.to_thread(blocking, "t3", 0.1),
        loop.run_in_executor(None, max, 4, 9, 2),
    )
    print(rs, "at ms", round((loop.time() - start) * 1000))
    await t
    def fails():
        raise ValueError("thread error")
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("ValueError:", e)
    def no_loop():
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            return str(e)
    print(await asyncio.to_thread(no_loop))
    def measure():
        t0 = time.monotonic()
        time.sleep(2)
        return round((time.monotonic() - t0) * 1000)
    print("thread measured ms", await asyncio.to_thread(measure))
    t0 = time.monotonic()
    time.sleep(0.25)
    print("loop measured ms", round((time.monotonic() - t0) * 1000))

asyncio.run(main())
`;

const THREADS_POOL = `import asyncio
import time

def work(i):
    time.sleep(1)
    return i

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async def one(i):
        r = await asyncio.to_thread(work, i)
        print("done", r, "at ms", round((loop.time() - start) * 1000))
    await asyncio.gather(*(one(i) for i in range(7)))
    sleeper = asyncio.create_task(asyncio.to_thread(time.sleep, 2))
    await asyncio.sleep(0.1)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("cancelled at ms", round((loop.time() - start) * 1000))
    print("thread keeps running until asyncio.run's shutdown joins it")

asyncio.run(main())
`;

/** threads_order.py */
function threadsOrder() {
  function blocking(name: string, seconds: number) {
    print(name, "starts on a thread");
    time.sleep(seconds);
    return `${name} slept ${seconds}`;
  }
  function ticker() {
    return co(
      "ticker",
      9,
      (function* () {
        for (let i = 0; i < 4; i++) {
          print("tick", i);
          yield* await_(asyncio.sleep(0.5), 12);
        }
      })(),
    );
  }
  return co(
    "main",
    14,
    (function* () {
      const loop = asyncio.get_running_loop();
      const start = loop.time();
      const t = asyncio.create_task(ticker());
      const r = yield* await_(asyncio.to_thread(blocking, "t1", 1.2), 18);
      print(r, "at ms", Math.round((loop.time() - start) * 1000));
      const rs = yield* await_(
        asyncio.gather(
          asyncio.to_thread(blocking, "t2", 0.3),
          asyncio.to_thread(blocking, "t3", 0.1),
          loop.run_in_executor(null, Math.max, 4, 9, 2),
        ),
        20,
      );
      print(rs, "at ms", Math.round((loop.time() - start) * 1000));
      yield* await_(t, 26);
      function fails(): never {
        throw new ValueError("thread error");
      }
      try {
        yield* await_(asyncio.to_thread(fails), 30);
      } catch (e) {
        print("ValueError:", e);
      }
      function no_loop() {
        try {
          asyncio.get_running_loop();
        } catch (e) {
          return (e as Error).message;
        }
        return null;
      }
      print(yield* await_(asyncio.to_thread(no_loop), 38));
      function measure() {
        const t0 = time.monotonic();
        time.sleep(2);
        return Math.round((time.monotonic() - t0) * 1000);
      }
      print("thread measured ms", yield* await_(asyncio.to_thread(measure), 43));
      const t0 = time.monotonic();
      time.sleep(0.25);
      print("loop measured ms", Math.round((time.monotonic() - t0) * 1000));
    })(),
  );
}

/** threads_pool.py */
function threadsPool() {
  function work(i: number) {
    time.sleep(1);
    return i;
  }
  return co(
    "main",
    8,
    (function* () {
      const loop = asyncio.get_running_loop();
      const start = loop.time();
      function one(i: number) {
        return co(
          "one",
          11,
          (function* () {
            const r = yield* await_(asyncio.to_thread(work, i), 12);
            print("done", r, "at ms", Math.round((loop.time() - start) * 1000));
          })(),
        );
      }
      yield* await_(asyncio.gather(...[0, 1, 2, 3, 4, 5, 6].map((i) => one(i))), 14);
      const sleeper = asyncio.create_task(asyncio.to_thread(time.sleep, 2));
      yield* await_(asyncio.sleep(0.1), 16);
      sleeper.cancel();
      try {
        yield* await_(sleeper, 19);
      } catch (e) {
        if (!(e instanceof asyncio.CancelledError)) throw e;
        print("cancelled at ms", Math.round((loop.time() - start) * 1000));
      }
      print("thread keeps running until asyncio.run's shutdown joins it");
    })(),
  );
}

describe("to_thread / run_in_executor on virtual threads print what CPython 3.14 prints", () => {
  const cases = [
    [
      "thread sleeps cost the thread's time, not the loop's; results arrive at start + s",
      threadsOrder,
      THREADS_ORDER,
    ],
    [
      "five workers: the sixth call waits for a free one; cancelling leaves the thread running",
      threadsPool,
      THREADS_POOL,
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
