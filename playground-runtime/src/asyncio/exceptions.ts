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

/**
 * The exceptions being handled, CPython's `_PyErr_StackItem`: each coroutine has its own (its
 * `gi_exc_state`), linked on top of its caller's while it runs, so one suspended inside an
 * `except` block lends its exception to no other task.
 */
export interface ExceptionState {
  /** The exceptions its handlers are handling now, innermost last. */
  readonly handled: unknown[];
  /** The state below it while it runs (its caller's), else null. */
  previous_item: ExceptionState | null;
}

/** The thread's own state, below every coroutine's. */
const threadState: ExceptionState = { handled: [], previous_item: null };
let excInfo: ExceptionState = threadState;

/** The state now on top (`tstate->exc_info`). */
export function _exc_info(): ExceptionState {
  return excInfo;
}

/** Puts `state` on top while a coroutine runs; `_exc_info()` read before takes it back off. */
export function _set_exc_info(state: ExceptionState): void {
  excInfo = state;
}

/** `_PyErr_GetTopmostException`: the innermost exception being handled, else undefined. */
function topmost(): unknown {
  for (let state: ExceptionState | null = excInfo; state !== null; state = state.previous_item) {
    if (state.handled.length > 0) return state.handled[state.handled.length - 1];
  }
  return undefined;
}

type Chained = { __context__?: unknown };

/**
 * Python's implicit chaining (`_PyErr_SetObject`): an exception raised while another is being
 * handled gets it as `__context__`, any cycle it would close cut first. A `throw` the compiler
 * sees is a raise (`_raise`), and sets it as Python does, over any context the exception had;
 * an exception it cannot see raised (one JavaScript itself throws) is chained where it is first
 * seen, leaving a handler or entering one, and only if it has no context yet.
 */
export function _chain(raised: unknown, raising = false): void {
  const handling = topmost();
  if (handling === undefined || handling === raised || !(raised instanceof Object)) return;
  if (!raising && (raised as Chained).__context__ !== undefined) return;
  // Avoid a cycle: if `raised` is already in the handled one's chain, cut the chain there.
  for (let o = handling as Chained; o instanceof Object; o = o.__context__ as Chained) {
    if (o.__context__ === raised) {
      o.__context__ = null;
      break;
    }
  }
  (raised as Chained).__context__ = handling;
}

/** `raise error`: chains it to the exception being handled, and gives it back to throw. */
export function _raise<E>(error: E): E {
  _chain(error, true);
  return error;
}

/** An `except` block begins handling `error` (CPython's PUSH_EXC_INFO). */
export function _enter_handler(error: unknown): void {
  _chain(error);
  excInfo.handled.push(error);
}

/** The `except` block is left, however (POP_EXCEPT). */
export function _exit_handler(): void {
  excInfo.handled.pop();
}

/** Forgets what was being handled (a fresh program). */
export function _reset_exc_info(): void {
  threadState.handled.length = 0;
  excInfo = threadState;
}
