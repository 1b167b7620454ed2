/**
 * CPython 3.14 (pyodide) as the oracle: runs a demo's Python twin on the virtual-time loop of
 * `virtual_loop.py` and returns what it printed. The running is `runner.ts`'s, the same module
 * a browser worker uses; this file only loads pyodide and the harness from disk, in Node.
 *
 * Pyodide loads once per process (about two seconds) and every program after that reuses it.
 * Each program still starts as in a fresh interpreter: fresh `__main__` globals, a freshly
 * imported `asyncio` (so task names count from `Task-1` again), a virtual clock at 0, no
 * running loop, and the caller's warning filters restored afterwards.
 */

import { readFileSync } from "node:fs";
import { loadPyodide, type PyodideAPI } from "pyodide";
import type { TraceEvent } from "../src/asyncio/trace.ts";
import { HARNESS_FILES, installHarness, type PythonError, runPythonProgram } from "./runner.ts";

/** What a Python program printed, and how it ended. */
export interface PythonRun {
  /** Everything written to `sys.stdout`. */
  stdout: string;
  /** Everything written to `sys.stderr`: warnings, asyncio's log lines, the traceback. */
  stderr: string;
  /**
   * The uncaught exception's last traceback line (`"ValueError: boom"`) when the program
   * ended with one; absent when it ran to the end (or exited with status 0).
   */
  error?: string;
  /** With an uncaught exception: its frames in the program's file, and where it was raised. */
  exception?: PythonError;
  /**
   * With `recordTurns`: the lengths of the ready queue and the timer heap each time a loop
   * turn reached its wait (after dropping cancelled timers, before moving due ones).
   */
  turns?: [ready: number, scheduled: number][];
  /** With `recordTrace`: the loop's trace, in the runtime's schema (`src/asyncio/trace.ts`). */
  trace?: TraceEvent[];
}

/** How to run a program. */
export interface RunPythonOptions {
  /** The file name CPython sees (tracebacks, task reprs, warnings): e.g. `"gather.py"`. */
  filename: string;
  /** Loop iterations before the program is stopped as a runaway (default 1,000,000). */
  maxIterations?: number;
  /** Record the queues' lengths at every loop turn (`PythonRun.turns`). */
  recordTurns?: boolean;
  /** Record the loop's trace (`PythonRun.trace`). */
  recordTrace?: boolean;
}

let interpreter: Promise<PyodideAPI> | null = null;

async function load(): Promise<PyodideAPI> {
  const pyodide = await loadPyodide();
  const read = (file: string) => readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
  installHarness(
    pyodide,
    Object.fromEntries(HARNESS_FILES.map((file) => [file, read(file)])) as Record<
      (typeof HARNESS_FILES)[number],
      string
    >,
  );
  return pyodide;
}

/** The process's pyodide, loaded on first use and shared by every later call. */
export function cpython(): Promise<PyodideAPI> {
  interpreter ??= load();
  return interpreter;
}

/**
 * Runs `source` under CPython on deterministic virtual time, as `python filename` would in a
 * fresh interpreter, and returns its stdout, stderr and uncaught error.
 */
export async function runPython(source: string, options: RunPythonOptions): Promise<PythonRun> {
  const run = runPythonProgram(
    await cpython(),
    { [options.filename]: source },
    {
      entry: options.filename,
      ...(options.maxIterations === undefined ? {} : { maxIterations: options.maxIterations }),
      recordTurns: options.recordTurns === true,
      trace: options.recordTrace === true,
    },
  );
  return {
    stdout: run.stdout,
    stderr: run.stderr,
    ...(run.error === undefined ? {} : { error: run.error.last, exception: run.error }),
    ...(run.turns === undefined ? {} : { turns: run.turns }),
    ...(run.trace === undefined ? {} : { trace: run.trace }),
  };
}
