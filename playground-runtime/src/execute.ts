/**
 * Compiles a playground's files and runs them on a fresh runtime: what the browser's worker
 * and the command-line runner both call, so a demo prints the same in both. Runs are
 * synchronous (the event loop is the program's own); limits stop runaway programs cleanly.
 */
import { LoopAborted, loopHooks } from "./asyncio/base_events.ts";
import { type Clock, RealClock, VirtualClock } from "./asyncio/clocks.ts";
import {
  _reset_coroutines,
  _set_track_origins,
  _take_never_awaited,
  await_,
  coroutine,
  mark_coroutine_function,
} from "./asyncio/coroutines.ts";
import { _reset_events } from "./asyncio/events.ts";
import { typeName } from "./asyncio/exceptions.ts";
import {
  exception_only,
  set_exception_formatter,
  set_source_locator,
} from "./asyncio/format_helpers.ts";
import * as asyncio from "./asyncio/index.ts";
import { print, set_output, str } from "./asyncio/print.ts";
import { _report_unretrieved, _reset_tasks } from "./asyncio/tasks.ts";
import { emit, set_trace, type TraceEvent, tracing } from "./asyncio/trace.ts";
import { type CompiledFile, CompileError, compile, resolveImport } from "./compiler/index.ts";
import * as time from "./time.ts";

export type { TraceEvent } from "./asyncio/trace.ts";
export { CompileError, compile } from "./compiler/index.ts";

export interface ExecuteOptions {
  /** The file to run (default `main.ts`). */
  entry?: string;
  clock?: "virtual" | "real";
  /** `asyncio.run`'s debug mode for every loop the program makes. */
  debug?: boolean;
  /** Collect the loop's trace events into the result. */
  trace?: boolean;
  /** Loop turns before the run is stopped (default 1,000,000). */
  maxIterations?: number;
  /** Printed lines before the run is stopped (default 10,000). */
  maxOutputLines?: number;
  onStdout?(text: string): void;
  onStderr?(text: string): void;
  /** Called now and then while the program runs (every loop turn, and while waiting). */
  onHeartbeat?(): void;
}

/** One frame of a Python-style traceback, in the user's files. */
export interface Frame {
  file: string;
  line: number;
  column: number;
  name: string;
  source: string;
}

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

export interface ExecuteResult {
  ok: boolean;
  error?: ExecuteError;
  /** Which limit stopped the program, in a sentence; absent when none did. */
  limitHit?: string;
  /** The last loop's clock when the program ended (seconds). */
  virtualTime: number;
  wallTime: number;
  trace?: TraceEvent[];
  /** The compiled JavaScript of each file (for "show compiled"). */
  compiled?: Record<string, string>;
}

const DEFAULT_MAX_ITERATIONS = 1_000_000;
const DEFAULT_MAX_OUTPUT_LINES = 10_000;

/** The runtime the compiled code calls: `__rt.coroutine`, `__rt.await_`. */
const runtimeHelpers = Object.freeze({ coroutine, await_, mark_coroutine_function });

