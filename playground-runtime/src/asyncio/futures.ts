/**
 * Port of CPython's `asyncio/futures.py`: a Future is a placeholder for a result that does
 * not exist yet. Completing it never calls its callbacks directly — each one is scheduled
 * with `loop.call_soon` (`__schedule_callbacks`), which is how a finished future wakes the
 * task that awaits it one loop iteration later.
 *
 * The algorithms are `futures.py`'s, but the error messages are the C `_asyncio.Future`'s
 * (`Modules/_asynciomodule.c`), which is what CPython really runs: "Result is not set.",
 * "invalid state" (where `futures.py` says "Result is not ready." and names the state).
 */
import type { ConcurrentFuture, ThreadPoolExecutor } from "./concurrent_futures.ts";
import { type Context, copy_context } from "./context.ts";
import { type AbstractEventLoop, type Callback, get_event_loop } from "./events.ts";
import {
  _raise,
  CancelledError,
  InvalidStateError,
  RuntimeError,
  StopIteration,
  ValueError,
} from "./exceptions.ts";
import { caller_source, extract_stack, format_callback_source } from "./format_helpers.ts";
import { repr, reprlib_repr, str } from "./print.ts";
import { trace_future_done, trace_name, tracing } from "./trace.ts";

type State = "PENDING" | "CANCELLED" | "FINISHED";

/** A done-callback: called (through call_soon) with the future. */
export type DoneCallback = (future: any) => unknown;

/**
 * Futures holding an exception nobody has retrieved yet, in the order the exceptions were set.
 * CPython logs "exception was never retrieved" when such a future is garbage collected; with
 * no reference counting to say when that is, the runtime reports what is left here when the
 * program ends (`_report_unretrieved`), which is deterministic.
 */
const unretrieved = new Set<Future>();

/** asyncio's Future. */
export class Future<T = unknown> implements Iterable<unknown> {
  _state: State = "PENDING";
  _result: T | undefined = undefined;
  _exception: Error | null = null;
  _loop: AbstractEventLoop;
  /** The done-callbacks, each with the context it runs in. */
  _callbacks: [DoneCallback, Context][] = [];
  _cancel_message: string | null = null;
  _cancelled_exc: CancelledError | null = null;
  /** Set while the future is yielded to a Task: the Task then waits for it. */
  _asyncio_future_blocking = false;
  private __log_traceback = false;
  /**
   * Types only: lets TypeScript see `await future` as the future's result. Playgrounds never
   * call it — `await` is compiled to the runtime's own protocol.
   */
  // biome-ignore lint/suspicious/noThenProperty: a type-only then, never defined at run time
  declare then: <R = T>(onfulfilled?: (value: T) => R) => PromiseLike<R>;
  private __awaited_by: Set<Future> | null = null;

  /** In debug mode, the stack that created the future ("created at" in its repr). */
  readonly _source_traceback: Error | null;

