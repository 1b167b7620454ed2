/**
 * Compiles a playground's files and runs them on a fresh runtime: what the browser's worker
 * and the command-line runner both call, so a demo prints the same in both. Runs are
 * synchronous (the event loop is the program's own); limits stop runaway programs cleanly.
 */
import { LoopAborted, loopHooks } from "./asyncio/base_events.ts";
import { type Clock, RealClock, VirtualClock } from "./asyncio/clocks.ts";
import {
  _discarded,
  _set_track_origins,
  _take_never_awaited,
  await_,
  Coroutine,
  mark_coroutine_function,
  mark_coroutine_methods,
} from "./asyncio/coroutines.ts";
import {
  BaseException,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  IndexError,
  KeyboardInterrupt,
  KeyError,
  LookupError,
  RuntimeError,
  SystemExit,
  TimeoutError,
  typeName,
  ValueError,
} from "./asyncio/exceptions.ts";
import {
  exception_only,
  set_exception_formatter,
  set_source_locator,
} from "./asyncio/format_helpers.ts";
import * as asyncio from "./asyncio/index.ts";
import { print, repr, set_output, str } from "./asyncio/print.ts";
import { reset_runtime } from "./asyncio/runners.ts";
import { _report_unretrieved } from "./asyncio/tasks.ts";
import { emit, set_trace, type TraceEvent, tracing } from "./asyncio/trace.ts";
import {
  type CompiledFile,
  CompileError,
  compile,
  resolveImport,
  sourceColumn,
} from "./compiler/index.ts";
import * as time from "./time.ts";

export type { TraceEvent } from "./asyncio/trace.ts";
export { CompileError, compile } from "./compiler/index.ts";

/** How to run a playground. */
export interface ExecuteOptions {
  /** The file to run (default `main.ts`). */
  entry?: string;
  /** Virtual time (default: instant and deterministic) or real time (the loop really waits). */
  clock?: "virtual" | "real";
  /** `asyncio.run`'s debug mode for every loop the program makes. */
  debug?: boolean;
  /** Collect the loop's trace events into the result. */
  trace?: boolean;
  /** Trace events kept before tracing stops (default 100,000); the program runs on. */
  maxTraceEvents?: number;
  /** Receives each trace event as it happens (tracing is on when this is given). */
  onTrace?(event: TraceEvent): void;
  /** Loop turns before the run is stopped (default 1,000,000). */
  maxIterations?: number;
  /** Printed lines before the run is stopped (default 10,000). */
  maxOutputLines?: number;
  /** Receives what the program writes to stdout, as it writes it. */
  onStdout?(text: string): void;
  /** Receives what the program writes to stderr: warnings, logged errors, the traceback. */
  onStderr?(text: string): void;
  /** Called now and then while the program runs (every loop turn, and while waiting). */
  onHeartbeat?(): void;
}

/** One frame of a Python-style traceback, in the user's files. */
export interface Frame {
  file: string;
  line: number;
  /** 1-based, in the source as the reader wrote it. */
  column: number;
  /** The function, as Python's traceback names it (`main`, `<lambda>`, `<module>`). */
  name: string;
  /** The line's text, stripped. */
  source: string;
}

/** Why a program did not finish. */
export interface ExecuteError {
  /** Python's name for the error: SyntaxError, ValueError, CancelledError… */
  type: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  traceback: Frame[];
  /** The whole report as printed on stderr. */
  formatted: string;
}

/** How a run went. */
export interface ExecuteResult {
  ok: boolean;
  error?: ExecuteError;
  /** Which limit stopped the program, in a sentence; absent when none did. */
  limitHit?: string;
  /** The last loop's clock when the program ended (seconds). */
  virtualTime: number;
  /** Milliseconds the run took. */
  wallTime: number;
  trace?: TraceEvent[];
  /** Whether the trace stopped at `maxTraceEvents` before the program ended. */
  traceTruncated?: boolean;
  /** The compiled JavaScript of each file, line for line with its source ("show compiled"). */
  compiled: Record<string, string>;
}

