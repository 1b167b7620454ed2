/**
 * Runs a Python program under CPython (a loaded pyodide) on the twin harness's loop: the one
 * Python runner, used unchanged by the twin tests in Node (`cpython.ts`) and by a browser
 * worker. It reads no file and makes no request: the caller loads pyodide and hands over the
 * harness's sources (`HARNESS_FILES`), which a worker gets as bytes from the page.
 *
 * The program runs as `python main.py` would in a fresh interpreter (fresh `asyncio`, so task
 * names count from `Task-1`; fresh `__main__`), through CPython's own `asyncio.Runner` and
 * shutdown, on virtual time (1 ns per clock read, idle waits jump the clock) or real time.
 */
import type { PyodideAPI } from "pyodide";
import type { PyProxy } from "pyodide/ffi";
import { parse_trace_event, type TraceEvent } from "../src/asyncio/trace.ts";

/** The harness's Python modules, by file name: what `installHarness` needs. */
export const HARNESS_FILES = ["virtual_loop.py", "trace_loop.py"] as const;
export type HarnessFile = (typeof HARNESS_FILES)[number];

const HARNESS_DIR = "/twin";

/** `virtual_loop.MAX_ITERATIONS`, the same default as the runtime's `execute`. */
const DEFAULT_MAX_ITERATIONS = 1_000_000;

/** Puts the harness where CPython imports it from; once per interpreter. */
export function installHarness(pyodide: PyodideAPI, sources: Record<HarnessFile, string>): void {
  pyodide.FS.mkdirTree(HARNESS_DIR);
  for (const file of HARNESS_FILES) pyodide.FS.writeFile(`${HARNESS_DIR}/${file}`, sources[file]);
  pyodide.runPython(
    `import sys\nif "${HARNESS_DIR}" not in sys.path: sys.path.insert(0, "${HARNESS_DIR}")`,
  );
}

/** How to run a Python program. */
export interface PythonRunOptions {
  /** The file to run (default `main.py`); the program's other `.py` files are importable. */
  entry?: string;
  /** Virtual time (default: instant and deterministic) or real time (the loop really waits). */
  clock?: "virtual" | "real";
  /** Record the loop's trace (`PythonResult.trace`), in the runtime's schema. */
  trace?: boolean;
  /** Trace events kept before tracing stops (default 100,000); the program runs on. */
  maxTraceEvents?: number;
  /** Loop iterations before the program is stopped as a runaway (default 1,000,000). */
  maxIterations?: number;
  /** Record the queues' lengths at every loop turn (`PythonResult.turns`). */
  recordTurns?: boolean;
  /**
   * Called as the program starts (the harness's start-up done) and as each loop turn reaches
   * its wait: a worker's heartbeat, the program is alive.
   */
  onTurn?(): void;
  /**
   * Called once the program and its finalizers have run, before the harness packs what it
   * hands back (the trace's JSON): from here on the time taken is the harness's, not the
   * program's.
   */
  onEnd?(): void;
  /** Receives each write to `sys.stdout` / `sys.stderr` as it happens. */
  onOutput?(stream: "stdout" | "stderr", text: string): void;
}

/** One frame of a traceback, in the reader's files (as the runtime's `execute` reports them). */
export interface PythonFrame {
  file: string;
  line: number;
  /** 1-based. */
  column: number;
  /** The function, as the traceback names it (`main`, `<lambda>`, `<module>`). */
  name: string;
  /** The line's text, stripped. */
  source: string;
}

/** The exception a program ended with. */
export interface PythonError {
  /** Its type's name: `ValueError`, `CancelledError`, `SyntaxError`… */
  type: string;
  message: string;
  /** Where it was raised, in the reader's files (a syntax error: where the parser stopped). */
  file?: string;
  line?: number;
  column?: number;
  /** The frames it unwound through in the reader's files, outermost first. */
  traceback: PythonFrame[];
  /** The report as printed on stderr. */
  formatted: string;
  /** Its last line(s), as `python` ends with: `ValueError: boom`. */
  last: string;
  /** When the harness stopped the program (a runaway loop, a deadlock): why, in a sentence. */
  limit?: string;
}