  constructor(options: { loop?: AbstractEventLoop | null } = {}) {
    // `loop` is keyword-only in CPython: anything but an options object is a positional
    // argument (`new Future(loop)` would otherwise bind the future to another loop quietly).
    const proto = typeof options === "object" && options !== null && Object.getPrototypeOf(options);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError("Future() takes no positional arguments");
    }
    const { loop } = options;
    this._loop = loop ?? get_event_loop();
    this._source_traceback = this._loop._debug ? extract_stack() : null;
  }

  /** What the trace and reprs call this future. */
  get _label(): string {
    return trace_name(this, "Future");
  }

  /** Whether an exception was set and nobody has retrieved it yet. */
  get _log_traceback(): boolean {
    return this.__log_traceback;
  }
  set _log_traceback(value: boolean) {
    if (value) throw new ValueError("_log_traceback can only be set to False");
    this._retrieved();
  }

  /** The exception counts as seen: nothing to log for it any more. */
  _retrieved(): void {
    if (this.__log_traceback) {
      this.__log_traceback = false;
      unretrieved.delete(this);
    }
  }

  /** The futures (tasks) awaiting this one, for call graphs; null when none ever did. */
  get _asyncio_awaited_by(): ReadonlySet<Future> | null {
    return this.__awaited_by === null ? null : new Set(this.__awaited_by);
  }

  /**
   * Refuses a future whose constructor never ran, as CPython's C Future does
   * (`ENSURE_FUTURE_ALIVE`): `Object.create(Future.prototype)` is the TypeScript spelling of
   * `Future.__new__(Future)`, and its methods raise instead of reading fields that are not there.
   */
  _ensure_alive(kind: new (message: string) => Error = RuntimeError): void {
    if (this._loop === undefined) throw new kind("Future object is not initialized.");
  }

  /** The loop this future is bound to. */
  get_loop(): AbstractEventLoop {
    this._ensure_alive();
    return this._loop;
  }

  _make_cancelled_error(): CancelledError {
    if (this._cancelled_exc !== null) {
      const error = this._cancelled_exc;
      this._cancelled_exc = null;
      return error;
    }
    return this._cancel_message === null
      ? new CancelledError()
      : new CancelledError(this._cancel_message);
  }

  /** Cancels the future and schedules its callbacks; false if it was already done. */
  cancel(msg: string | null = null): boolean {
    this._ensure_alive();
    this._retrieved();
    if (this._state !== "PENDING") return false;
    this._state = "CANCELLED";
    this._cancel_message = msg;
    this.__schedule_callbacks();
    return true;
  }

  private __schedule_callbacks(): void {
    if (tracing) trace_future_done(this, this._label, this._state, this._exception);
    const callbacks = this._callbacks;
    if (callbacks.length === 0) return;
    this._callbacks = [];
    for (const [callback, ctx] of callbacks) {
      this._loop.call_soon(callback as Callback, this, { context: ctx });
    }
  }

  cancelled(): boolean {
    return this._state === "CANCELLED";
  }

  done(): boolean {
    // Not `!== "PENDING"`: an uninitialised future has no state and is not done.
    return this._state === "FINISHED" || this._state === "CANCELLED";
  }

  /** The result; raises the exception, CancelledError, or InvalidStateError if not done. */
  result(): T {
    this._ensure_alive(InvalidStateError);
    if (this._state === "CANCELLED") throw this._make_cancelled_error();
    if (this._state !== "FINISHED") throw new InvalidStateError("Result is not set.");
    this._retrieved();
    // `raise self._exception`: a raise, so chained to what the awaiting code is handling.
    if (this._exception !== null) throw _raise(this._exception);
    return this._result as T;
  }

  /** The exception (or None); raises CancelledError, or InvalidStateError if not done. */
  exception(): Error | null {
    this._ensure_alive(InvalidStateError);
    if (this._state === "CANCELLED") throw this._make_cancelled_error();
    if (this._state !== "FINISHED") throw new InvalidStateError("Exception is not set.");
    this._retrieved();
    return this._exception;
  }

  /**
   * Schedules `fn(future)` with call_soon when done — at once if it already is — to run in
   * `context` (default: a copy of the current context, taken now).
   */
  add_done_callback(fn: DoneCallback, { context = null }: { context?: Context | null } = {}): void {
    if (this._loop === undefined) throw new RuntimeError("uninitialized Future object");
    if (this._state !== "PENDING") {
      this._loop.call_soon(fn as Callback, this, { context });
    } else {
      this._callbacks.push([fn, context ?? copy_context()]);
    }
  }

  /**
   * Removes every registration of `fn`; returns how many there were. CPython compares with
   * `==` (`PyObject_RichCompareBool`: identity, then `__eq__`); a JavaScript function has no
   * `__eq__`, so a callback equals only itself — a bound method must be the same `.bind()`.
   */
  remove_done_callback(fn: DoneCallback): number {
    this._ensure_alive();
    const kept = this._callbacks.filter(([callback]) => callback !== fn);
    const removed = this._callbacks.length - kept.length;
    if (removed) this._callbacks = kept;
    return removed;
  }

  /** Marks the future done with `result` and schedules its callbacks. */
  set_result(result: T): void {
    this._ensure_alive();
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    this._result = result;
    this._state = "FINISHED";
    this.__schedule_callbacks();
  }

  /** Marks the future done with an exception and schedules its callbacks. */
  set_exception(exception: Error | (new () => Error)): void {
    this._ensure_alive();
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    let error = typeof exception === "function" ? new exception() : exception;
    if (error instanceof StopIteration) {
      error = new RuntimeError(
        "StopIteration interacts badly with generators and cannot be raised into a Future",
        { cause: error },
      );
    }
    this._exception = error;
    this._state = "FINISHED";
    this.__schedule_callbacks();
    this.__log_traceback = true;
    unretrieved.add(this);
  }

  /** `await future`: yields the future to the Task until it is done, then its result. */
  __await__(): Generator<unknown, T, unknown> {
    // Checked on the call, as C's `future_new_iter`, not when the iterator first runs.
    this._ensure_alive();
    return this.__iter();
  }

  private *__iter(): Generator<unknown, T, unknown> {
    if (!this.done()) {
      this._asyncio_future_blocking = true;
      yield this;
    }
    if (!this.done()) throw new RuntimeError("await wasn't used with future");
    return this.result();
  }

  [Symbol.iterator](): Generator<unknown, T, unknown> {
    return this.__await__();
  }

  _repr_info(): string[] {
    this._ensure_alive();
    const info = [this._state.toLowerCase()];
    if (this._state === "FINISHED") {
      info.push(
        this._exception !== null
          ? `exception=${repr(this._exception)}`
          : `result=${reprlib_repr(this._result)}`,
      );
    }
    const callbacks = this._callbacks.map(([callback]) => callback);
    if (callbacks.length) {
      const format = (cb: DoneCallback) => format_callback_source(cb as Callback, [], false, repr);
      const listed =
        callbacks.length <= 2
          ? callbacks.map(format).join(", ")
          : `${format(callbacks[0])}, <${callbacks.length - 2} more>, ${format(callbacks[callbacks.length - 1])}`;
      info.push(`cb=[${listed}]`);
    }
    const created = caller_source(this._source_traceback);
    if (created) info.push(`created at ${created}`);
    return info;
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  __repr__(): string {
    return `<${this.constructor.name} ${this._repr_info().join(" ")}>`;
  }

  /** Records that `waiter` awaits this future (3.14's call-graph bookkeeping). */
  _add_awaited_by(waiter: Future): void {
    this.__awaited_by ??= new Set();
    this.__awaited_by.add(waiter);
  }

  _discard_awaited_by(waiter: Future): void {
    this.__awaited_by?.delete(waiter);
  }
}