const DEFAULT_MAX_ITERATIONS = 1_000_000;
const DEFAULT_MAX_OUTPUT_LINES = 10_000;
const DEFAULT_MAX_TRACE_EVENTS = 100_000;

/**
 * Enough stack to reach from the line that raised, through the loop, to the module line that
 * called `asyncio.run` (V8 keeps 10 frames by default; other engines ignore this).
 */
const STACK_DEPTH = 200;

/** A frame an exception unwound through on its way out of a coroutine. */
interface Unwound {
  file: string;
  name: string;
  qualname: string;
  line: number;
}

/**
 * What each exception has unwound through, newest last. The JavaScript stack only knows where
 * an exception was made; Python's traceback also lists each coroutine it passed through on its
 * way out — `await t` in main, when t's task failed long after main's frame left the stack.
 */
let unwinding = new WeakMap<object, Unwound[]>();

function unwound(error: unknown, coro: Coroutine): void {
  if (error === null || typeof error !== "object") return;
  const { co_filename, co_name, co_qualname } = coro.cr_code;
  const frames = unwinding.get(error) ?? [];
  frames.push({ file: co_filename, name: co_name, qualname: co_qualname, line: coro.lineno });
  unwinding.set(error, frames);
}

/** The reader's coroutines: the runtime's, noting each exception that leaves them. */
class ReaderCoroutine<T> extends Coroutine<T> {
  override next(value?: unknown): IteratorResult<unknown, T> {
    try {
      return super.next(value);
    } catch (error) {
      unwound(error, this);
      throw error;
    }
  }

  override throw(error: unknown): IteratorResult<unknown, T> {
    try {
      return super.throw(error);
    } catch (raised) {
      unwound(raised, this);
      throw raised;
    }
  }
}

/** The runtime the compiled code calls as `__rt` (see the compiler). */
const runtimeHelpers = Object.freeze({
  coroutine: <T>(
    gen: Generator<unknown, T, unknown>,
    name: string,
    qualname: string,
    filename: string,
    line: number,
  ) => new ReaderCoroutine(gen, name, qualname, filename, line),
  await_,
  discard: _discarded,
  mark_coroutine_function,
  mark_coroutine_methods,
});

/**
 * Eval called by another name runs in the global scope: the module sees only what it is
 * given, and its frames carry its file name.
 */
// biome-ignore lint/security/noGlobalEval: running the reader's program is the point
const indirectEval = globalThis.eval;

/** Python's built-in names a playground sees as globals, besides `print`. */
const PYTHON_BUILTINS: Record<string, unknown> = {
  BaseException,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  IndexError,
  KeyboardInterrupt,
  KeyError,
  LookupError,
  RuntimeError,
  SystemExit,
  TimeoutError,
  ValueError,
  repr,
};

/** V8's stack lines (`at name (file:line:column)`, `at file:line:column`) and Firefox's and Safari's (`name@file:line:column`). */
const STACK_LINE = /^\s*(?:at (?:.*? \()?(.+?):(\d+):(\d+)\)?|[^@]*@(.+?):(\d+):(\d+))$/;

const stackOf = (error: unknown) =>
  error instanceof Error && typeof error.stack === "string" ? error.stack : "";

/** A frame in the reader's files, and whether it runs in a coroutine. */
type StackFrame = Frame & { qualname: string; async: boolean };

/** How the executor reads stacks: the demo's sources, compiled files, and line-1 offsets. */
interface Program {
  files: Record<string, string>;
  compiled: Record<string, CompiledFile>;
  /** Characters before the compiled code on its first line (the wrapper and prologue). */
  firstLineOffset: Record<string, number>;
}

function sourceLine(program: Program, file: string, line: number): string {
  return program.files[file]?.split("\n")[line - 1]?.trim() ?? "";
}

