/**
 * One run of a playground: it takes over the runtime's process-wide hooks (where printed text
 * goes, the trace, the loops' clocks and turns, how tracebacks and source lines are found, how
 * deep stacks go) and `dispose()` gives every one of them back, however the run ended.
 */
import { LoopAborted, loopHooks } from "../asyncio/base_events.ts";
import { type Clock, RealClock, VirtualClock } from "../asyncio/clocks.ts";
import { _set_track_origins, _take_never_awaited } from "../asyncio/coroutines.ts";
import { RecursionError, typeName } from "../asyncio/exceptions.ts";
import { set_exception_formatter, set_source_locator } from "../asyncio/format_helpers.ts";
import { repr, set_output, str } from "../asyncio/print.ts";
import { reset_runtime } from "../asyncio/runners.ts";
import { _report_unretrieved } from "../asyncio/tasks.ts";
import { emit, set_trace, type TraceEvent, tracing } from "../asyncio/trace.ts";
import { _set_main_file } from "../asyncio/warnings.ts";
import { isFileName } from "../compiler/file-names.ts";
import { CompileError, compile } from "../compiler/index.ts";
import { _set_idle_clock } from "../stdlib/time.ts";
import { RunLimits } from "./limits.ts";
import { moduleLoader } from "./loader.ts";
import {
  asRecursionError,
  type Frame,
  formatCompileError,
  formatTraceback,
  type Program,
  sourceLine,
  stackFrames,
  tracebackOf,
  Unwinding,
} from "./traceback.ts";

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
  /** Printed characters before the output is cut there and the run stopped (default 1,000,000). */
  maxOutputChars?: number;
  /** Receives what the program writes to stdout, as it writes it. */
  onStdout?(text: string): void;
  /** Receives what the program writes to stderr: warnings, logged errors, the traceback. */
  onStderr?(text: string): void;
  /** Called now and then while the program runs (every loop turn, and while waiting). */
  onHeartbeat?(): void;
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

/** How the program ended, before the run's measurements are added. */
export type Outcome = Pick<ExecuteResult, "ok" | "error" | "limitHit">;

const DEFAULT_MAX_TRACE_EVENTS = 100_000;

/**
 * Never-awaited warnings printed as a program ends before the rest are only counted: a
 * program that made 100,000 coroutines and failed should show its error, not bury it.
 */
const WARNINGS_SHOWN = 20;

/**
 * Enough stack to reach from the line that raised, through the loop, to the module line that
 * called `asyncio.run` (V8 keeps 10 frames by default; other engines ignore this).
 */
const STACK_DEPTH = 200;

const nothing = () => {};

/**
 * A run, in its stages: `open()` (a fresh runtime, the hooks that report to this run),
 * `compile(entry)`, `run(entry)`, `report(error)`, `result(outcome)`. Whatever a stage throws,
 * `dispose()` gives back what was installed; `execute` calls it in a `finally`.
 */
export class RunSession {
  private readonly options: ExecuteOptions;
  private readonly started = performance.now();
  private readonly program: Program;
  private readonly unwinding = new Unwinding();
  private readonly limits: RunLimits;
  private readonly onStderr: (text: string) => void;
  private readonly trace: TraceEvent[] = [];
  private traceTruncated = false;
  private lastClock: Clock = new VirtualClock();
  /** What puts each installed hook back as it was, in the order they were installed. */
  private readonly restores: (() => void)[] = [];

  constructor(files: Record<string, string>, options: ExecuteOptions = {}) {
    this.options = options;
    this.program = { files, compiled: {}, firstLineOffset: {} };
    this.limits = new RunLimits(
      options.maxIterations,
      options.maxOutputLines,
      options.maxOutputChars,
    );
    this.onStderr = options.onStderr ?? nothing;
  }

  /** Puts `restore` on the list `dispose()` runs. */
  private installed(restore: () => void): void {
    this.restores.push(restore);
  }

  /**
   * A fresh runtime (no tasks, no loops, Task-1 next) whose output, clocks, loop turns and
   * trace report to this run.
   */
  open(): void {
    const { options, limits } = this;
    const heartbeat = options.onHeartbeat ?? nothing;
    reset_runtime();
    // On virtual time the whole program reads one clock, as the twin's CPython does: a second
    // loop (another asyncio.run) goes on from where the first one left the clock.
    const programClock = options.clock === "real" ? null : new VirtualClock();
    const makeClock = (): Clock => (this.lastClock = programClock ?? new RealClock(heartbeat));
    const idleClock = _set_idle_clock(makeClock());
    this.installed(() => _set_idle_clock(idleClock));
    const { clock, iteration } = loopHooks;
    loopHooks.clock = makeClock;
    loopHooks.iteration = (loop) => {
      const turns = limits.iteration();
      if (options.debug && !loop.get_debug() && turns === 1) loop.set_debug(true);
      heartbeat();
    };
    this.installed(() => Object.assign(loopHooks, { clock, iteration }));

    const onStdout = options.onStdout ?? nothing;
    const output = set_output({
      stdout: (written) => {
        const text = limits.output(written);
        onStdout(text);
        if (tracing) emit({ type: "output", stream: "stdout", text });
        limits.truncated();
      },
      stderr: (written) => {
        const text = limits.output(written);
        this.onStderr(text);
        if (tracing) emit({ type: "output", stream: "stderr", text });
        limits.truncated();
      },
    });
    this.installed(() => set_output(output));

    if (options.trace || options.onTrace) {
      const maxTraceEvents = options.maxTraceEvents ?? DEFAULT_MAX_TRACE_EVENTS;
      set_trace(
        (event) => {
          if (this.trace.length >= maxTraceEvents) {
            this.traceTruncated = true;
            set_trace(null);
            return;
          }
          this.trace.push(event);
          options.onTrace?.(event);
        },
        () => this.lastClock.peek(),
      );
      this.installed(() => set_trace(null));
    }
  }