// `_asyncio_future_blocking` is a class attribute in CPython (the C Future's getset), which
// `isfuture` looks for on the class: an uninitialised future is a future too.
Object.defineProperty(Future.prototype, "_asyncio_future_blocking", {
  value: false,
  writable: true,
});

/**
 * Logs, through each loop's exception handler, every future whose exception was never
 * retrieved ("Future exception was never retrieved"), as CPython does when it collects them.
 */
export function _report_unretrieved(): void {
  for (const future of [...unretrieved]) {
    future._retrieved();
    future._loop.call_exception_handler({
      message: `${future.constructor.name} exception was never retrieved`,
      exception: future._exception,
      future,
    });
  }
}

/** Forgets the futures waiting to be reported (a fresh program). */
export function _reset_futures(): void {
  unretrieved.clear();
}

/**
 * Whether `value` is a Future (a Task is one too) or advertises itself as one by having an
 * `_asyncio_future_blocking` that is not None, as CPython's `base_futures.isfuture` asks. CPython
 * looks for the attribute on the object's class; JavaScript's class fields live on the object,
 * so it is looked up there, and a class itself (a function) is never a future.
 */
export function isfuture(value: unknown): value is Future {
  return (
    typeof value === "object" &&
    value !== null &&
    "_asyncio_future_blocking" in value &&
    value._asyncio_future_blocking !== null &&
    value._asyncio_future_blocking !== undefined
  );
}

