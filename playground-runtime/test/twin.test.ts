// The CPython twin harness itself: the virtual clock, fresh interpreter state per program,
// virtual threads, and how a program's end (error, deadlock, warnings) is reported.
import { describe, expect, test } from "vitest";
import { runPython } from "../twin/cpython.ts";

const py = (lines: string[]) => `${lines.join("\n")}\n`;

describe("CPython twin harness", () => {
  test("ten call_at with the same `when` fire in heap order; same-delay call_later in order", async () => {
    const run = await runPython(
      py([
        "import asyncio",
        "fired = []",
        "async def main():",
        "    loop = asyncio.get_running_loop()",
        "    when = loop.time() + 1",
        "    for i in range(10):",
        "        loop.call_at(when, fired.append, f'at{i}')",
        "    await asyncio.sleep(2)",
        "    print(*fired)",
        "    fired.clear()",
        "    for i in range(5):",
        "        loop.call_later(1, fired.append, f'later{i}')",
        "    await asyncio.sleep(2)",
        "    print(*fired)",
        "asyncio.run(main())",
      ]),
      { filename: "ties.py" },
    );
    expect(run).toEqual({
      stdout: "at0 at2 at6 at5 at9 at8 at7 at1 at3 at4\nlater0 later1 later2 later3 later4\n",
      stderr: "",
    });
  });

  test("sleep(3600) is instant in wall time and moves loop.time() by 3600 (plus ns ticks)", async () => {
    const started = Date.now();
    const run = await runPython(
      py([
        "import asyncio",
        "async def main():",
        "    loop = asyncio.get_running_loop()",
        "    t0 = loop.time()",
        "    await asyncio.sleep(3600)",
        "    elapsed = loop.time() - t0",
        "    print(3600 < elapsed < 3600 + 1e-6)",
        "asyncio.run(main())",
      ]),
      { filename: "sleep.py" },
    );
    expect(run.stdout).toBe("True\n");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test("every program numbers its tasks from Task-1, like a fresh interpreter", async () => {
    const source = py([
      "import asyncio",
      "async def child():",
      "    await asyncio.sleep(0)",
      "async def main():",
      "    print(asyncio.current_task().get_name())",
      "    await asyncio.gather(child(), child())",
      "    print(asyncio.create_task(child()).get_name())",
      "asyncio.run(main())",
      "asyncio.run(main())",
    ]);
    const expected = "Task-1\nTask-4\nTask-7\nTask-10\n";
    expect((await runPython(source, { filename: "a.py" })).stdout).toBe(expected);
    expect((await runPython(source, { filename: "b.py" })).stdout).toBe(expected);
  });

  test("the clock starts at 0 for each program; time.sleep blocks the loop and moves it", async () => {
    const source = py([
      "import asyncio, time",
      "async def other():",
      "    print('other runs at', round(asyncio.get_running_loop().time(), 3))",
      "async def main():",
      "    asyncio.create_task(other())",
      "    time.sleep(1.5)",
      "    await asyncio.sleep(0)",
      "print(round(time.monotonic(), 3))",
      "asyncio.run(main())",
      "print(round(time.perf_counter(), 3), round(time.time(), 3))",
    ]);
    const expected = "0.0\nother runs at 1.5\n1.5 1.5\n";
    expect((await runPython(source, { filename: "clock.py" })).stdout).toBe(expected);
    expect((await runPython(source, { filename: "clock.py" })).stdout).toBe(expected);
  });

  test("to_thread sleeps on the thread's own timeline: 7 jobs on 5 workers end at 2s", async () => {
    const run = await runPython(
      py([
        "import asyncio, time",
        "def work(n):",
        "    time.sleep(n)",
        "    return n",
        "async def ticker():",
        "    for _ in range(4):",
        "        print('tick', round(asyncio.get_running_loop().time(), 3))",
        "        await asyncio.sleep(0.5)",
        "async def main():",
        "    loop = asyncio.get_running_loop()",
        "    t = asyncio.create_task(ticker())",
        "    results = await asyncio.gather(*(asyncio.to_thread(work, 1) for _ in range(7)))",
        "    print(results, round(loop.time(), 3))",
        "    await t",
        "    await asyncio.to_thread(work, 3)",
        "asyncio.run(main())",
        "print('joined at', round(time.monotonic(), 3))",
      ]),
      { filename: "threads.py" },
    );
    expect(run.stdout).toBe(
      "tick 0.0\ntick 0.5\ntick 1.0\ntick 1.5\n[1, 1, 1, 1, 1, 1, 1] 2.0\njoined at 5.0\n",
    );
  });

  test("a loop with nothing to wait for is a deadlock, reported as the program's error", async () => {
    const run = await runPython(
      py([
        "import asyncio",
        "async def main():",
        "    print('waiting')",
        "    await asyncio.get_running_loop().create_future()",
        "asyncio.run(main())",
      ]),
      { filename: "deadlock.py" },
    );
    expect(run.stdout).toBe("waiting\n");
    expect(run.error).toMatch(/^virtual_loop\.Deadlock: deadlock: /);
    expect(run.stderr).toMatch(
      /^Traceback \(most recent call last\):\n {2}File "deadlock\.py", line 5/,
    );
  });

  test("a loop that never finishes is stopped as a runaway after maxIterations turns", async () => {
    const run = await runPython(
      py([
        "import asyncio",
        "async def main():",
        "    while True:",
        "        await asyncio.sleep(1)",
        "asyncio.run(main())",
      ]),
      { filename: "forever.py", maxIterations: 1000 },
    );
    expect(run.error).toBe(
      "virtual_loop.Runaway: runaway: the event loop ran 1,000 iterations without finishing",
    );
  });

  test("an uncaught exception ends the program with its traceback on stderr", async () => {
    const run = await runPython(
      py([
        "import asyncio",
        "async def main():",
        "    print('before')",
        "    raise ValueError('boom')",
        "asyncio.run(main())",
        "print('never')",
      ]),
      { filename: "boom.py" },
    );
    expect(run.stdout).toBe("before\n");
    expect(run.error).toBe("ValueError: boom");
    expect(run.stderr).toContain(
      "File \"boom.py\", line 4, in main\n    raise ValueError('boom')\n",
    );
    expect(run.stderr.endsWith("ValueError: boom\n")).toBe(true);
  });

  test("never-awaited coroutines warn on stderr, including those kept until exit", async () => {
    const run = await runPython(
      py([
        "import asyncio",
        "async def fetch():",
        "    return 1",
        "async def main():",
        "    fetch()",
        "asyncio.run(main())",
        "kept = fetch()",
      ]),
      { filename: "warn.py" },
    );
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        "warn.py:5: RuntimeWarning: coroutine 'fetch' was never awaited",
        "  fetch()",
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
        "sys:1: RuntimeWarning: coroutine 'fetch' was never awaited",
        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback",
        "",
      ].join("\n"),
    );
  });

  test("debug mode logs a slow callback with the virtual time it blocked the loop", async () => {
    const run = await runPython(
      py([
        "import asyncio, time",
        "def blocking():",
        "    time.sleep(0.25)",
        "async def main():",
        "    asyncio.get_running_loop().call_soon(blocking)",
        "    await asyncio.sleep(0)",
        "asyncio.run(main(), debug=True)",
      ]),
      { filename: "slow.py" },
    );
    expect(run.stderr).toBe(
      "Executing <Handle blocking() at slow.py:2 created at slow.py:5> took 0.250 seconds\n",
    );
  });
});
