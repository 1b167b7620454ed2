/**
 * Helpers for the unit tests of locks, queues, task groups, threads and call graphs. A test
 * program is written in the compiled-coroutine form (README, "How a compiled coroutine
 * looks"), run with `asyncio.run`, and what it prints is compared with what its Python twin
 * prints under CPython 3.14 on the twin's virtual-time loop.
 */

import { _take_never_awaited, type Coroutine, coroutine } from "../../src/asyncio/coroutines.ts";
import { set_output } from "../../src/asyncio/print.ts";
import { reset_runtime, run } from "../../src/asyncio/runners.ts";
import { _report_unretrieved } from "../../src/asyncio/tasks.ts";
import { type PythonRun, runPython } from "../../twin/cpython.ts";

/** The file name the programs' coroutines report, as the twin runs as `main.py`. */
export const MAIN = "main.ts";

/**
 * `async def name(): …` starting at `line`, as the compiler emits it: `gen` is the body's
 * generator, already called.
 */
export function co<T>(
  name: string,
  line: number,
  gen: Generator<unknown, T, unknown>,
): Coroutine<T> {
  return coroutine(gen, name, name, MAIN, line);
}

/** Replaces object addresses, which differ between runs and runtimes, by `0x?`. */
export function normalise(output: string): string {
  return output.replace(/0x[0-9a-f]+/g, "0x?");
}

/** What a program printed. */
export interface Printed {
  stdout: string;
  stderr: string;
}

/**
 * Runs `program` as a fresh interpreter would (task names from Task-1, no loop left over) and
 * returns what it printed. With `reports`, the end-of-program lines too: exceptions nobody
 * retrieved and coroutines never awaited, as CPython logs them when the objects die.
 */
export function runScript(program: () => void, { reports = false } = {}): Printed {
  reset_runtime();
  const printed: Printed = { stdout: "", stderr: "" };
  const previous = set_output({
    stdout: (text) => {
      printed.stdout += text;
    },
    stderr: (text) => {
      printed.stderr += text;
    },
  });
  try {
    program();
    if (reports) {
      _report_unretrieved();
      for (const warning of _take_never_awaited()) printed.stderr += `${warning}\n`;
    }
  } finally {
    set_output(previous);
  }
  return printed;
}

/** Runs `asyncio.run(main())` as a fresh program and returns its output. */
export function runProgram(main: () => Coroutine<unknown>): Printed {
  return runScript(() => run(main()));
}

/** What the Python twin prints under CPython 3.14 on the virtual-time loop. */
export function runTwin(source: string): Promise<PythonRun> {
  return runPython(source, { filename: "main.py" });
}