/** The reader's frames in a JavaScript stack, outermost first (as Python prints them). */
function stackFrames(stack: string, program: Program): StackFrame[] {
  const frames: StackFrame[] = [];
  for (const text of stack.split("\n")) {
    const match = STACK_LINE.exec(text);
    if (!match) continue;
    const file = match[1] ?? match[4];
    const compiled = program.compiled[file];
    if (!compiled || !Object.hasOwn(program.files, file)) continue;
    const line = Number(match[2] ?? match[5]);
    const rawColumn = Number(match[3] ?? match[6]);
    const shifted = line === 1 ? rawColumn - program.firstLineOffset[file] : rawColumn;
    const column = sourceColumn(compiled, line, Math.max(shifted, 1));
    const here = line * 1e6 + column - 1;
    // The innermost function around the position: the last one to start before it.
    const enclosing = compiled.functions
      .filter(
        (fn) => fn.start * 1e6 + fn.startColumn <= here && here <= fn.end * 1e6 + fn.endColumn,
      )
      .at(-1);
    frames.push({
      file,
      line,
      column,
      name: enclosing?.name ?? "<module>",
      qualname: enclosing?.qualname ?? "<module>",
      async: enclosing?.async ?? false,
      source: sourceLine(program, file, line),
    });
  }
  // A coroutine's generator and the function that made it share a line: keep one frame each.
  return frames
    .reverse()
    .filter(
      (frame, i, all) =>
        i === 0 || frame.line !== all[i - 1].line || frame.file !== all[i - 1].file,
    );
}

/**
 * The traceback Python would print: the frames around the point the exception was made, with
 * the coroutines it unwound through afterwards (outermost first) spliced in above the
 * coroutine that raised it.
 */
function tracebackOf(error: unknown, program: Program): Frame[] {
  const frames = stackFrames(stackOf(error), program);
  const path = [...(unwinding.get(error as object) ?? [])]
    .filter((frame) => Object.hasOwn(program.files, frame.file))
    .reverse();
  const firstAsync = frames.findIndex((frame) => frame.async);
  if (firstAsync < 0 || path.length === 0) return frames.map(asFrame);
  // The raising task's own coroutines are the last ones the exception left; the rest it met
  // later, awaiting a task or future that held it.
  const raising = frames.slice(firstAsync).filter((frame) => frame.async).length;
  const same = (u: Unwound | undefined) =>
    u !== undefined &&
    u.file === frames[firstAsync].file &&
    u.qualname === frames[firstAsync].qualname;
  let later = path.length - raising;
  if (!same(path[later])) later = path.findIndex(same);
  if (later < 0) later = path.length;
  const awaited: Frame[] = path.slice(0, later).map((u) => ({
    file: u.file,
    line: u.line,
    column: 1,
    name: u.name,
    source: sourceLine(program, u.file, u.line),
  }));
  return [...frames.slice(0, firstAsync), ...awaited, ...frames.slice(firstAsync)].map(asFrame);
}

const asFrame = ({ file, line, column, name, source }: Frame): Frame => ({
  file,
  line,
  column,
  name,
  source,
});

function formatFrames(frames: Frame[]): string {
  const lines = ["Traceback (most recent call last):"];
  for (const frame of frames) {
    lines.push(`  File "${frame.file}", line ${frame.line}, in ${frame.name}`);
    if (frame.source) lines.push(`    ${frame.source}`);
  }
  return lines.join("\n");
}

/** Python's report of an uncaught exception, with its cause chain first. */
function formatTraceback(error: unknown, program: Program): string {
  const own = `${formatFrames(tracebackOf(error, program))}\n${exception_only(error)}`;
  const cause = error instanceof Error ? error.cause : undefined;
  if (!(cause instanceof Error)) return own;
  return `${formatTraceback(cause, program)}\n\nThe above exception was the direct cause of the following exception:\n\n${own}`;
}

/** Python's report of a compile error: a SyntaxError with a caret, or a failed import. */
function formatCompileError(error: CompileError, files: Record<string, string>): string {
  const source = files[error.file]?.split("\n")[error.line - 1] ?? "";
  const text = source.trim();
  if (error.name === "ModuleNotFoundError") {
    return `Traceback (most recent call last):\n  File "${error.file}", line ${error.line}, in <module>\n    ${text}\n${error.name}: ${error.message}`;
  }
  const indent = source.length - source.trimStart().length;
  const caret = " ".repeat(Math.max(error.column - 1 - indent, 0));
  const shown = text ? `\n    ${text}\n    ${caret}^` : "";
  return `  File "${error.file}", line ${error.line}${shown}\n${error.name}: ${error.message}`;
}

