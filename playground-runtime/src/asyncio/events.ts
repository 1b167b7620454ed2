/**
 * Port of CPython's `asyncio/events.py`: the callbacks the loop schedules (`Handle`,
 * `TimerHandle`), the `AbstractEventLoop` interface and the registry of the running loop. The
 * loop never runs tasks, only handles: a task advances because its `__step`/`__wakeup` are
 * scheduled as handles.
 */
import { _current_thread } from "./concurrent_futures.ts";
import { type Context, copy_context } from "./context.ts";
import { _mark_raised, KeyboardInterrupt, RuntimeError, SystemExit } from "./exceptions.ts";
import { caller_source, extract_stack, format_callback_source } from "./format_helpers.ts";
import { repr, str } from "./print.ts";
import { trace_handle_cancelled, tracing } from "./trace.ts";

/** A callback the loop runs: any function, with the arguments it was scheduled with. */
export type Callback = (...args: any[]) => unknown;

/** `call_soon(cb, *args, context=ctx)`'s keyword argument, the trailing options object. */
export interface CallbackOptions {
  context?: Context | null;
}

/**
 * Splits `call_soon(cb, ...args, { context })`'s arguments: a trailing plain object whose only
 * key is `context` is the keyword argument, anything else is a positional argument of the
 * callback.
 */
export function _callback_args(args: readonly unknown[]): [unknown[], Context | null] {
  const last = args.at(-1);
  if (
    last !== null &&
    typeof last === "object" &&
    Object.getPrototypeOf(last) === Object.prototype &&
    Object.keys(last).length === 1 &&
    Object.hasOwn(last, "context")
  ) {
    return [args.slice(0, -1), (last as CallbackOptions).context ?? null];
  }
  return [args as unknown[], null];
}

/** How a callback reads in reprs and the trace: `cb('soon-1')`, `Task-2 · __step`. */
export function callbackLabel(callback: Callback | null, args: readonly unknown[] | null): string {
  if (callback === null) return "<cancelled>";
  const task = (callback as { __task__?: { get_name(): string } }).__task__;
  if (task !== undefined) return `${task.get_name()} · ${callback.name}`;
  const name = typeof callback === "function" ? callback.name.replace(/^bound /, "") : "";
  return `${name || "<lambda>"}(${(args ?? []).map(repr).join(", ")})`;
}

/**
 * CPython's `AbstractEventLoop`: what the modules below `base_events` know of a loop, so none
 * of them imports the loop itself. A member whose type a higher module defines is added there,
 * by augmenting this interface (`create_future` in futures, `create_task` in tasks);
 * `AbstractEventLoop` implements all of it.
 */
export interface AbstractEventLoop {
  /** Debug mode, read where handles and futures are made (`get_debug()` without the call). */
  _debug: boolean;
  run_forever(): void;
  stop(): void;
  is_running(): boolean;
  is_closed(): boolean;
  close(): void;
  _check_closed(): void;
  _timer_handle_cancelled(handle: TimerHandle): void;
  /** `...args` may end with `{ context }` (see `_callback_args`), as may the next three. */
  call_soon(callback: Callback, ...args: unknown[]): Handle;
  /** `call_soon` with the arguments as one array (the task's step: no rest parameters). */
  _call_soon(callback: Callback, args: readonly unknown[], context: Context | null): Handle;
  call_later(delay: number, callback: Callback, ...args: unknown[]): TimerHandle;
  call_at(when: number, callback: Callback, ...args: unknown[]): TimerHandle;
  time(): number;
  call_soon_threadsafe(callback: Callback, ...args: unknown[]): Handle;
  call_exception_handler(context: { message: string; [key: string]: unknown }): void;
  get_debug(): boolean;
  set_debug(enabled: boolean): void;
}

/** A callback scheduled on the loop (Python's `asyncio.Handle`). */
export class Handle {
  _callback: Callback | null;
  _args: readonly unknown[] | null;
  _cancelled = false;
  readonly _loop: AbstractEventLoop;
  /** The context the callback runs in: the one given, else a copy of the scheduler's. */
  readonly _context: Context;
  /** In debug mode, the stack that created the handle ("created at" in its repr). */
  readonly _source_traceback: Error | null;

  constructor(
    callback: Callback,
    args: readonly unknown[],
    loop: AbstractEventLoop,
    context: Context | null = null,
  ) {
    this._context = context ?? copy_context();
    this._callback = callback;
    this._args = args;
    this._loop = loop;
    this._source_traceback = loop._debug ? extract_stack() : null;
  }

  /** Cancels the callback; a cancelled handle is skipped when its turn comes. */
  cancel(): void {
    if (!this._cancelled) {
      this._cancelled = true;
      if (tracing) trace_handle_cancelled(this);
      this._callback = null;
      this._args = null;
    }
  }

