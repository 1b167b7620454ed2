// The Python runner (twin/runner.ts) as the page will use it: a program's files, output as it
// is written, a traceback the editor can point at, the real-time clock, and the trace.
import { describe, expect, test } from "vitest";
import { cpython } from "../twin/cpython.ts";
import { preparePythonRun, runPythonProgram } from "../twin/runner.ts";

const py = (lines: string[]) => `${lines.join("\n")}\n`;

describe("Python runner", () => {
  test("an uncaught error's frames are the reader's files, lines and functions", async () => {
    const run = runPythonProgram(await cpython(), {
      "main.py": py([
        "import asyncio",
        "from helpers import check",
        "",
        "async def main():",
        "    await asyncio.sleep(1)",
        "    check(-1)",
        "",
        "asyncio.run(main())",
      ]),
      "helpers.py": py([
        "def check(n):",
        "    if n < 0:",
        "        raise ValueError(f'negative: {n}')",
      ]),
    });
    expect(run.error).toMatchObject({
      type: "ValueError",
      message: "negative: -1",
      file: "helpers.py",
      line: 3,
      last: "ValueError: negative: -1",
    });
    expect(run.error?.traceback.map((f) => [f.file, f.line, f.name, f.source])).toEqual([
      ["main.py", 8, "<module>", "asyncio.run(main())"],
      ["main.py", 6, "main", "check(-1)"],
      ["helpers.py", 3, "check", "raise ValueError(f'negative: {n}')"],
    ]);
    expect(run.stderr).toContain('File "helpers.py", line 3, in check');
    expect(run.stderr).not.toContain("virtual_loop");
  });

  test("onTurn as the program starts and at each turn; onEnd once, after its finalizers", async () => {
    const heard: string[] = [];
    const hear = (what: string) => {
      if (heard.at(-1) === what && what === "turn") return;
      if (what.startsWith("out:") && heard.at(-1)?.startsWith("out:"))
        heard.push(`${heard.pop()}${what.slice(4)}`);
      else heard.push(what);
    };
    runPythonProgram(
      await cpython(),
      {
        "main.py": py([
          "import asyncio",
          "class Noisy:",
          "    def __del__(self):",
          "        print('finalized')",
          "kept = Noisy()",
          "async def main():",
          "    print('running')",
          "    await asyncio.sleep(1)",
          "asyncio.run(main())",
          "print('done')",
        ]),
      },
      {
        onTurn: () => hear("turn"),
        onEnd: () => hear("end"),
        onOutput: (_stream, text) => hear(`out:${text}`),
      },
    );
    expect(heard).toEqual(["turn", "out:running\n", "turn", "out:done\nfinalized\n", "end"]);
  });

  test("a run prepared ahead is as fresh as one that is not, and leaves the caller's asyncio alone", async () => {
    const pyodide = await cpython();
    const callers = () => pyodide.runPython("import sys\nid(sys.modules['asyncio'])") as number;
    const program = {
      "main.py": py([
        "import asyncio",
        "async def main():",
        "    print(asyncio.current_task().get_name())",
        "    await asyncio.create_task(asyncio.sleep(1))",
        "asyncio.run(main())",
      ]),
    };
    const before = callers();
    preparePythonRun(pyodide);
    expect(callers()).toBe(before);
    const prepared = runPythonProgram(pyodide, program);
    preparePythonRun(pyodide);
    const again = runPythonProgram(pyodide, program, { trace: true });
    const unprepared = runPythonProgram(pyodide, program);
    for (const run of [prepared, again, unprepared]) {
      expect(run.stdout).toBe("Task-1\n");
      expect(run.error).toBeUndefined();
    }
    expect(again.trace?.some((event) => event.type === "task_created")).toBe(true);
    expect(callers()).toBe(before);
  });

  test("a syntax error points at its line", async () => {
    const run = runPythonProgram(await cpython(), { "main.py": "x = 1\nif x\n    print(x)\n" });
    expect(run.error).toMatchObject({ type: "SyntaxError", file: "main.py", line: 2 });
  });

  test("output reaches the callback as it is written, stdout and stderr in order", async () => {
    const chunks: string[] = [];
    const run = runPythonProgram(
      await cpython(),
      {
        "main.py": py([
          "import asyncio, sys",
          "async def main():",
          "    print('one')",
          "    await asyncio.sleep(1)",
          "    print('two', file=sys.stderr)",
          "    print('three')",
          "asyncio.run(main())",
        ]),
      },
      { onOutput: (stream, text) => chunks.push(`${stream}:${text}`) },
    );
    expect(chunks.join("")).toBe("stdout:onestdout:\nstderr:twostderr:\nstdout:threestdout:\n");
    expect([run.stdout, run.stderr]).toEqual(["one\nthree\n", "two\n"]);
  });

  test("the real-time clock really waits; the virtual one does not", async () => {
    const program = {
      "main.py": py([
        "import asyncio",
        "async def main():",
        "    loop = asyncio.get_running_loop()",
        "    t0 = loop.time()",
        "    await asyncio.sleep(0.2)",
        "    print(loop.time() - t0 >= 0.2)",
        "asyncio.run(main())",
      ]),
    };
    const pyodide = await cpython();
    const started = performance.now();
    const real = runPythonProgram(pyodide, program, { clock: "real" });
    expect(real.stdout).toBe("True\n");
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(real.virtualTime).toBe(0);
    const virtual = runPythonProgram(pyodide, program);
    expect(virtual.stdout).toBe("True\n");
    // The console's "virtual time": the sleep's 0.2 s and a nanosecond per clock read.
    expect(virtual.virtualTime).toBeGreaterThanOrEqual(0.2);
    expect(virtual.virtualTime).toBeLessThan(0.2001);
  });

  test("the trace says where each task waits, on what, in the reader's file", async () => {
    const run = runPythonProgram(
      await cpython(),
      {
        "main.py": py([
          "import asyncio",
          "async def child(fut):",
          "    return await fut",
          "async def main():",
          "    fut = asyncio.get_running_loop().create_future()",
          "    task = asyncio.create_task(child(fut), name='kid')",
          "    await asyncio.sleep(0)",
          "    task.cancel('enough')",
          "    await asyncio.gather(task, return_exceptions=True)",
          "asyncio.run(main())",
        ]),
      },
      { trace: true },
    );
    const trace = run.trace ?? [];
    const kid = trace.find((e) => e.type === "task_created" && e.name === "kid");
    expect(kid).toMatchObject({ coro: "child", file: "main.py", line: 2 });
    expect(trace.find((e) => e.type === "task_suspended" && e.name === "kid")).toMatchObject({
      futureLabel: "Future-1",
      stack: [{ name: "child", file: "main.py", line: 3 }],
    });
    expect(trace.find((e) => e.type === "cancel_requested")).toMatchObject({
      label: "kid",
      message: "enough",
    });
    expect(trace.find((e) => e.type === "task_step" && e.thrown !== null)).toMatchObject({
      name: "kid",
      line: 3,
      thrown: "CancelledError",
    });
    expect(trace.find((e) => e.type === "task_done" && e.name === "kid")).toMatchObject({
      outcome: "cancelled",
    });
    expect(trace.at(-1)).toMatchObject({ type: "loop_closed" });
  });
});
