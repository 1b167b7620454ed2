/**
 * Python's traceback for an error the reader's program raised: the JavaScript stack read
 * back into the reader's files, lines and function names, with the coroutines the error
 * unwound through spliced in, printed as CPython's `traceback` module prints it.
 */
import type { Coroutine } from "../asyncio/coroutines.ts";
import { _mark_raised, _was_raised, BaseException, RecursionError } from "../asyncio/exceptions.ts";
import { exception_only } from "../asyncio/format_helpers.ts";
import { type CompiledFile, type CompileError, sourceColumn } from "../compiler/index.ts";

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

/** How stacks are read: the demo's sources, compiled files, and line-1 offsets. */
export interface Program {
  files: Record<string, string>;
  compiled: Record<string, CompiledFile>;
  /** Characters before the compiled code on its first line (the wrapper and prologue). */
  firstLineOffset: Record<string, number>;
}

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
export class Unwinding {
  private readonly paths = new WeakMap<object, Unwound[]>();

  /** `error` is leaving `coro`. */
  note(error: unknown, coro: Coroutine): void {
    if (error === null || typeof error !== "object") return;
    _mark_raised(error);
    const { co_filename, co_name, co_qualname } = coro.cr_code;
    const frames = this.paths.get(error) ?? [];
    frames.push({ file: co_filename, name: co_name, qualname: co_qualname, line: coro.lineno });
    this.paths.set(error, frames);
  }

  /** The coroutines `error` has left, oldest first. */
  of(error: unknown): readonly Unwound[] {
    return (error !== null && typeof error === "object" && this.paths.get(error)) || [];
  }

  /** `replacement` stands for `error` from now on: it has unwound through the same frames. */
  replace(error: unknown, replacement: object): void {
    this.paths.set(replacement, [...this.of(error)]);
  }
}

/**
 * JavaScript's stack overflow (V8's and JavaScriptCore's RangeError, SpiderMonkey's
 * InternalError) as Python reports its own: a RecursionError with the same traceback.
 */
export function asRecursionError(error: unknown, unwinding: Unwinding): unknown {
  if (!(error instanceof Error) || !/call stack size|too much recursion/i.test(error.message)) {
    return error;
  }
  const recursion = new RecursionError("maximum recursion depth exceeded");
  recursion.stack = error.stack;
  unwinding.replace(error, recursion);
  return recursion;
}

/** V8's stack lines (`at name (file:line:column)`, `at file:line:column`) and Firefox's and Safari's (`name@file:line:column`). */
const STACK_LINE = /^\s*(?:at (?:.*? \()?(.+?):(\d+):(\d+)\)?|[^@]*@(.+?):(\d+):(\d+))$/;

const stackOf = (error: unknown) =>
  error instanceof Error && typeof error.stack === "string" ? error.stack : "";

/** A frame in the reader's files, and whether it runs in a coroutine. */
type StackFrame = Frame & { qualname: string; async: boolean };

export function sourceLine(files: Record<string, string>, file: string, line: number): string {
  return files[file]?.split("\n")[line - 1]?.trim() ?? "";
}

/** The reader's frames in a JavaScript stack, outermost first (as Python prints them). */
export function stackFrames(stack: string, program: Program): StackFrame[] {
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
      source: sourceLine(program.files, file, line),
    });
  }
  // A coroutine's generator and the function that made it share a line: keep one frame each.
  // (A plain function calling itself on one line is a frame per call, as in Python.)
  return frames
    .reverse()
    .filter(
      (frame, i, all) =>
        i === 0 || !frame.async || frame.line !== all[i - 1].line || frame.file !== all[i - 1].file,
    );
}

/**
 * The traceback Python would print: the frames around the point the exception was made, with
 * the coroutines it unwound through afterwards (outermost first) spliced in above the
 * coroutine that raised it.
 */
export function tracebackOf(
  error: unknown,
  program: Program,
  unwinding: Unwinding,
  caught = false,
): Frame[] {
  // A Python exception that was never raised has no traceback (one the JavaScript engine
  // threw was raised where it was made).
  if (caught && error instanceof BaseException && !_was_raised(error)) return [];
  const all = stackFrames(stackOf(error), program);
  // A caught exception's traceback begins in a coroutine: what called the loop is no part of
  // it (a task's `__step` caught it, or the coroutine's own handler did).
  const start = caught
    ? Math.max(
        all.findIndex((frame) => frame.async),
        0,
      )
    : 0;
  const frames = all.slice(start);
  const path = unwinding
    .of(error)
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
    source: sourceLine(program.files, u.file, u.line),
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

/** Identical frames in a row shown before the rest are counted instead (CPython's cutoff). */
const RECURSIVE_CUTOFF = 3;

function formatFrames(frames: Frame[]): string {
  const lines = ["Traceback (most recent call last):"];
  let repeated = 0;
  const summarise = () => {
    const more = repeated - RECURSIVE_CUTOFF;
    if (more > 0) lines.push(`  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]`);
    repeated = 0;
  };
  frames.forEach((frame, i) => {
    const previous = frames[i - 1];
    const same =
      previous?.file === frame.file && previous.line === frame.line && previous.name === frame.name;
    if (!same) summarise();
    repeated += 1;
    if (repeated > RECURSIVE_CUTOFF) return;
    lines.push(`  File "${frame.file}", line ${frame.line}, in ${frame.name}`);
    if (frame.source) lines.push(`    ${frame.source}`);
  });
  summarise();
  return lines.join("\n");
}

/**
 * What an exception's report chains to, as `traceback.TracebackException` reads it: the cause
 * (`raise X from Y`, written `{ cause: y }`), else the exception it was raised while handling
 * (`__context__`) unless a cause was given at all (`{ cause: null }` is `from None`: Python's
 * `__suppress_context__`).
 */
function chainedTo(error: unknown): { exception: Error; message: string } | null {
  if (!(error instanceof Error)) return null;
  if (error.cause instanceof Error) {
    return {
      exception: error.cause,
      message: "The above exception was the direct cause of the following exception:",
    };
  }
  const suppressed =
    Object.hasOwn(error, "cause") ||
    (error as { __suppress_context__?: unknown }).__suppress_context__ === true;
  const context = (error as { __context__?: unknown }).__context__;
  if (suppressed || !(context instanceof Error)) return null;
  return {
    exception: context,
    message: "During handling of the above exception, another exception occurred:",
  };
}

/**
 * Python's report of an exception, with its chain (cause or context) first: of one that left
 * the program (`caught` false), or of one that was caught on the way (a task's, a chain's).
 */
export function formatTraceback(
  error: unknown,
  program: Program,
  unwinding: Unwinding,
  caught = false,
  seen = new Set<unknown>(),
): string {
  seen.add(error);
  const frames = tracebackOf(error, program, unwinding, caught);
  // No traceback, no heading: only the exception, as CPython prints one with none.
  const own =
    frames.length === 0
      ? exception_only(error)
      : `${formatFrames(frames)}\n${exception_only(error)}`;
  const chained = chainedTo(error);
  if (chained === null || seen.has(chained.exception)) return own;
  return `${formatTraceback(chained.exception, program, unwinding, true, seen)}\n\n${chained.message}\n\n${own}`;
}

/** Python's report of a compile error: a SyntaxError with a caret, or a failed import. */
export function formatCompileError(error: CompileError, files: Record<string, string>): string {
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
