/**
 * Messages between the page and the executor worker. They travel on a MessagePort the worker
 * takes before any program runs; a program cannot reach that port (and `self.postMessage` is
 * taken from it), so nothing it does can pass for the executor. Still, the page trusts nothing
 * it receives: every message is checked against these shapes before it is used.
 */
import { isFileName, MAX_FILE_NAME } from "playground-runtime/file-names";
import { parse_trace_event, type TraceEvent } from "playground-runtime/trace";

export type Clock = "virtual" | "real";

/**
 * pyodide's files, by name, as the page hands them to the Python executor. The names live here,
 * not beside their URLs in python-files.ts: the worker imports this module, and an asset URL
 * imported into the worker's bundle would be emitted a second time under the worker build's
 * naming.
 */
export const PYODIDE_FILES = [
  "pyodide.asm.wasm",
  "pyodide-lock.json",
  "python_stdlib.zip",
] as const;
export type PyodideFiles = Record<(typeof PYODIDE_FILES)[number], ArrayBuffer>;

/**
 * What the Python executor's worker is handed first: pyodide's files and, when an earlier
 * worker made one, that interpreter's memory snapshot (see `InterpreterSnapshot`).
 */
export interface PythonStart {
  files: PyodideFiles;
  snapshot: ArrayBuffer | null;
}

/**
 * The Python executor's one message outside a run: the memory of an interpreter that has
 * just started, with the harness and asyncio imported (pyodide's memory snapshot). A worker
 * that starts from it skips CPython's bootstrap, most of its start-up. The worker sends it
 * once, before any program runs, as its first message: the sandbox takes only a first message
 * for one, so no program can pass its own memory off as a fresh interpreter's.
 */
export interface InterpreterSnapshot {
  type: "snapshot";
  bytes: ArrayBuffer;
}

/** Which executor runs a program: our runtime (TypeScript) or CPython (pyodide). */
export type Language = "typescript" | "python";

export interface RunRequest {
  type: "run";
  files: Record<string, string>;
  entry: string;
  clock: Clock;
  /** Record the loop's trace for the visualizer (sent once the program ends). */
  trace?: boolean;
  /** TypeScript unless it says Python. */
  language?: Language;
}

/**
 * Compile only, for "Show compiled": the worker already holds the compiler, so the page asks
 * it rather than load a second copy. Nothing of the program runs.
 */
export interface CompileRequest {
  type: "compile";
  files: Record<string, string>;
  entry: string;
}

export type Stream = "stdout" | "stderr";

export interface OutputChunk {
  stream: Stream;
  text: string;
}

/** Where an error points in the user's files, when it points anywhere. */
export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

export interface RunSummary {
  ok: boolean;
  /** Python-style name of the uncaught error (SyntaxError, ValueError…), if any. */
  errorType?: string;
  errorMessage?: string;
  location?: SourceLocation;
  /** Why the run was stopped early (a limit, or an unresponsive program), if it was. */
  stopped?: string;
  virtualTime: number;
  wallTime: number;
}

export type WorkerMessage =
  | { type: "output"; chunks: OutputChunk[] }
  | { type: "heartbeat" }
  /** The program and its finalizers have run: what the worker does now is its own. */
  | { type: "ended" }
  | { type: "trace"; events: TraceEvent[]; truncated: boolean }
  | { type: "done"; summary: RunSummary }
  /** A compile request's answer: each file's compiled code, or why it does not compile. */
  | { type: "compiled"; files: Record<string, string> }
  | { type: "compiled"; error: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isChunk = (v: unknown): v is OutputChunk =>
  isRecord(v) && (v.stream === "stdout" || v.stream === "stderr") && typeof v.text === "string";

const isLocation = (v: unknown): v is SourceLocation =>
  isRecord(v) &&
  typeof v.file === "string" &&
  Number.isInteger(v.line) &&
  (v.column === undefined || Number.isInteger(v.column));

const optional = (v: unknown, type: "string") => v === undefined || typeof v === type;

function isSummary(v: unknown): v is RunSummary {
  return (
    isRecord(v) &&
    typeof v.ok === "boolean" &&
    optional(v.errorType, "string") &&
    optional(v.errorMessage, "string") &&
    optional(v.stopped, "string") &&
    (v.location === undefined || isLocation(v.location)) &&
    typeof v.virtualTime === "number" &&
    typeof v.wallTime === "number"
  );
}

/** A Python program's module names, as CPython imports them from one folder. */
const PYTHON_FILE = /^[A-Za-z_][A-Za-z0-9_]*\.py$/;
const isPythonFileName = (name: string) => name.length <= MAX_FILE_NAME && PYTHON_FILE.test(name);

const isFiles = (v: unknown, named: (name: string) => boolean): v is Record<string, string> =>
  isRecord(v) && Object.entries(v).every(([name, code]) => named(name) && typeof code === "string");

/**
 * The request, if it is a run or a compile request whose files are all named as files may
 * be (a Python run's as Python modules); else null.
 */
export function parseRequest(data: unknown): RunRequest | CompileRequest | null {
  if (!isRecord(data) || typeof data.entry !== "string") return null;
  const python = data.type === "run" && data.language === "python";
  if (!isFiles(data.files, python ? isPythonFileName : isFileName)) return null;
  const files = { ...data.files };
  if (data.type === "compile") return { type: "compile", files, entry: data.entry };
  if (data.type !== "run" || (data.clock !== "virtual" && data.clock !== "real")) return null;
  return {
    type: "run",
    files,
    entry: data.entry,
    clock: data.clock,
    trace: data.trace === true,
    language: python ? "python" : "typescript",
  };
}

/** The message, if it is one the executor may send; null for anything else. */
export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case "output":
      return Array.isArray(data.chunks) && data.chunks.every(isChunk)
        ? { type: "output", chunks: data.chunks }
        : null;
    case "heartbeat":
    case "ended":
      return { type: data.type };
    case "trace": {
      if (!Array.isArray(data.events) || typeof data.truncated !== "boolean") return null;
      const events = data.events.map(parse_trace_event);
      return events.every((event) => event !== null)
        ? { type: "trace", events: events as TraceEvent[], truncated: data.truncated }
        : null;
    }
    case "done":
      return isSummary(data.summary) ? { type: "done", summary: data.summary } : null;
    case "compiled":
      if (typeof data.error === "string") return { type: "compiled", error: data.error };
      return isFiles(data.files, isFileName)
        ? { type: "compiled", files: { ...data.files } }
        : null;
    default:
      return null;
  }
}
