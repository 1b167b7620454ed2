/**
 * Python's exception hierarchy, as far as asyncio programs need it. A JavaScript `Error`
 * (and every `class X extends Error` a demo defines) stands for Python's `Exception`;
 * `BaseException` subclasses that are not Exceptions — `CancelledError`, `KeyboardInterrupt`,
 * `SystemExit` — are what `except Exception` lets through, as in Python.
 */
import { isKeywords } from "./arguments.ts";
import { repr, str } from "./print.ts";

/**
 * Python's `BaseException`: the root. Its subclasses name themselves after their class. It
 * keeps the arguments it was made with as `args`, and `str()`, `repr()` and a template literal
 * show them as Python's do (`args` empty, one argument, or the tuple of many). A trailing
 * `{ cause }` is JavaScript's `raise … from cause`, not an argument; trailing `undefined`s are
 * arguments not given, as JavaScript's default parameters read them.
 */
export class BaseException extends Error {
  /** Python's `args`: what the exception was made with. */
  args: unknown[];
  constructor(...args: unknown[]) {
    const last = args.at(-1);
    const options =
      isKeywords(last) && Object.keys(last).length === 1 && Object.hasOwn(last, "cause")
        ? (args.pop() as ErrorOptions)
        : undefined;
    while (args.length && args.at(-1) === undefined) args.pop();
    // No argument leaves Error without an own `message`, as Python's args stay empty.
    super(args.length === 0 ? undefined : BaseException_str(args), options);
    this.name = new.target.name;
    this.args = args;
  }

  /** Python's `str(exc)`. */
  __str__(): string {
    return BaseException_str(this.args);
  }

  /** Python's `repr(exc)`: `ValueError('x')`, `KeyError()`, `ValueError('a', 'b')`. */
  __repr__(): string {
    const shown = this.args.length === 1 ? repr(this.args[0]) : repr(this.args).slice(1, -1);
    return `${this.name}(${shown})`;
  }

  /** A template literal shows what an f-string shows: `str(exc)`. */
  override toString(): string {
    return this.__str__();
  }
}

/** `BaseException.__str__` (Objects/exceptions.c): nothing, the one argument, or the tuple. */
function BaseException_str(args: readonly unknown[]): string {
  if (args.length === 0) return "";
  if (args.length === 1) return str(args[0]);
  return tupleRepr(args);
}

/** Python's repr of a tuple: `('a', 'b')`, `(1,)`. */
function tupleRepr(items: readonly unknown[]): string {
  return items.length === 1 ? `(${repr(items[0])},)` : `(${items.map(repr).join(", ")})`;
}

/** Python's `Exception`. Any plain JavaScript Error counts as one too (see isException). */
export class Exception extends BaseException {}

/** Whether `error` is a Python `Exception` (not just a BaseException such as CancelledError). */
export function isException(error: unknown): boolean {
  return (
    error instanceof Error &&
    (!(error instanceof BaseException) ||
      error instanceof Exception ||
      error instanceof ExceptionGroup)
  );
}

// Python's built-in exceptions that asyncio raises, under their Python names.
export class RuntimeError extends Exception {}
/** What Python raises where JavaScript overflows its stack (see execute/traceback.ts). */
export class RecursionError extends RuntimeError {}
export class ValueError extends Exception {}
export class LookupError extends Exception {}
export class KeyError extends LookupError {
  /** A key is shown as its repr, so `KeyError('')` does not print as nothing. */
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}
export class IndexError extends LookupError {}
export class StopIteration extends Exception {
  /** The value a finished generator or coroutine returned (its first argument, or None). */
  value: unknown;
  constructor(...args: unknown[]) {
    super(...args);
    this.value = this.args[0] ?? null;
  }
}
/** What an async generator raises when it has no more values (`__anext__` at its end). */
export class StopAsyncIteration extends Exception {}
/** What closing a generator raises inside it; a BaseException, so `except Exception` misses it. */
export class GeneratorExit extends BaseException {}
export class KeyboardInterrupt extends BaseException {}
export class SystemExit extends BaseException {}

/** asyncio's `CancelledError`: a BaseException since Python 3.8, so `except Exception` misses it. */
export class CancelledError extends BaseException {}
/** Python's built-in `TimeoutError`, which `asyncio.TimeoutError` is since 3.11. */
export class TimeoutError extends Exception {
  /** An `OSError`'s: two or three arguments are `errno, strerror[, filename]`. */
  override __str__(): string {
    const [errno, strerror, filename] = this.args;
    if (this.args.length === 2) return `[Errno ${str(errno)}] ${str(strerror)}`;
    if (this.args.length === 3) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}`;
    return super.__str__();
  }
}
/** An operation on a Future or Task in the wrong state (e.g. `set_result` twice). */
export class InvalidStateError extends Exception {}
/** Raised by a Barrier that was reset or aborted while tasks waited. */
export class BrokenBarrierError extends RuntimeError {}

/**
 * Python's `BaseExceptionGroup(message, exceptions)`. Constructing one from Exceptions only
 * gives an `ExceptionGroup`, as Python's `__new__` does.
 */
export class BaseExceptionGroup extends BaseException {
  readonly exceptions!: readonly Error[];
  constructor(message: string, exceptions: Error[]) {
    super(message, exceptions);
    if (new.target === BaseExceptionGroup && exceptions.every(isException)) {
      // biome-ignore lint/correctness/noConstructorReturn: mirrors BaseExceptionGroup.__new__
      return new ExceptionGroup(message, exceptions);
    }
    if (exceptions.length === 0) {
      throw new ValueError("second argument (exceptions) must be a non-empty sequence");
    }
    this.exceptions = Object.freeze([...exceptions]);
  }

  /** Python's `str(group)`: the message and how many exceptions it holds. */
  override __str__(): string {
    const n = this.exceptions.length;
    return `${this.args[0]} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }
}

/** Python's `ExceptionGroup`: a group of Exceptions, itself an Exception. */
export class ExceptionGroup extends BaseExceptionGroup {
  constructor(message: string, exceptions: Error[]) {
    super(message, exceptions);
    if (!exceptions.every(isException)) {
      throw new TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    }
  }
}

/** The Python name of an error's type, as a traceback's last line shows it. */
export function typeName(error: unknown): string {
  if (error instanceof Error) {
    const name = error.constructor.name;
    return name === "Error" ? "Exception" : name;
  }
  return "Exception";
}