/** Compiles `files` and runs `entry`; never throws for anything the program does. */
export function execute(
  files: Record<string, string>,
  options: ExecuteOptions = {},
): ExecuteResult {
  const started = performance.now();
  const entry = options.entry ?? "main.ts";
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const maxOutputLines = options.maxOutputLines ?? DEFAULT_MAX_OUTPUT_LINES;
  const onStdout = options.onStdout ?? (() => {});
  const onStderr = options.onStderr ?? (() => {});
  const heartbeat = options.onHeartbeat ?? (() => {});
  const trace: TraceEvent[] = [];

  let limitHit: string | undefined;
  const stop = (reason: string): never => {
    limitHit ??= reason;
    throw new LoopAborted(limitHit);
  };

  let outputLines = 0;
  const count = (text: string) => {
    for (const ch of text) if (ch === "\n") outputLines += 1;
    if (outputLines > maxOutputLines) {
      stop(
        `Stopped: the program printed more than ${maxOutputLines.toLocaleString("en-US")} lines (limit).`,
      );
    }
  };
  let lastClock: Clock = new VirtualClock();
  const makeClock = (): Clock =>
    (lastClock = options.clock === "real" ? new RealClock(heartbeat) : new VirtualClock());

  // A fresh runtime: no tasks, no loops, Task-1 next.
  reset_runtime();
  time._set_idle_clock(makeClock());
  loopHooks.clock = makeClock;
  let iterations = 0;
  loopHooks.iteration = (loop) => {
    if (limitHit) stop(limitHit);
    iterations += 1;
    if (iterations > maxIterations) {
      stop(
        `Stopped: the program ran ${maxIterations.toLocaleString("en-US")} event-loop iterations without finishing (limit).`,
      );
    }
    if (options.debug && !loop.get_debug() && iterations === 1) loop.set_debug(true);
    heartbeat();
  };
  const previousOutput = set_output({
    stdout: (text) => {
      if (limitHit) stop(limitHit);
      count(text);
      onStdout(text);
      if (tracing) emit({ type: "output", stream: "stdout", text });
    },
    stderr: (text) => {
      if (limitHit) stop(limitHit);
      count(text);
      onStderr(text);
      if (tracing) emit({ type: "output", stream: "stderr", text });
    },
  });
  const maxTraceEvents = options.maxTraceEvents ?? DEFAULT_MAX_TRACE_EVENTS;
  let traceTruncated = false;
  if (options.trace || options.onTrace) {
    set_trace(
      (event) => {
        if (trace.length >= maxTraceEvents) {
          traceTruncated = true;
          set_trace(null);
          return;
        }
        trace.push(event);
        options.onTrace?.(event);
      },
      () => lastClock.peek(),
    );
  }

  const program: Program = { files, compiled: {}, firstLineOffset: {} };
  const previousStackDepth = Error.stackTraceLimit;
  unwinding = new WeakMap();
  const finish = (result: Omit<ExecuteResult, "virtualTime" | "wallTime" | "compiled">) => {
    set_trace(null);
    set_output(previousOutput);
    loopHooks.iteration = null;
    Error.stackTraceLimit = previousStackDepth;
    return {
      ...result,
      virtualTime: lastClock.peek(),
      wallTime: performance.now() - started,
      ...(options.trace ? { trace, traceTruncated } : {}),
      compiled: Object.fromEntries(
        Object.entries(program.compiled).map(([file, c]) => [file, c.code]),
      ),
    };
  };

  if (!Object.hasOwn(files, entry)) {
    const message = `can't open file '${entry}': the playground has ${Object.keys(files).join(", ") || "no files"}`;
    onStderr(`${message}\n`);
    return finish({
      ok: false,
      error: { type: "FileNotFoundError", message, traceback: [], formatted: message },
    });
  }

  try {
    program.compiled = compile(files, entry);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const formatted = formatCompileError(error, files);
    onStderr(`${formatted}\n`);
    const frame: Frame = {
      file: error.file,
      line: error.line,
      column: error.column,
      name: "<module>",
      source: sourceLine(program, error.file, error.line),
    };
    return finish({
      ok: false,
      error: {
        type: error.name,
        message: error.message,
        file: error.file,
        line: error.line,
        column: error.column,
        traceback: error.name === "ModuleNotFoundError" ? [frame] : [],
        formatted,
      },
    });
  }

  Error.stackTraceLimit = STACK_DEPTH;
  set_exception_formatter((error) => formatTraceback(error, program));
  set_source_locator({
    // A reader's function is recognised by its own source text inside a compiled file.
    functionSource(fn) {
      const text = Function.prototype.toString.call(fn);
      for (const [file, { code }] of Object.entries(program.compiled)) {
        const at = code.indexOf(text);
        if (at >= 0) return `${file}:${code.slice(0, at).split("\n").length}`;
      }
      return null;
    },
    callerFrame(stack, skip) {
      const frame = stackFrames(stack, program).at(-1 - skip);
      return frame ? { file: frame.file, line: frame.line, text: frame.source } : null;
    },
  });
  _set_track_origins(true);
  const modules = new Map<string, unknown>();
  const builtins: Record<string, unknown> = {
    asyncio: { __esModule: true, default: asyncio, ...asyncio },
    time: { __esModule: true, default: time, ...time },
  };
  const capturedConsole = {
    log: (...values: unknown[]) => print(...values),
    info: (...values: unknown[]) => print(...values),
    debug: (...values: unknown[]) => print(...values),
    warn: (...values: unknown[]) => print(...values, { file: "stderr" }),
    error: (...values: unknown[]) => print(...values, { file: "stderr" }),
  };
  const globals = { print, console: capturedConsole, ...PYTHON_BUILTINS };
  const load = (file: string): unknown => {
    if (modules.has(file)) return modules.get(file);
    const module = { exports: {} as Record<string, unknown> };
    modules.set(file, module.exports);
    const { code, prologue } = program.compiled[file];
    // The globals are an outer function's parameters, so a module may still declare its own
    // `print` or `class ValueError`. Everything before the code sits on its first line.
    const opening = `(function (${Object.keys(globals).join(", ")}) { return function (require, module, exports, __rt, __filename) {${prologue}`;
    program.firstLineOffset[file] = opening.length;
    const wrapper = `${opening}${code}\n}; })\n//# sourceURL=${file}`;
    const outer = indirectEval(wrapper) as (...args: unknown[]) => (...args: unknown[]) => void;
    const run = outer(...Object.values(globals));
    const require = (spec: string) =>
      Object.hasOwn(builtins, spec) ? builtins[spec] : load(resolveImport(spec, files) ?? spec);
    run(require, module, module.exports, runtimeHelpers, file);
    modules.set(file, module.exports);
    return module.exports;
  };

  let error: unknown = null;
  try {
    load(entry);
  } catch (thrown) {
    error = thrown;
  }
  if (error === null || !limitHit) {
    try {
      _report_unretrieved();
      for (const warning of _take_never_awaited()) onStderr(`${warning}\n`);
    } catch (thrown) {
      error ??= thrown;
    }
  }
  set_exception_formatter(exception_only);
  set_source_locator({ functionSource: () => null, callerFrame: () => null });
  _set_track_origins(false);

  // The loop's own stop (every task waiting, nothing scheduled) reads like a limit: no traceback.
  if (!limitHit && error instanceof LoopAborted) limitHit = error.message;
  if (limitHit) {
    onStderr(`${limitHit}\n`);
    return finish({ ok: false, limitHit });
  }
  if (error !== null) {
    const traceback = tracebackOf(error, program);
    const formatted = formatTraceback(error, program);
    onStderr(`${formatted}\n`);
    const innermost = traceback.at(-1);
    return finish({
      ok: false,
      error: {
        type: typeName(error),
        message: str(error),
        file: innermost?.file,
        line: innermost?.line,
        column: innermost?.column,
        traceback,
        formatted,
      },
    });
  }
  return finish({ ok: true });
}
