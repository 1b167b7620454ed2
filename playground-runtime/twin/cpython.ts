/**
 * CPython 3.14 (pyodide) as the oracle: runs a demo's Python twin on the virtual-time loop of
 * `virtual_loop.py` and returns what it printed.
 *
 * Pyodide loads once per process (about two seconds) and every program after that reuses it.
 * Each program still starts as in a fresh interpreter: fresh `__main__` globals, a freshly
 * imported `asyncio` (so task names count from `Task-1` again), a virtual clock at 0, no
 * running loop, and the caller's warning filters restored afterwards.
 */

import { readFileSync } from "node:fs";
import { loadPyodide, type PyodideAPI } from "pyodide";

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
  /**
   * With `recordTurns`: the lengths of the ready queue and the timer heap each time a loop
   * turn reached its wait (after dropping cancelled timers, before moving due ones).
   */
  turns?: [ready: number, scheduled: number][];
}

/** How to run a program. */
export interface RunPythonOptions {
  /** The file name CPython sees (tracebacks, task reprs, warnings): e.g. `"gather.py"`. */
  filename: string;
  /** Loop iterations before the program is stopped as a runaway (default 1,000,000). */
  maxIterations?: number;
  /** Record the queues' lengths at every loop turn (`PythonRun.turns`). */
  recordTurns?: boolean;
}

const HARNESS_DIR = "/twin";

/** `virtual_loop.MAX_ITERATIONS`, the same default as the runtime's `execute`. */
const DEFAULT_MAX_ITERATIONS = 1_000_000;

let interpreter: Promise<PyodideAPI> | null = null;

async function load(): Promise<PyodideAPI> {
  const pyodide = await loadPyodide();
  pyodide.FS.mkdirTree(HARNESS_DIR);
  pyodide.FS.writeFile(
    `${HARNESS_DIR}/virtual_loop.py`,
    readFileSync(new URL("./virtual_loop.py", import.meta.url), "utf8"),
  );
  pyodide.runPython(`import sys; sys.path.insert(0, "${HARNESS_DIR}")`);
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
  const pyodide = await cpython();
  const harness = pyodide.pyimport("virtual_loop");
  try {
    const result = harness.run_fresh(
      source,
      options.filename,
      options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
      options.recordTurns === true,
    );
    try {
      const [stdout, stderr, error, turns] = result.toJs() as [
        string,
        string,
        string | undefined,
        [number, number][] | undefined,
      ];
      return {
        stdout,
        stderr,
        ...(error == null ? {} : { error }),
        ...(turns == null ? {} : { turns }),
      };
    } finally {
      result.destroy();
    }
  } finally {
    harness.destroy();
  }
}
