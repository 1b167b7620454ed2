/**
 * Python's exception hierarchy, as far as asyncio programs need it. A JavaScript `Error`
 * (and every `class X extends Error` a demo defines) stands for Python's `Exception`;
 * `BaseException` subclasses that are not Exceptions — `CancelledError`, `KeyboardInterrupt`,
 * `SystemExit` — are what `except Exception` lets through, as in Python.
 */
import { isKeywords } from "./arguments.ts";
import { repr, str, tuple } from "./print.ts";

/**
 * Python's `BaseException`: the root. Its subclasses name themselves after their class. It
 * keeps the arguments it was made with as `args`, and `str()`, `repr()` and a template literal
 * show them as Python's do (`args` empty, one argument, or the tuple of many). A trailing
 * `{ cause }` is JavaScript's `raise … from cause`, not an argument; trailing `undefined`s are
 * arguments not given, as JavaScript's default parameters read them.
 */
export class BaseException extends Error {
  /** Python's `args`: the tuple of what the exception was made with. */
  args: readonly unknown[];
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
    this.args = tuple(args);
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
  return repr(tuple(args));
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
/** What assigning a read-only attribute raises (`ContextVar.name`). */
export class AttributeError extends Exception {}
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
/** Python's `Warning`: the base of the categories `warnings.warn` takes. */
export class Warning extends Exception {}
export class DeprecationWarning extends Warning {}
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
    // A group's `message` attribute is its message alone, not str(args) as for others.
    this.message = message;
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
 * The exceptions that were raised: CPython gives an exception its `__traceback__` only as it
 * propagates, so one handed to `set_exception` without being raised is logged with no
 * traceback. Raising, handling, a coroutine's end and a callback's error mark it.
 */
const raisedErrors = new WeakSet<object>();

/** `error` was raised: it propagated through a frame (see `raisedErrors`). */
export function _mark_raised(error: unknown): void {
  if (error instanceof Object) raisedErrors.add(error);
}

/** Whether `error` was ever raised, so has a traceback to show. */
export function _was_raised(error: unknown): boolean {
  return error instanceof Object && raisedErrors.has(error);
}

/**
 * Python's implicit chaining (`_PyErr_SetObject`): an exception raised while another is being
 * handled gets it as `__context__`, any cycle it would close cut first. A `throw` the compiler
 * sees is a raise (`_raise`), and sets it as Python does, over any context the exception had;
 * an exception it cannot see raised (one JavaScript itself throws) is chained where it is first
 * seen, leaving a handler or entering one, and only if it has no context yet.
 */
export function _chain(raised: unknown, raising = false): void {
  _mark_raised(raised);
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
