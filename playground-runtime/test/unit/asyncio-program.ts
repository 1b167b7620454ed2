/**
 * Helpers for the unit tests of locks, queues, task groups, threads and call graphs. A test
 * program is written in the compiled-coroutine form (README, "How a compiled coroutine
 * looks"), run with `asyncio.run`, and what it prints is compared with what its Python twin
 * prints under CPython 3.14 on the twin's virtual-time loop.
 */

import { _reset_coroutines, type Coroutine, coroutine } from "../../src/asyncio/coroutines.ts";
import { _reset_events } from "../../src/asyncio/events.ts";
import { set_output } from "../../src/asyncio/print.ts";
import { run } from "../../src/asyncio/runners.ts";
import { _reset_tasks } from "../../src/asyncio/tasks.ts";
import { runPython } from "../../twin/cpython.ts";

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

/** Runs `asyncio.run(main())` as a fresh program (task names from Task-1) and returns its output. */
export function runProgram(main: () => Coroutine<unknown>): Printed {
  _reset_events();
  _reset_tasks();
  _reset_coroutines();
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
    run(main());
  } finally {
    set_output(previous);
  }
  return printed;
}

/** What the Python twin prints under CPython 3.14 on the virtual-time loop. */
export function runTwin(source: string): Promise<Printed> {
  return runPython(source, { filename: "main.py" });
}
