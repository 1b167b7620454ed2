/**
 * Port of CPython's `asyncio/base_events.py`: the event loop. It owns a deque of ready
 * handles and a heap of timers, and `_run_once` is one turn of the loop exactly as CPython
 * writes it — drop cancelled timers, wait until the first timer is due (or not at all when
 * something is ready), move every due timer to the END of the ready queue, then run the
 * handles that were ready when the turn began, and only those.
 */

import { is_number, unsupported_operand } from "./arguments.ts";
import { async_with } from "./async_with.ts";
import { type AsyncGenerator, get_asyncgen_hooks, set_asyncgen_hooks } from "./asyncgen.ts";
import { type Clock, VirtualClock } from "./clocks.ts";
import { ThreadPoolExecutor } from "./concurrent_futures.ts";
import type { Context } from "./context.ts";
import { _iscoroutinefunction, Coroutine, type CoroutineLike } from "./coroutines.ts";
import { Deque } from "./deque.ts";
import {
  _callback_args,
  _get_running_loop,
  _set_loop_factory,
  _set_running_loop,
  _ThreadSafeHandle,
  type AbstractEventLoop,
  type Callback,
  Handle,
  isFatal,
  TimerHandle,
} from "./events.ts";
import { isException, RuntimeError } from "./exceptions.ts";
import { format_exception } from "./format_helpers.ts";
import { _set_result_unless_cancelled, Future, wrap_future } from "./futures.ts";
import { heapify, heappop, heappush } from "./heapq.ts";
import { float_round, repr, str, write_stderr } from "./print.ts";
import { ensure_future, gather, Task, type TaskOptions } from "./tasks.ts";
import { timeout } from "./timeouts.ts";
import {
  trace_clock_advanced,
  trace_handle_end,
  trace_handle_scheduled,
  trace_handle_skipped,
  trace_handle_start,
  trace_iteration,
  trace_loop_closed,
  trace_timer_ready,
  trace_timers_dropped,
  tracing,
} from "./trace.ts";

const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;

/** What `call_exception_handler` receives: Python's context dict. */
export interface ExceptionContext {
  message: string;
  exception?: unknown;
  future?: Future;
  task?: Future;
  handle?: Handle;
  [key: string]: unknown;
}

/** What `loop.set_exception_handler` takes: called with the loop and the error's context. */
export type ExceptionHandler = (loop: BaseEventLoop, context: ExceptionContext) => void;
/** What `loop.set_task_factory` takes: makes the Task for `create_task` (eager_task_factory is one). */
export type TaskFactory = (loop: BaseEventLoop, coro: Coroutine, options?: TaskOptions) => Future;

/** Raised out of the loop when the program is stopped from outside (a limit, a deadlock). */
export class LoopAborted extends Error {
  readonly _fatal = true;
}

/** What the executor can hook into: every loop turn, and how new loops tell time. */
export const loopHooks: {
  /** Called at the start of every `_run_once`; throwing a LoopAborted stops the program. */
  iteration: ((loop: BaseEventLoop) => void) | null;
  /** Makes the clock of each new loop. */
  clock: () => Clock;
} = { iteration: null, clock: () => new VirtualClock() };

function _run_until_complete_cb(fut: Future): void {
  if (!fut.cancelled()) {
    const error = fut.exception();
    if (isFatal(error)) return;
  }
  fut.get_loop().stop();
}

// The loop's members whose types are defined here (see `AbstractEventLoop` in events.ts).
declare module "./events.ts" {
  interface AbstractEventLoop {
    /** The clock this loop reads (`time.monotonic()` reads it too while the loop runs). */
    _clock: Clock;
    run_until_complete<T>(future: Future<T> | CoroutineLike<T>): T;
    shutdown_asyncgens(): Promise<void>;
    shutdown_default_executor(timeout?: number | null): Promise<void>;
    set_default_executor(executor: ThreadPoolExecutor): void;
    set_task_factory(factory: TaskFactory | null): void;
    get_task_factory(): TaskFactory | null;
    set_exception_handler(handler: ExceptionHandler | null): void;
    get_exception_handler(): ExceptionHandler | null;
    default_exception_handler(context: ExceptionContext): void;
  }
}

