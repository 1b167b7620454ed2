/**
 * Python's exception hierarchy, as far as asyncio programs need it. A JavaScript `Error`
 * (and every `class X extends Error` a demo defines) stands for Python's `Exception`;
 * `BaseException` subclasses that are not Exceptions — `CancelledError`, `KeyboardInterrupt`,
 * `SystemExit` — are what `except Exception` lets through, as in Python.
 */

/** Python's `BaseException`: the root. Its subclasses name themselves after their class. */
export class BaseException extends Error {
  constructor(message?: string, options?: ErrorOptions) {
    // No message leaves Error without an own `message`, as Python's args stay empty:
    // repr() tells CancelledError() from CancelledError('').
    super(message, options);
    this.name = new.target.name;
  }
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
export class KeyError extends LookupError {}
export class IndexError extends LookupError {}
export class StopIteration extends Exception {
  /** The value a finished generator or coroutine returned. */
  value: unknown;
  constructor(value?: unknown) {
    super(value === undefined || value === null ? "" : String(value));
    this.value = value ?? null;
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
export class TimeoutError extends Exception {}
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
    super(message);
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
  __str__(): string {
    const n = this.exceptions.length;
    return `${this.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }

  override toString(): string {
    return `${this.name}: ${this.__str__()}`;
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