/** How a Python run went. */
export interface PythonResult {
  stdout: string;
  stderr: string;
  /** Absent when the program ran to its end (or exited with status 0). */
  error?: PythonError;
  /** With `recordTurns`: `[len(_ready), len(_scheduled)]` as each loop turn reached its wait. */
  turns?: [ready: number, scheduled: number][];
  /** With `trace`: the loop's events, each checked against the trace schema. */
  trace?: TraceEvent[];
  /** Whether the trace stopped at `maxTraceEvents` before the program ended. */
  traceTruncated?: boolean;
  /** Seconds the virtual clock went on by the end (0 on the real clock). */
  virtualTime: number;
}

/** Each interpreter's fresh asyncio for its next program, imported ahead (`preparePythonRun`). */
const prepared = new WeakMap<PyodideAPI, PyProxy>();

/**
 * Imports the fresh asyncio and harness the next `runPythonProgram` on `pyodide` runs on, now
 * rather than as it starts: most of a run's start-up. A worker calls it while the reader reads.
 */
export function preparePythonRun(pyodide: PyodideAPI): void {
  if (prepared.has(pyodide)) return;
  const harness = pyodide.pyimport("virtual_loop");
  try {
    prepared.set(pyodide, harness.prepare_fresh());
  } finally {
    harness.destroy();
  }
}

/**
 * Runs `files[entry]` under CPython (on the fresh asyncio `preparePythonRun` imported, if it
 * did). Synchronous: output reaches `onOutput` while it runs. Throws only if the harness is
 * missing or an event breaks the trace schema (a harness bug).
 */
export function runPythonProgram(
  pyodide: PyodideAPI,
  files: Record<string, string>,
  options: PythonRunOptions = {},
): PythonResult {
  const fresh = prepared.get(pyodide) ?? null;
  prepared.delete(pyodide);
  const harness = pyodide.pyimport("virtual_loop");
  const pyFiles = pyodide.toPy(files);
  const pyOptions = pyodide.toPy({
    clock: options.clock ?? "virtual",
    trace: options.trace === true,
    record_turns: options.recordTurns === true,
    max_iterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    ...(options.maxTraceEvents === undefined ? {} : { max_trace_events: options.maxTraceEvents }),
    ...(options.onTurn === undefined ? {} : { on_turn: options.onTurn }),
    ...(options.onEnd === undefined ? {} : { on_end: options.onEnd }),
  });
  const onOutput = options.onOutput;
  try {
    const args = [
      pyFiles,
      options.entry ?? "main.py",
      pyOptions,
      onOutput === undefined
        ? undefined
        : (stream: string, text: string) => onOutput(stream as "stdout" | "stderr", text),
    ];
    const result = fresh === null ? harness.run_fresh(...args) : fresh.run(...args);
    try {
      const raw = result.toJs({ dict_converter: Object.fromEntries }) as {
        stdout: string;
        stderr: string;
        error: PythonError | null;
        turns: [number, number][] | null;
        trace: string | null;
        trace_truncated: boolean;
        virtual_time: number;
      };
      return {
        stdout: raw.stdout,
        stderr: raw.stderr,
        virtualTime: raw.virtual_time,
        ...(raw.error == null ? {} : { error: raw.error }),
        ...(raw.turns == null ? {} : { turns: raw.turns }),
        ...(raw.trace == null
          ? {}
          : { trace: parseTrace(raw.trace), traceTruncated: raw.trace_truncated }),
      };
    } finally {
      result.destroy();
    }
  } finally {
    pyFiles.destroy();
    pyOptions.destroy();
    harness.destroy();
    fresh?.destroy();
  }
}

/** The Python side's events, each held to the schema the runtime's trace follows. */
function parseTrace(json: string): TraceEvent[] {
  return (JSON.parse(json) as unknown[]).map((value, i) => {
    const event = parse_trace_event(value);
    if (event === null) {
      throw new Error(`trace event ${i} does not fit the schema: ${JSON.stringify(value)}`);
    }
    return event;
  });
}