  /** Whether the callback was cancelled. */
  cancelled(): boolean {
    return this._cancelled;
  }

  /** The context the callback runs in. */
  get_context(): Context {
    return this._context;
  }

  /** The handle's callback, described for reprs and the trace. */
  get label(): string {
    return callbackLabel(this._callback, this._args);
  }

  /** Runs the callback; an exception goes to the loop's exception handler, as CPython's. */
  _run(): void {
    try {
      this._context.run(this._callback!, ...this._args!);
    } catch (error) {
      if (isFatal(error)) throw error;
      _mark_raised(error);
      const callback = format_callback_source(
        this._callback,
        this._args,
        this._loop.get_debug(),
        repr,
      );
      this._loop.call_exception_handler({
        message: `Exception in callback ${callback}`,
        exception: error,
        handle: this,
      });
    }
  }

  _repr_info(): string[] {
    const info = [this.constructor.name];
    if (this._cancelled) info.push("cancelled");
    if (this._callback !== null) {
      info.push(format_callback_source(this._callback, this._args, this._loop.get_debug(), repr));
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
    return `<${this._repr_info().join(" ")}>`;
  }
}

/** Errors a callback may not swallow: they end the loop (SystemExit, KeyboardInterrupt, limits). */
export function isFatal(error: unknown): boolean {
  return (
    error instanceof SystemExit ||
    error instanceof KeyboardInterrupt ||
    (error instanceof Error && (error as { _fatal?: boolean })._fatal === true)
  );
}

/**
 * What `call_soon_threadsafe` schedules. CPython guards it with a lock against other threads;
 * virtual threads never run concurrently with the loop, so only the name (seen in reprs) differs.
 */
export class _ThreadSafeHandle extends Handle {}

/** A handle scheduled for a time: ordered by `when` alone, as `TimerHandle.__lt__`. */
export class TimerHandle extends Handle {
  readonly _when: number;
  _scheduled = false;

  constructor(
    when: number,
    callback: Callback,
    args: readonly unknown[],
    loop: AbstractEventLoop,
    context: Context | null = null,
  ) {
    super(callback, args, loop, context);
    this._when = when;
  }

  /** The loop time the callback is due at. */
  when(): number {
    return this._when;
  }

  __lt__(other: TimerHandle): boolean {
    return this._when < other._when;
  }

  override cancel(): void {
    if (!this._cancelled) this._loop._timer_handle_cancelled(this);
    super.cancel();
  }

  override _repr_info(): string[] {
    const info = super._repr_info();
    info.splice(this._cancelled ? 2 : 1, 0, `when=${repr(this._when)}`);
    return info;
  }
}

let runningLoop: AbstractEventLoop | null = null;
let currentLoop: AbstractEventLoop | null = null;
let loopFactory: (() => AbstractEventLoop) | null = null;

/**
 * The running loop of the thread running now: the loop's own thread has it, a virtual worker
 * thread has none (the running loop is per thread, as in CPython).
 */
function running(): AbstractEventLoop | null {
  return _current_thread() === null ? runningLoop : null;
}

/** The running loop, or null (CPython's `_get_running_loop`). */
export function _get_running_loop(): AbstractEventLoop | null {
  return running();
}

/** Marks `loop` as running (or none); the loop calls this when it starts and stops. */
export function _set_running_loop(loop: AbstractEventLoop | null): void {
  runningLoop = loop;
}

/** The running loop; raises RuntimeError outside a coroutine or callback. */
export function get_running_loop(): AbstractEventLoop {
  const loop = running();
  if (loop === null) throw new RuntimeError("no running event loop");
  return loop;
}

/** The running loop, else the loop set with `set_event_loop` (3.14: no implicit creation). */
export function get_event_loop(): AbstractEventLoop {
  const loop = running();
  if (loop !== null) return loop;
  if (currentLoop === null) {
    throw new RuntimeError("There is no current event loop in thread 'MainThread'.");
  }
  return currentLoop;
}

/** Sets the current loop for `get_event_loop`. */
export function set_event_loop(loop: AbstractEventLoop | null): void {
  currentLoop = loop;
}

/** A new event loop, of the kind the runtime is configured for (virtual or real clock). */
export function new_event_loop(): AbstractEventLoop {
  if (loopFactory === null) throw new RuntimeError("the runtime has no event loop factory");
  return loopFactory();
}

/** base_events.ts registers how loops are made (keeps this module below it in the layers). */
export function _set_loop_factory(factory: () => AbstractEventLoop): void {
  loopFactory = factory;
}

/** Forgets the running and current loops (a fresh program). */
export function _reset_events(): void {
  runningLoop = null;
  currentLoop = null;
}
