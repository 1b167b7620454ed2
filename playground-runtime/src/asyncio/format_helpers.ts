/**
 * How the runtime formats an exception with its traceback (for logged errors such as "Task
 * exception was never retrieved"). The executor installs a formatter that knows the
 * playground's source files; the fallback prints the last line only.
 */
import { typeName } from "./exceptions.ts";
import { str } from "./print.ts";

/** Python's last traceback line: `ValueError: boom`. */
export function exception_only(error: unknown): string {
  const message = str(error);
  return message ? `${typeName(error)}: ${message}` : typeName(error);
}

let formatter: (error: unknown) => string = exception_only;

/** The exception as Python's `traceback.format_exception` would print it (no final newline). */
export function format_exception(error: unknown): string {
  return formatter(error);
}

/**
 * Installs the traceback formatter (the executor's, which maps frames to the user's lines);
 * returns the previous one.
 */
export function set_exception_formatter(
  format: (error: unknown) => string,
): (error: unknown) => string {
  const previous = formatter;
  formatter = format;
  return previous;
}

/**
 * Where the reader's functions are defined and where a call came from. Python reads this off
 * code objects and frames; the executor answers from the compiler's function table and the
 * JavaScript stack. Outside the executor nothing is known, and nothing is shown.
 */
export interface SourceLocator {
  /** `file:line` where a function is defined, if it is one of the reader's. */
  functionSource(fn: Function): string | null;
  /**
   * A frame of the reader's code in a captured stack (`skip` of them skipped, innermost
   * first), with its source line.
   */
  callerFrame(stack: string, skip: number): { file: string; line: number; text: string } | null;
}

let locator: SourceLocator = { functionSource: () => null, callerFrame: () => null };

/** Installs the source locator; returns the previous one. */
export function set_source_locator(next: SourceLocator): SourceLocator {
  const previous = locator;
  locator = next;
  return previous;
}

/**
 * The current JavaScript stack, for "created at" and never-awaited warnings. An Error is kept,
 * not its text: V8 formats `.stack` only when it is read, which is rarely.
 */
export function extract_stack(): Error {
  return new Error();
}

/** `file:line` of the reader's code that made the call this stack was captured in. */
export function caller_source(origin: Error | null): string | null {
  const frame = origin?.stack ? locator.callerFrame(origin.stack, 0) : null;
  return frame ? `${frame.file}:${frame.line}` : null;
}

/** The reader's frame that made the call this stack was captured in, with its source line. */
export function caller_frame(
  origin: Error | null,
  skip = 0,
): { file: string; line: number; text: string } | null {
  return origin?.stack ? locator.callerFrame(origin.stack, skip) : null;
}

/** Python's `_format_callback_source`: `cb()` (arguments only in debug mode) `at file:line`. */
export function format_callback_source(
  fn: Function | null,
  args: readonly unknown[] | null,
  debug: boolean,
  formatArg: (value: unknown) => string,
): string {
  if (fn === null) return "<cancelled>";
  const named = fn as Function & { __qualname__?: string };
  // Python names a callable by its __qualname__, else by its repr (a coroutine passed by mistake).
  const name =
    named.__qualname__ ??
    (typeof fn === "function" ? fn.name.replace(/^bound /, "") || "<lambda>" : formatArg(fn));
  const shown = debug ? `(${(args ?? []).map(formatArg).join(", ")})` : "()";
  const source = locator.functionSource(fn);
  return `${name}${shown}${source ? ` at ${source}` : ""}`;
}