/** asyncio's event loop (`BaseEventLoop`). */
export class BaseEventLoop implements AbstractEventLoop {
  _timer_cancelled_count = 0;
  _closed = false;
  _stopping = false;
  _ready = new Deque<Handle>();
  _scheduled: TimerHandle[] = [];
  _default_executor: ThreadPoolExecutor | null = null;
  _executor_shutdown_called = false;
  _debug = false;
  _running = false;
  _current_handle: Handle | null = null;
  /** The task whose step is running on this loop (CPython's `_current_tasks[loop]`). */
  _current_task: Task | null = null;
  _task_factory: TaskFactory | null = null;
  _exception_handler: ExceptionHandler | null = null;
  _clock: Clock;
  /** CPython reads the monotonic clock's resolution; Linux reports 1 ns. */
  readonly _clock_resolution = 1e-9;
  /** In debug mode, callbacks slower than this many seconds are logged. */
  slow_callback_duration = 0.1;
  /** Loop turns so far. */
  _iterations = 0;
  /**
   * The async generators first iterated while this loop ran, for `shutdown_asyncgens`.
   * CPython keeps a WeakSet (a collected generator leaves it); without collection this is a
   * set, in the order they were first iterated.
   */
  _asyncgens = new Set<AsyncGenerator>();
  /** Set to true when `loop.shutdown_asyncgens` is called. */
  _asyncgens_shutdown_called = false;