  /** Compiles the program from `entry`; a program that cannot run ends here, with its report. */
  compile(entry: string): Outcome | null {
    const { files } = this.program;
    const badName = Object.keys(files).find((name) => !isFileName(name));
    if (badName !== undefined) {
      const message = `invalid file name ${repr(badName)}: a playground's files are named as paths of .ts files, such as main.ts or lib/util.ts`;
      this.onStderr(`ValueError: ${message}\n`);
      return {
        ok: false,
        error: { type: "ValueError", message, traceback: [], formatted: `ValueError: ${message}` },
      };
    }
    if (!Object.hasOwn(files, entry)) {
      const message = `can't open file '${entry}': the playground has ${Object.keys(files).join(", ") || "no files"}`;
      this.onStderr(`${message}\n`);
      return {
        ok: false,
        error: { type: "FileNotFoundError", message, traceback: [], formatted: message },
      };
    }
    try {
      this.program.compiled = compile(files, entry);
      return null;
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      const formatted = formatCompileError(error, files);
      this.onStderr(`${formatted}\n`);
      const frame: Frame = {
        file: error.file,
        line: error.line,
        column: error.column,
        name: "<module>",
        source: sourceLine(files, error.file, error.line),
      };
      return {
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
      };
    }
  }

  /**
   * Runs `entry`, then reports what CPython reports as a program ends (exceptions never
   * retrieved, coroutines never awaited); returns what the program raised, or null.
   */
  run(entry: string): unknown {
    this.readStacks();
    _set_main_file(entry);
    let error: unknown = null;
    try {
      moduleLoader(this.program, this.unwinding)(entry);
    } catch (thrown) {
      error = asRecursionError(thrown, this.unwinding);
    }
    if (error === null || !this.limits.hit) {
      try {
        _report_unretrieved();
        // A stack overflow strikes between a coroutine's making and its awaiting, which in
        // Python are one step: the coroutine it left behind is an artefact, not the reader's.
        const overflowed = error instanceof RecursionError;
        const warnings = _take_never_awaited().filter(() => !overflowed);
        for (const warning of warnings.slice(0, WARNINGS_SHOWN)) this.onStderr(`${warning}\n`);
        const unshown = warnings.length - WARNINGS_SHOWN;
        if (unshown > 0) {
          this.onStderr(
            `RuntimeWarning: ${unshown.toLocaleString("en-US")} more coroutines were never awaited (not shown)\n`,
          );
        }
      } catch (thrown) {
        error ??= thrown;
      }
    }
    return error;
  }

  /**
   * Deep stacks, read back into the reader's files: for tracebacks, for callbacks' and
   * coroutines' "defined at" and "created at" lines, and for never-awaited warnings.
   */
  private readStacks(): void {
    const { program, unwinding } = this;
    const stackDepth = Error.stackTraceLimit;
    Error.stackTraceLimit = STACK_DEPTH;
    this.installed(() => {
      Error.stackTraceLimit = stackDepth;
    });
    const formatter = set_exception_formatter((error) =>
      formatTraceback(error, program, unwinding, true),
    );
    this.installed(() => set_exception_formatter(formatter));
    const locator = set_source_locator({
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
    this.installed(() => set_source_locator(locator));
    _set_track_origins(true);
    this.installed(() => _set_track_origins(false));
  }

  /** The report of how the program ended, `error` being what it raised (or null). */
  report(error: unknown): Outcome {
    const { limits, program, unwinding } = this;
    // The loop's own stop (every task waiting, nothing scheduled) reads like a limit: no traceback.
    if (!limits.hit && error instanceof LoopAborted) limits.hit = error.message;
    if (limits.hit) {
      this.onStderr(`${limits.hit}\n`);
      return { ok: false, limitHit: limits.hit };
    }
    if (error === null) return { ok: true };
    const traceback = tracebackOf(error, program, unwinding);
    const formatted = formatTraceback(error, program, unwinding);
    this.onStderr(`${formatted}\n`);
    const innermost = traceback.at(-1);
    return {
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
    };
  }

  /** The result of the run that ended with `outcome`. */
  result(outcome: Outcome): ExecuteResult {
    return {
      ...outcome,
      virtualTime: this.lastClock.peek(),
      wallTime: performance.now() - this.started,
      ...(this.options.trace ? { trace: this.trace, traceTruncated: this.traceTruncated } : {}),
      compiled: Object.fromEntries(
        Object.entries(this.program.compiled).map(([file, c]) => [file, c.code]),
      ),
    };
  }

  /** Gives back every hook this run installed, the last installed first. */
  dispose(): void {
    for (let restore = this.restores.pop(); restore; restore = this.restores.pop()) restore();
  }
}