/** V8 stack lines: `at name (file:line:column)` or `at file:line:column`. */
const STACK_LINE = /^\s*at (?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

const stackOf = (error: unknown) =>
  error instanceof Error && typeof error.stack === "string" ? error.stack : "";

function userFrames(
  stack: string,
  files: Record<string, string>,
  compiled: Record<string, CompiledFile>,
): Frame[] {
  const frames: Frame[] = [];
  for (const text of stack.split("\n")) {
    const match = STACK_LINE.exec(text);
    if (!match) continue;
    const file = match[2];
    if (!(file in files)) continue;
    const line = Number(match[3]);
    const enclosing = compiled[file]?.functions
      .filter((fn) => fn.start <= line && line <= fn.end)
      .sort((a, b) => b.start - a.start)[0];
    frames.push({
      file,
      line,
      column: Number(match[4]),
      name: enclosing?.qualname.split(".").pop() ?? "<module>",
      source: files[file].split("\n")[line - 1]?.trim() ?? "",
    });
  }
  // V8 lists the newest call first; Python's traceback ends with it.
  return frames
    .reverse()
    .filter(
      (frame, i, all) =>
        i === 0 || frame.line !== all[i - 1].line || frame.file !== all[i - 1].file,
    );
}

function formatTraceback(error: unknown, frames: Frame[]): string {
  const lines = ["Traceback (most recent call last):"];
  for (const frame of frames) {
    lines.push(`  File "${frame.file}", line ${frame.line}, in ${frame.name}`);
    if (frame.source) lines.push(`    ${frame.source}`);
  }
  const cause = error instanceof Error ? error.cause : undefined;
  const last = exception_only(error);
  if (cause instanceof Error) {
    return `${exception_only(cause)}\n\nThe above exception was the direct cause of the following exception:\n\n${lines.join("\n")}\n${last}`;
  }
  return `${lines.join("\n")}\n${last}`;
}

function formatSyntaxError(error: CompileError, files: Record<string, string>): string {
  const source = files[error.file]?.split("\n")[error.line - 1] ?? "";
  const indent = source.length - source.trimStart().length;
  const caret = " ".repeat(Math.max(error.column - 1 - indent, 0));
  return `  File "${error.file}", line ${error.line}\n    ${source.trim()}\n    ${caret}^\nSyntaxError: ${error.message}`;
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
  _reset_tasks();
  _reset_coroutines();
  _reset_events();
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
  if (options.trace)
    set_trace(
      (event) => trace.push(event),
      () => lastClock.peek(),
    );

  let compiled: Record<string, CompiledFile> = {};
  const finish = (result: Omit<ExecuteResult, "virtualTime" | "wallTime">): ExecuteResult => {
    set_trace(null);
    set_output(previousOutput);
    loopHooks.iteration = null;
    return {
      ...result,
      virtualTime: lastClock.peek(),
      wallTime: performance.now() - started,
      ...(options.trace ? { trace } : {}),
      compiled: Object.fromEntries(Object.entries(compiled).map(([file, c]) => [file, c.code])),
    };
  };

  if (!(entry in files)) {
    const message = `can't open file '${entry}': the playground has ${Object.keys(files).join(", ") || "no files"}`;
    onStderr(`${message}\n`);
    return finish({
      ok: false,
      error: { type: "FileNotFoundError", message, traceback: [], formatted: message },
    });
  }

  try {
    compiled = compile(files, entry);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const formatted = formatSyntaxError(error, files);
    onStderr(`${formatted}\n`);
    return finish({
      ok: false,
      error: {
        type: "SyntaxError",
        message: error.message,
        file: error.file,
        line: error.line,
        column: error.column,
        traceback: [],
        formatted,
      },
    });
  }

  set_exception_formatter((error) =>
    formatTraceback(error, userFrames(stackOf(error), files, compiled)),
  );
  set_source_locator({
    // A reader's function is recognised by its own source text inside a compiled file.
    functionSource(fn) {
      const text = Function.prototype.toString.call(fn);
      for (const [file, { code }] of Object.entries(compiled)) {
        const at = code.indexOf(text);
        if (at >= 0) return `${file}:${code.slice(0, at).split("\n").length}`;
      }
      return null;
    },
    callerFrame(stack, skip) {
      const frame = userFrames(stack, files, compiled).at(-1 - skip);
      return frame ? { file: frame.file, line: frame.line, text: frame.source } : null;
    },
  });
  _set_track_origins(true);
  const modules = new Map<string, unknown>();
  const builtins: Record<string, unknown> = {
    asyncio: { __esModule: true, ...asyncio },
    time: { __esModule: true, ...time },
  };
  const capturedConsole = {
    log: (...values: unknown[]) => print(...values),
    info: (...values: unknown[]) => print(...values),
    warn: (...values: unknown[]) => print(...values, { file: "stderr" }),
    error: (...values: unknown[]) => print(...values, { file: "stderr" }),
  };
  const load = (file: string): unknown => {
    if (modules.has(file)) return modules.get(file);
    const module = { exports: {} as Record<string, unknown> };
    modules.set(file, module.exports);
    const wrapper = `(function (require, module, exports, __rt, __filename, print, console) {${compiled[file].code}\n})\n//# sourceURL=${file}`;
    // Indirect eval: the module sees only what it is given, and its frames carry its file name.
    // biome-ignore lint/security/noGlobalEval: running the reader's program is the point
    const run = (0, eval)(wrapper) as (...args: unknown[]) => void;
    const require = (spec: string) => builtins[spec] ?? load(resolveImport(spec, files) ?? spec);
    run(require, module, module.exports, runtimeHelpers, file, print, capturedConsole);
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

  if (limitHit) {
    onStderr(`${limitHit}\n`);
    return finish({ ok: false, limitHit });
  }
  if (error !== null) {
    const traceback = userFrames(stackOf(error), files, compiled);
    const formatted = formatTraceback(error, traceback);
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