/** Records that `waiter` awaits `fut`. */
export function future_add_to_awaited_by(fut: unknown, waiter: unknown): void {
  if (fut instanceof Future && waiter instanceof Future) fut._add_awaited_by(waiter);
}

/**
 * futures.py's `_get_loop`: a future's loop through its `get_loop()` where it has one (any
 * Future-like object), else its `_loop`.
 */
export function _get_loop(fut: { get_loop?: () => unknown; _loop?: unknown }): unknown {
  return typeof fut.get_loop === "function" ? fut.get_loop() : fut._loop;
}

/** Records that `waiter` no longer awaits `fut`. */
export function future_discard_from_awaited_by(fut: unknown, waiter: unknown): void {
  if (fut instanceof Future && waiter instanceof Future) fut._discard_awaited_by(waiter);
}

/** Sets a result unless the future was cancelled meanwhile (used by timers and sleep). */
export function _set_result_unless_cancelled<T>(fut: Future<T>, result: T): void {
  if (fut.cancelled()) return;
  fut.set_result(result);
}

/** Copies a finished future's outcome into another (CPython's `_copy_future_state`). */
export function _copy_future_state(source: Future, dest: Future): void {
  if (dest.cancelled()) return;
  if (source.cancelled()) {
    dest.cancel();
    return;
  }
  const exception = source.exception();
  if (exception !== null) dest.set_exception(exception);
  else dest.set_result(source.result());
}

/**
 * CPython's `_chain_future`, for the one pairing the runtime makes: the executor's concurrent
 * future into an asyncio future. The outcome crosses threads with `call_soon_threadsafe`, and
 * cancelling the asyncio future cancels the work if it has not started.
 */
function _chain_future(source: ConcurrentFuture, destination: Future): void {
  const dest_loop = destination._loop;
  const _set_state = (future: Future, other: ConcurrentFuture) => {
    if (future.cancelled()) return;
    if (other.cancelled()) future.cancel();
    else if (other._exception !== null) future.set_exception(other._exception as Error);
    else future.set_result(other._result);
  };
  const _call_check_cancel = (destination: Future) => {
    if (destination.cancelled()) source.cancel();
  };
  const _call_set_state = (source: ConcurrentFuture) => {
    if (destination.cancelled() && dest_loop.is_closed()) return;
    if (dest_loop.is_closed()) return;
    dest_loop.call_soon_threadsafe(_set_state, destination, source);
  };
  destination.add_done_callback(_call_check_cancel);
  source.add_done_callback(_call_set_state);
}

/**
 * CPython's `wrap_future`: an asyncio future on `loop` that mirrors a concurrent one; an
 * asyncio future (or one duck-typed as such) is returned as it is.
 */
export function wrap_future<T>(
  future: ConcurrentFuture | Future<T>,
  { loop = null }: { loop?: AbstractEventLoop | null } = {},
): Future<T> {
  if (isfuture(future)) return future;
  const new_future = (loop ?? get_event_loop()).create_future<T>();
  _chain_future(future, new_future);
  return new_future;
}

// The loop's members whose types are defined here (see `AbstractEventLoop` in events.ts).
declare module "./events.ts" {
  interface AbstractEventLoop {
    create_future<T = unknown>(): Future<T>;
    run_in_executor<R>(
      executor: ThreadPoolExecutor | null,
      func: (...args: never[]) => R,
      ...args: unknown[]
    ): Future<R>;
  }
}