  constructor() {
    this._clock = loopHooks.clock();
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  __repr__(): string {
    return `<${this.constructor.name} running=${repr(this.is_running())} closed=${repr(this._closed)} debug=${repr(this._debug)}>`;
  }

  /** A new Future bound to this loop. */
  create_future<T = unknown>(): Future<T> {
    return new Future<T>({ loop: this });
  }

  /** Wraps a coroutine in a Task scheduled on this loop (through the task factory, if any). */
  create_task<T>(coro: CoroutineLike<T>, options: TaskOptions = {}): Task<T> {
    this._check_closed();
    if (this._task_factory !== null)
      return this._task_factory(this, coro as Coroutine<T>, options) as unknown as Task<T>;
    return new Task(coro as Coroutine<T>, { ...options, loop: this });
  }

  /** Sets the factory `create_task` uses; null restores the default. */
  set_task_factory(factory: TaskFactory | null): void {
    if (factory !== null && typeof factory !== "function") {
      throw new TypeError("task factory must be a callable or None");
    }
    this._task_factory = factory;
  }

  get_task_factory(): TaskFactory | null {
    return this._task_factory;
  }

  _check_closed(): void {
    if (this._closed) throw new RuntimeError("Event loop is closed");
  }

  _check_running(): void {
    if (this.is_running()) throw new RuntimeError("This event loop is already running");
    if (_get_running_loop() !== null) {
      throw new RuntimeError("Cannot run the event loop while another loop is running");
    }
  }

  /** Runs until `stop()` is called. */
  run_forever(): void {
    this._check_closed();
    this._check_running();
    this._running = true;
    const oldAgenHooks = get_asyncgen_hooks();
    set_asyncgen_hooks((agen) => this._asyncgen_firstiter_hook(agen));
    _set_running_loop(this);
    try {
      for (;;) {
        this._run_once();
        if (this._stopping) break;
      }
    } finally {
      this._stopping = false;
      this._running = false;
      _set_running_loop(null);
      // Restore any pre-existing async generator hooks.
      set_asyncgen_hooks(oldAgenHooks.firstiter);
    }
  }

  /** Runs until the future (or coroutine, wrapped in a Task) is done; returns its result. */
  run_until_complete<T>(future: Future<T> | CoroutineLike<T>): T {
    this._check_closed();
    this._check_running();
    const newTask = !(future instanceof Future);
    const fut = ensure_future(future, { loop: this });
    if (newTask) (fut as unknown as Task<T>)._log_destroy_pending = false;
    fut.add_done_callback(_run_until_complete_cb);
    try {
      this.run_forever();
    } catch (error) {
      if (newTask && fut.done() && !fut.cancelled()) fut.exception();
      throw error;
    } finally {
      fut.remove_done_callback(_run_until_complete_cb);
    }
    if (!fut.done()) throw new RuntimeError("Event loop stopped before Future completed.");
    return fut.result();
  }

  /** Stops the loop after the current turn. */
  stop(): void {
    this._stopping = true;
  }

  /** Closes the loop: it must not be running; pending callbacks are dropped. */
  close(): void {
    if (this.is_running()) throw new RuntimeError("Cannot close a running event loop");
    if (this._closed) return;
    this._closed = true;
    this._ready.clear();
    this._scheduled = [];
    if (tracing) trace_loop_closed(this);
    this._executor_shutdown_called = true;
    const executor = this._default_executor;
    if (executor !== null) {
      this._default_executor = null;
      executor.shutdown();
    }
  }

  is_closed(): boolean {
    return this._closed;
  }

  is_running(): boolean {
    return this._running;
  }

  /** The loop's clock (monotonic seconds; virtual by default). */
  time(): number {
    return this._clock.now();
  }

  /** Schedules `callback(...args)` to run `delay` seconds from now (`args` may end with `{ context }`). */
  call_later(delay: number, callback: Callback, ...args: unknown[]): TimerHandle {
    if (delay === null || delay === undefined) throw new TypeError("delay must not be None");
    const now = this.time();
    if (!is_number(delay)) throw unsupported_operand("+", "float", delay);
    return this.call_at(now + delay, callback, ...args);
  }

  /** Schedules `callback(...args)` at loop time `when` (`args` may end with `{ context }`). */
  call_at(when: number, callback: Callback, ...args: unknown[]): TimerHandle {
    if (when === null || when === undefined) throw new TypeError("when cannot be None");
    this._check_closed();
    if (this._debug) this._check_callback(callback, "call_at");
    const [positional, context] = _callback_args(args);
    const timer = new TimerHandle(when, callback, positional, this, context);
    heappush(this._scheduled, timer);
    timer._scheduled = true;
    if (tracing) trace_handle_scheduled(this, timer, when);
    return timer;
  }

  /**
   * Schedules `callback(...args)` for the next loop turn, after what is already ready; `args`
   * may end with `{ context }`, the context it runs in (default: a copy of the current one).
   */
  call_soon(callback: Callback, ...args: unknown[]): Handle {
    this._check_closed();
    if (this._debug) this._check_callback(callback, "call_soon");
    const [positional, context] = _callback_args(args);
    return this._call_soon(callback, positional, context);
  }

  _call_soon(callback: Callback, args: readonly unknown[], context: Context | null): Handle {
    return this._enqueue(new Handle(callback, args, this, context));
  }

  /** Appends a handle to the ready queue (and tells the trace). */
  private _enqueue(handle: Handle): Handle {
    this._ready.push(handle);
    if (tracing) trace_handle_scheduled(this, handle);
    return handle;
  }

  /** Debug mode's check of what is scheduled: a callable, and not a coroutine (function). */
  _check_callback(callback: unknown, method: string): void {
    if (callback instanceof Coroutine || _iscoroutinefunction(callback)) {
      throw new TypeError(`coroutines cannot be used with ${method}()`);
    }
    if (typeof callback !== "function") {
      throw new TypeError(`a callable object was expected by ${method}(), got ${repr(callback)}`);
    }
  }

  /** `call_soon` from "another thread" (the virtual threads deliver results this way). */
  call_soon_threadsafe(callback: Callback, ...args: unknown[]): Handle {
    this._check_closed();
    if (this._debug) this._check_callback(callback, "call_soon_threadsafe");
    const [positional, context] = _callback_args(args);
    return this._enqueue(new _ThreadSafeHandle(callback, positional, this, context));
  }

  /** Runs `func(...args)` on a (virtual) thread; returns a Future for its result. */
  run_in_executor<R>(
    executor: ThreadPoolExecutor | null,
    func: (...args: never[]) => R,
    ...args: unknown[]
  ): Future<R> {
    this._check_closed();
    let pool = executor;
    if (pool === null) {
      if (this._executor_shutdown_called) {
        throw new RuntimeError("Executor shutdown has been called");
      }
      this._default_executor ??= new ThreadPoolExecutor(this);
      pool = this._default_executor;
    }
    return wrap_future<R>(pool.submit(func as (...a: unknown[]) => R, ...args), { loop: this });
  }

  set_default_executor(executor: ThreadPoolExecutor): void {
    this._default_executor = executor;
  }

  _timer_handle_cancelled(handle: TimerHandle): void {
    if (handle._scheduled) this._timer_cancelled_count += 1;
  }

  set_debug(enabled: boolean): void {
    this._debug = enabled;
  }

  get_debug(): boolean {
    return this._debug;
  }

  set_exception_handler(handler: ExceptionHandler | null): void {
    if (handler !== null && typeof handler !== "function") {
      throw new TypeError(`A callable object or None is expected, got ${repr(handler)}`);
    }
    this._exception_handler = handler;
  }

  get_exception_handler(): ExceptionHandler | null {
    return this._exception_handler;
  }

  /** Logs the context as CPython's logger prints it: the message, the other keys, the traceback. */
  default_exception_handler(context: ExceptionContext): void {
    const lines = [context.message || "Unhandled exception in event loop"];
    for (const key of Object.keys(context).sort()) {
      if (key === "message" || key === "exception") continue;
      lines.push(`${key}: ${repr(context[key])}`);
    }
    if (context.exception !== undefined && context.exception !== null) {
      lines.push(format_exception(context.exception));
    }
    write_stderr(`${lines.join("\n")}\n`);
  }

  /** Reports an error the loop cannot raise anywhere: to the handler set, else the default. */
  call_exception_handler(context: ExceptionContext): void {
    if (this._exception_handler === null) {
      try {
        this.default_exception_handler(context);
      } catch (error) {
        if (isFatal(error)) throw error;
        write_stderr(`Exception in default exception handler\n${format_exception(error)}\n`);
      }
      return;
    }
    try {
      // The handler runs in the context of what failed: a Task (a Future has none, but
      // the `future` key may hold a Task) or a Handle.
      const thing = (context.task ?? context.future ?? context.handle) as
        | { get_context?: () => Context | null }
        | null
        | undefined;
      const ctx = typeof thing?.get_context === "function" ? thing.get_context() : null;
      if (ctx !== null && typeof ctx?.run === "function") {
        ctx.run(this._exception_handler, this, context);
      } else {
        this._exception_handler(this, context);
      }
    } catch (error) {
      if (isFatal(error)) throw error;
      try {
        this.default_exception_handler({
          message: "Unhandled error in exception handler",
          exception: error,
          context,
        });
      } catch (inner) {
        if (isFatal(inner)) throw inner;
        write_stderr(
          `Exception in default exception handler while handling an unexpected error in custom exception handler\n${format_exception(inner)}\n`,
        );
      }
    }
  }

  /** The firstiter hook while the loop runs: remember the generator for shutdown. */
  _asyncgen_firstiter_hook(agen: AsyncGenerator): void {
    if (this._asyncgens_shutdown_called) {
      write_stderr(
        `ResourceWarning: asynchronous generator ${repr(agen)} was scheduled after loop.shutdown_asyncgens() call\n`,
      );
    }
    this._asyncgens.add(agen);
  }

  /** Shutdown all active asynchronous generators. */
  async shutdown_asyncgens(): Promise<void> {
    this._asyncgens_shutdown_called = true;
    // A finished generator has left CPython's WeakSet by now in all but odd programs: nothing
    // refers to it once its loop is over, and reference counting frees it at once.
    for (const agen of this._asyncgens) if (agen._finished()) this._asyncgens.delete(agen);
    if (!this._asyncgens.size) return;
    const closing_agens = [...this._asyncgens];
    this._asyncgens.clear();
    const results = await gather(
      ...closing_agens.map((ag) => ag.aclose() as unknown as Promise<unknown>),
      {
        return_exceptions: true,
      },
    );
    closing_agens.forEach((agen, i) => {
      const result = results[i];
      if (isException(result)) {
        this.call_exception_handler({
          message: `an error occurred during closing of asynchronous generator ${repr(agen)}`,
          exception: result,
          asyncgen: agen,
        });
      }
    });
  }

  /** Waits for the default executor's work to finish, as CPython's Runner does on exit. */
  async shutdown_default_executor(timeout_seconds: number | null = null): Promise<void> {
    this._executor_shutdown_called = true;
    const executor = this._default_executor;
    if (executor === null) return;
    const future = this.create_future<null>();
    executor._join(() => {
      if (!this.is_closed()) this.call_soon_threadsafe(_set_result_unless_cancelled, future, null);
    });
    await async_with(timeout(timeout_seconds), () => future);
  }

  /** One turn of the loop (CPython's `_run_once`). */
  _run_once(): void {
    this._iterations += 1;
    loopHooks.iteration?.(this);
    if (tracing) trace_iteration(this, this._iterations);

    const scheduledCount = this._scheduled.length;
    // Too many cancelled timers: filter them all out at once and re-heapify the rest;
    // otherwise drop only the cancelled ones at the top of the heap.
    if (
      scheduledCount > MIN_SCHEDULED_TIMER_HANDLES &&
      this._timer_cancelled_count / scheduledCount > MIN_CANCELLED_TIMER_HANDLES_FRACTION
    ) {
      const kept: TimerHandle[] = [];
      const dropped: TimerHandle[] = [];
      for (const handle of this._scheduled) {
        if (handle._cancelled) {
          handle._scheduled = false;
          if (tracing) dropped.push(handle);
        } else kept.push(handle);
      }
      heapify(kept);
      this._scheduled = kept;
      this._timer_cancelled_count = 0;
      if (tracing) trace_timers_dropped(dropped, true);
    } else {
      let dropped: TimerHandle[] | null = null;
      while (this._scheduled.length > 0 && this._scheduled[0]._cancelled) {
        this._timer_cancelled_count -= 1;
        const handle = heappop(this._scheduled);
        handle._scheduled = false;
        if (tracing) (dropped ??= []).push(handle);
      }
      if (dropped !== null) trace_timers_dropped(dropped, false);
    }

    // How long to wait: not at all when something is ready (or the loop is stopping), until
    // the first timer is due when one is scheduled, forever (null) when nothing is.
    let timeoutSeconds: number | null = null;
    if (this._ready.length > 0 || this._stopping) {
      timeoutSeconds = 0;
    } else if (this._scheduled.length > 0) {
      const when = this._scheduled[0]._when;
      timeoutSeconds = Math.min(Math.max(0, when - this.time()), MAXIMUM_SELECT_TIMEOUT);
    }
    this._select(timeoutSeconds);

    // Timers due by now (within the clock's resolution) join the ready queue, at its end.
    const endTime = this.time() + this._clock_resolution;
    while (this._scheduled.length > 0) {
      if (this._scheduled[0]._when >= endTime) break;
      const handle = heappop(this._scheduled);
      handle._scheduled = false;
      this._ready.push(handle);
      if (tracing) trace_timer_ready(handle);
    }

    // The one place callbacks are called; everywhere else they are only queued. Only the
    // handles that were ready when this turn began run now: what they schedule runs next turn.
    const ntodo = this._ready.length;
    for (let i = 0; i < ntodo; i++) {
      const handle = this._ready.shift();
      if (handle._cancelled) {
        if (tracing) trace_handle_skipped(handle);
        continue;
      }
      if (tracing) trace_handle_start(handle);
      if (this._debug) {
        try {
          this._current_handle = handle;
          const t0 = this.time();
          handle._run();
          const dt = this.time() - t0;
          if (dt >= this.slow_callback_duration) {
            write_stderr(
              `Executing ${_format_handle(handle)} took ${float_round(dt, 3).toFixed(3)} seconds\n`,
            );
          }
        } finally {
          this._current_handle = null;
        }
      } else {
        handle._run();
      }
      if (tracing) trace_handle_end(handle);
    }
  }

  /**
   * The selector's wait. Nothing to poll in a playground except the virtual threads: a thread
   * that finishes before the timeout ends the wait early, as its wake-up would.
   */
  _select(timeoutSeconds: number | null): void {
    const executor = this._default_executor;
    const due = executor?._next_due() ?? null;
    const now = this._clock.peek();
    if (executor && due !== null && (timeoutSeconds === null || due <= now + timeoutSeconds)) {
      if (due > now) this._advance(due - now);
      executor._run_due(this._clock.peek());
      return;
    }
    if (timeoutSeconds === null) {
      throw new LoopAborted(
        "Stopped: every task is waiting and nothing is scheduled that could wake one — the program would wait forever.",
      );
    }
    if (timeoutSeconds > 0) this._advance(timeoutSeconds);
  }

  private _advance(seconds: number): void {
    const from = this._clock.peek();
    this._clock.wait(seconds);
    if (tracing) trace_clock_advanced(from, this._clock.peek());
  }
}

/** How a slow handle is named in debug mode: its task's repr for a task step. */
function _format_handle(handle: Handle): string {
  const task = (handle._callback as { __task__?: Future } | null)?.__task__;
  return task ? repr(task) : repr(handle);
}

_set_loop_factory(() => new BaseEventLoop());
