/**
 * What stops a runaway or hostile program in the executor itself: the output's character cap,
 * file names that could escape into generated code, and a real-time wait that must not spin.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { execute } from "../../src/execute/index.ts";

describe("run limits", () => {
  test("output is cut at the character limit, and the run stopped with a sentence", () => {
    let printed = "";
    const result = execute(
      { "main.ts": 'while (true) print("x".repeat(1000), { end: "" });\n' },
      { maxOutputChars: 10_500, onStdout: (text) => (printed += text) },
    );
    expect(printed).toBe("x".repeat(10_500));
    expect(result.limitHit).toBe("Stopped: output truncated after 10,500 characters (limit).");
  });

  test("one huge print is cut too, before it is passed on", () => {
    let printed = "";
    const result = execute(
      { "main.ts": 'print("x".repeat(50 * 1024 * 1024));\n' },
      { onStdout: (text) => (printed += text) },
    );
    expect(printed).toHaveLength(1_000_000);
    expect(result.limitHit).toContain("output truncated after 1,000,000 characters");
  });

  test("a file name that could escape the generated code is refused", () => {
    let stderr = "";
    const result = execute(
      { "main.ts": 'import "./x";\n', 'x.ts\nprint("escaped");//': "" },
      { onStdout: (text) => (stderr += `stdout: ${text}`), onStderr: (text) => (stderr += text) },
    );
    expect(result.ok).toBe(false);
    expect(result.error?.type).toBe("ValueError");
    expect(stderr).toContain("invalid file name 'x.ts\\nprint(\"escaped\");//'");
    expect(stderr).not.toContain("stdout:");
  });
});

describe("the real clock", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test("waits with Atomics.wait, not a spin, even where SharedArrayBuffer is hidden", async () => {
    // A sandboxed page that is not cross-origin isolated has no SharedArrayBuffer.
    vi.stubGlobal("SharedArrayBuffer", undefined);
    const wait = vi.spyOn(Atomics, "wait");
    vi.resetModules();
    const { RealClock } = await import("../../src/asyncio/clocks.ts");
    new RealClock().wait(0.05);
    expect(wait).toHaveBeenCalled();
    expect(wait.mock.results.every((result) => result.value === "timed-out")).toBe(true);
  });
});

describe("deep recursion", () => {
  test("is Python's RecursionError, with repeated frames counted as CPython counts them", () => {
    let stderr = "";
    const result = execute(
      {
        "main.ts": [
          'import * as asyncio from "asyncio";',
          "async function down(n: number): Promise<number> {",
          "  return (await down(n + 1)) + 1;",
          "}",
          "asyncio.run(down(0));",
          "",
        ].join("\n"),
      },
      { onStderr: (text) => (stderr += text) },
    );
    expect(result.error?.type).toBe("RecursionError");
    expect(result.error?.message).toBe("maximum recursion depth exceeded");
    // CPython prints a repeated frame three times, then how many more there were.
    const frame = '  File "main.ts", line 3, in down\n    return (await down(n + 1)) + 1;\n';
    expect(stderr).toMatch(
      new RegExp(
        `${frame.repeat(3).replace(/[()+[\]]/g, "\\$&")}  \\[Previous line repeated \\d+ more times\\]\\n`,
      ),
    );
    expect(stderr.split(frame)).toHaveLength(4);
    expect(stderr).toMatch(/RecursionError: maximum recursion depth exceeded\n$/);
  });
});

describe("a function calling itself", () => {
  test("shows a frame per call, repeated ones counted as CPython prints them", () => {
    let stderr = "";
    execute(
      {
        "main.ts": [
          'import * as asyncio from "asyncio";',
          "function down(n: number): number {",
          '  if (n > 3) throw new Error("deep");',
          "  return down(n + 1) + 1;",
          "}",
          "async function main() {",
          "  down(0);",
          "}",
          "asyncio.run(main());",
          "",
        ].join("\n"),
      },
      { onStderr: (text) => (stderr += text) },
    );
    // CPython 3.14 on the twin (main.py, lines as here), without its column markers.
    expect(stderr).toContain(
      [
        '  File "main.ts", line 7, in main',
        "    down(0);",
        '  File "main.ts", line 4, in down',
        "    return down(n + 1) + 1;",
        '  File "main.ts", line 4, in down',
        "    return down(n + 1) + 1;",
        '  File "main.ts", line 4, in down',
        "    return down(n + 1) + 1;",
        "  [Previous line repeated 1 more time]",
        '  File "main.ts", line 3, in down',
        '    if (n > 3) throw new Error("deep");',
        "Exception: deep",
      ].join("\n"),
    );
  });
});

describe("end-of-program reports", () => {
  test("never-awaited warnings past 20 are counted, not printed", () => {
    let stderr = "";
    execute(
      {
        "main.ts": [
          "async function job() {}",
          "const made = [];",
          "for (let i = 0; i < 25; i++) made.push(job());",
          "",
        ].join("\n"),
      },
      { onStderr: (text) => (stderr += text) },
    );
    expect(stderr.match(/coroutine 'job' was never awaited/g)).toHaveLength(20);
    expect(stderr).toContain("RuntimeWarning: 5 more coroutines were never awaited (not shown)\n");
  });
});
