/**
 * Port of CPython's `asyncio/tasks.py`. A Task is a Future that drives a coroutine: its
 * `__step` resumes the coroutine once; when the coroutine yields a pending Future the task
 * registers `__wakeup` as that future's done-callback and goes quiet. The future's
 * completion schedules `__wakeup` with call_soon, and `__wakeup` calls `__step` again.
 * Nothing else ever resumes a task.
 */

import {
  bind,
  check_keywords,
  is_number,
  isKeywords,
  unsupported_comparison,
} from "./arguments.ts";
import { async_with } from "./async_with.ts";
import { type Context, copy_context } from "./context.ts";
import {
  _format_coroutine,
  type Awaitable,
  bare_yield_coroutine,
  Coroutine,
  type CoroutineLike,
  iscoroutine,
} from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import {
  _get_running_loop,
  get_event_loop,
  get_running_loop,
  isFatal,
  type TimerHandle,
} from "./events.ts";
import {
  _enter_handler,
  _exit_handler,
  _mark_raised,
  CancelledError,
  InvalidStateError,
  RuntimeError,
  StopAsyncIteration,
  TimeoutError,
  ValueError,
} from "./exceptions.ts";
import { exception_only } from "./format_helpers.ts";
import {
  _get_loop,
  _set_result_unless_cancelled,
  Future,
  future_add_to_awaited_by,
  future_discard_from_awaited_by,
  isfuture,
  _report_unretrieved as reportUnretrievedFutures,
} from "./futures.ts";
import { repr, str, type_name, write_stderr, write_stdout } from "./print.ts";
import { Queue } from "./queues.ts";
import { timeout as timeoutAfter } from "./timeouts.ts";
import {
  trace_cancel_requested,
  trace_task_created,
  trace_task_done,
  trace_task_step,
  trace_task_suspended,
  tracing,
} from "./trace.ts";

const FILE = "asyncio/tasks.ts";

/** The line it is written on, filled in as the module is compiled (see `compiler/runtime.ts`). */
declare const __LINE__: number;

/** `create_task`'s keyword arguments. */
export interface TaskOptions {
  name?: string | null;
  /** The context the task runs in (default: a copy of the current context). */
  context?: Context | null;
  eager_start?: boolean;
}

let taskNameCounter = 0;

const scheduledTasks = new Set<Task>();

const eagerTasks = new Set<Task>();

/** No arguments: what a task's step is scheduled with (one shared array, no allocation). */
const NO_ARGS: readonly unknown[] = Object.freeze([]);

/**
 * A task's bound `__step`/`__wakeup`, as the loop's handles hold them. `__task__` lets the
 * trace say `Task-2 · __step` and debug mode name the task; `__qualname__` is what
 * CPython's C Task shows in reprs (`TaskStepMethWrapper`, `Task.task_wakeup`).
 */
export interface TaskCallback {
  (arg?: unknown): void;
  __task__: Task;
  __qualname__: string;
}

function stepCallbackOf(task: Task): TaskCallback {
  const __step = ((exc?: unknown) => task.__step(exc)) as TaskCallback;
  __step.__task__ = task;
  __step.__qualname__ = "TaskStepMethWrapper";
  return __step;
}

function wakeupCallbackOf(task: Task): TaskCallback {
  const __wakeup = ((future: unknown) => task.__wakeup(future as Future)) as TaskCallback;
  __wakeup.__task__ = task;
  __wakeup.__qualname__ = "Task.task_wakeup";
  return __wakeup;
}

/** The task running now on `loop` (default: the running loop), or None. */
export function current_task(loop: AbstractEventLoop | null = null): Task | null {
  return (loop ?? get_running_loop())._current_task;
}

/** The tasks of `loop` (default: the running loop) that are not done. */
export function all_tasks(loop: AbstractEventLoop | null = null): Set<Task> {
  const target = loop ?? get_running_loop();
  const tasks = new Set<Task>();
  for (const task of [...scheduledTasks, ...eagerTasks]) {
    if (task._loop === target && !task.done()) tasks.add(task);
  }
  return tasks;
}

/** A coroutine scheduled on the loop, wrapped in a Future. */
export class Task<T = unknown> extends Future<T> {
  _log_destroy_pending = true;
  _name: string;
  _num_cancels_requested = 0;
  _must_cancel = false;
  _fut_waiter: Future | null = null;
  _coro: Coroutine<T> | null;
  /** The context every step of the task runs in. */
  _context: Context;
  /**
   * `__step` and `__wakeup`, bound once (CPython binds them per call; identity matters
   * here); the wake-up callback is only made when the task first waits for a future.
   */
  private readonly stepCallback: TaskCallback;
  private wakeupCallback: TaskCallback | null = null;

  constructor(coro: Coroutine<T>, options: TaskOptions & { loop?: AbstractEventLoop | null } = {}) {
    // C's argument parsing comes first: an unknown keyword (from create_task, loop.create_task
    // or TaskGroup.create_task, which pass theirs on) is CPython's TypeError, named `Task()`.
    check_keywords("Task", ["coro", "loop", "name", "context", "eager_start"], 1, options);
    const { loop = null, name = null, context = null, eager_start = false } = options;
    super({ loop });
    if (!iscoroutine(coro)) {
      this._log_destroy_pending = false;
      throw new TypeError(`a coroutine was expected, got ${repr(coro)}`);
    }
    this._name = name === null || name === undefined ? `Task-${++taskNameCounter}` : String(name);
    this._coro = coro;
    this._context = context ?? copy_context();
    this.stepCallback = stepCallbackOf(this);
    if (tracing) trace_task_created(this, this._name, coro, this._context);
    if (eager_start && this._loop.is_running()) {
      this.__eager_start();
    } else {
      this._loop.call_soon(this.stepCallback, { context: this._context });
      scheduledTasks.add(this);
    }
  }

  override get _label(): string {
    return this._name;
  }

  override __repr__(): string {
    const info = this._repr_info();
    if (this._num_cancels_requested > 0 && !this.done()) info[0] = "cancelling";
    info.splice(1, 0, `name=${repr(this._name)}`);
    if (this._fut_waiter !== null) info.splice(2, 0, `wait_for=${repr(this._fut_waiter)}`);
    if (this._coro !== null) info.splice(2, 0, `coro=<${_format_coroutine(this._coro)}>`);
    return `<${this.constructor.name} ${info.join(" ")}>`;
  }

  get_coro(): Coroutine<T> | null {
    return this._coro;
  }

  get_context(): Context {
    return this._context;
  }

  get_name(): string {
    return this._name;
  }

  set_name(value: unknown): void {
    this._name = str(value);
  }

  override set_result(_result: T): never {
    throw new RuntimeError("Task does not support set_result operation");
  }

  override set_exception(_exception: unknown): never {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  /**
   * The task's stack, as CPython's `base_tasks._task_get_stack` finds it: the frame of the
   * task's own coroutine, then its callers by `f_back`. A suspended coroutine's frame
   * has no `f_back` (nothing is calling it), so that is one frame — the coroutines it awaits
   * are reached through `cr_await`, which `capture_call_graph` follows and this does not.
   */
  get_stack({
    limit = null,
  }: {
    limit?: number | null;
  } = {}): { filename: string; lineno: number; name: string }[] {
    const coro = this._coro;
    if (!(coro instanceof Coroutine) || coro.cr_frame === null) return [];
    if (limit !== null && limit <= 0) return [];
    return [{ filename: coro.cr_code.co_filename, lineno: coro.lineno, name: coro.__name__ }];
  }

  /**
   * Prints the task's stack as CPython's `print_stack()` does with no file: the heading and
   * the exception line go through `print` (stdout), the frames through
   * `traceback.print_list` (stderr).
   */
  print_stack({ limit = null }: { limit?: number | null } = {}): void {
    const frames = this.get_stack({ limit });
    const exc = this._exception;
    if (frames.length === 0) write_stdout(`No stack for ${repr(this)}\n`);
    else if (exc !== null) write_stdout(`Traceback for ${repr(this)} (most recent call last):\n`);
    else write_stdout(`Stack for ${repr(this)} (most recent call last):\n`);
    for (const f of frames)
      write_stderr(`  File "${f.filename}", line ${f.lineno}, in ${f.name}\n`);
    if (exc !== null) write_stdout(`${exception_only(exc)}\n`);
  }

  /** Asks the task to cancel: throws CancelledError into the coroutine at its next step. */
  override cancel(msg: string | null = null): boolean {
    this._log_traceback = false;
    if (this.done()) return false;
    this._num_cancels_requested += 1;
    if (tracing) trace_cancel_requested(this, this._name, msg);
    if (this._fut_waiter?.cancel(msg)) return true;
    this._must_cancel = true;
    this._cancel_message = msg;
    return true;
  }

  /** How many cancellation requests are pending. */
  cancelling(): number {
    return this._num_cancels_requested;
  }

  /** Withdraws one cancellation request; returns how many remain. */
  uncancel(): number {
    if (this._num_cancels_requested > 0) {
      this._num_cancels_requested -= 1;
      if (this._num_cancels_requested === 0) this._must_cancel = false;
    }
    return this._num_cancels_requested;
  }

  private __eager_start(): void {
    const previous = _swap_current_task(this._loop, this);
    try {
      eagerTasks.add(this);
      try {
        this._context.run(() => this.__step_run_and_handle_result(null));
      } finally {
        eagerTasks.delete(this);
      }
    } finally {
      _swap_current_task(this._loop, previous);
      if (this.done()) this._coro = null;
      else scheduledTasks.add(this);
    }
  }

  /** Runs the coroutine one step (the task's only way forward); `exc` is thrown in. */
  __step(exc: unknown = null): void {
    if (this._state !== "PENDING") {
      throw new InvalidStateError(`__step(): already done: ${repr(this)}, ${repr(exc)}`);
    }
    if (this._must_cancel) {
      if (!(exc instanceof CancelledError)) exc = this._make_cancelled_error();
      this._must_cancel = false;
    }
    this._fut_waiter = null;
    const loop = this._loop;
    _enter_task(loop, this);
    try {
      this.__step_run_and_handle_result(exc);
    } finally {
      _leave_task(loop, this);
    }
  }

  private __step_run_and_handle_result(exc: unknown): void {
    const coro = this._coro!;
    if (tracing) trace_task_step(this, this._name, coro, exc);
    let result: IteratorResult<unknown, T>;
    try {
      // CPython calls `coro.send(None)` or `coro.throw(exc)`; here in the iterator protocol.
      result = exc === null || exc === undefined ? coro.next() : coro._throw(exc);
    } catch (error) {
      this.__step_raised(error);
      return;
    }
    if (result.done) {
      if (this._must_cancel) {
        // Cancelled just as the coroutine returned: the task ends cancelled after all.
        this._must_cancel = false;
        super.cancel(this._cancel_message);
        this._finished("cancelled");
      } else {
        super.set_result(result.value);
        this._finished("result");
      }
      return;
    }
    const yielded = result.value;
    if (yielded === null || yielded === undefined) {
      // A bare yield (sleep(0)) gives up control for one loop turn: every other ready
      // callback goes first, then the task steps again.
      if (tracing) trace_task_suspended(this, this._name, this._coro!, null);
      const loop = this._loop;
      loop._check_closed();
      loop._call_soon(this.stepCallback, NO_ARGS, this._context);
    } else {
      this.__step_handle_yielded(yielded);
    }
  }

  /**
   * What the coroutine yielded besides a bare yield: anything with `_asyncio_future_blocking`
   * is a future (tasks.py asks for the attribute, not the class, so a Future-like object of
   * the reader's is awaited as a Future is); a generator, or anything else, is an error.
   */
  private __step_handle_yielded(yielded: unknown): void {
    const result = yielded as Future;
    const blocking = result._asyncio_future_blocking as boolean | null | undefined;
    if (blocking !== undefined && blocking !== null) {
      // Yielded Future must come from Future.__await__.
      if (_get_loop(result) !== this._loop) {
        this._reschedule(
          new RuntimeError(
            `Task ${repr(this)} got Future ${repr(result)} attached to a different loop`,
          ),
        );
      } else if (blocking) {
        if (result === this) {
          this._reschedule(new RuntimeError(`Task cannot await on itself: ${repr(this)}`));
        } else {
          future_add_to_awaited_by(result, this);
          result._asyncio_future_blocking = false;
          this.wakeupCallback ??= wakeupCallbackOf(this);
          result.add_done_callback(this.wakeupCallback, { context: this._context });
          this._fut_waiter = result;
          if (tracing) trace_task_suspended(this, this._name, this._coro!, result);
          if (this._must_cancel && this._fut_waiter.cancel(this._cancel_message)) {
            this._must_cancel = false;
          }
        }
      } else {
        this._reschedule(
          new RuntimeError(
            `yield was used instead of yield from in task ${repr(this)} with ${repr(result)}`,
          ),
        );
      }
    } else if (type_name(yielded) === "generator") {
      // Yielding a generator is just wrong.
      this._reschedule(
        new RuntimeError(
          `yield was used instead of yield from for generator in task ${repr(this)} with ${repr(yielded)}`,
        ),
      );
    } else {
      // Yielding something else is an error.
      this._reschedule(new RuntimeError(`Task got bad yield: ${repr(yielded)}`));
    }
  }

  /** The step ends by scheduling the next one, to throw `error` in (as a bare yield would). */
  private _reschedule(error: Error): void {
    if (tracing) trace_task_suspended(this, this._name, this._coro!, null);
    this._loop.call_soon(this.stepCallback, error, { context: this._context });
  }

  /** The coroutine raised: the task ends cancelled or with the exception. */
  private __step_raised(error: unknown): void {
    _mark_raised(error);
    if (error instanceof CancelledError) {
      // Kept, so the CancelledError the task's awaiters get can be chained to it.
      this._cancelled_exc = error;
      super.cancel();
      this._finished("cancelled");
      return;
    }
    const err = error instanceof Error ? error : new RuntimeError(String(error));
    super.set_exception(err);
    this._finished("exception");
    if (isFatal(error)) throw error;
  }

  /** The task is done: it leaves the registry of live tasks (and tells the trace). */
  private _finished(outcome: "result" | "exception" | "cancelled"): void {
    scheduledTasks.delete(this);
    if (tracing) trace_task_done(this, this._name, outcome, this._exception ?? this._result);
  }

  /** Called (through call_soon) when the awaited future is done: steps the task again. */
  __wakeup(future: Future): void {
    future_discard_from_awaited_by(future, this);
    try {
      future.result();
    } catch (error) {
      // The awaited future failed (or was cancelled): throw that into the coroutine.
      this.__step(error);
      return;
    }
    // The result is not passed on: the coroutine's `await` takes it from the future itself
    // (Future.__await__ returns `this.result()`), so the step resumes with no value.
    this.__step();
  }
}

/** Schedules a coroutine as a Task on the running loop. */
export function create_task<T>(coro: CoroutineLike<T>, options: TaskOptions = {}): Task<T> {
  return get_running_loop().create_task(coro as Coroutine<T>, options);
}

/** `wait(…, { return_when })`: return as soon as any awaitable is done. */
export const FIRST_COMPLETED = "FIRST_COMPLETED";

/** `wait(…, { return_when })`: return when one raises, or when all are done. */
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";

/** `wait(…, { return_when })`: return when all are done (the default). */
export const ALL_COMPLETED = "ALL_COMPLETED";

type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

/** Waits for futures by a strategy; returns `[done, pending]` and cancels nothing. */
export async function wait<T extends Future>(
  fs: Iterable<T>,
  kwargs: { timeout?: number | null; return_when?: ReturnWhen } = {},
): Promise<[Set<T>, Set<T>]> {
  check_keywords("wait", ["fs", "timeout", "return_when"], 1, kwargs);
  const { timeout = null, return_when = ALL_COMPLETED } = kwargs;
  if (isfuture(fs) || iscoroutine(fs)) {
    throw new TypeError(`expect a list of futures, not ${(fs as object).constructor.name}`);
  }
  const set = new Set(fs);
  if (set.size === 0) throw new ValueError("Set of Tasks/Futures is empty.");
  if (![FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].includes(return_when)) {
    throw new ValueError(`Invalid return_when value: ${return_when}`);
  }
  for (const f of set) {
    if (iscoroutine(f))
      throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
  }
  const loop = get_running_loop();
  return await _wait(set, timeout, return_when, loop);
}

function _release_waiter(waiter: Future): void {
  if (!waiter.done()) waiter.set_result(null);
}

/**
 * Awaits `aw` with a time limit (seconds; null: none); raises TimeoutError when it runs out.
 * The limit is CPython's `timeout` parameter, given positionally or as `{ timeout }`.
 */
export async function wait_for<T>(
  aw: Future<T> | CoroutineLike<T> | Awaitable<T>,
  ...args: [timeout: number | null] | [kwargs: { timeout: number | null }]
): Promise<T> {
  const bound = bind("wait_for", ["fut", "timeout"], 2, [aw, ...args]);
  const timeout = (bound.timeout ?? null) as number | null;
  if (timeout !== null && !is_number(timeout)) throw unsupported_comparison("<=", timeout, 0);
  if (timeout !== null && timeout <= 0) {
    const fut = ensure_future(aw);
    if (fut.done()) return fut.result();
    await _cancel_and_wait(fut);
    try {
      return fut.result();
    } catch (error) {
      if (error instanceof CancelledError) {
        // This module's catch blocks keep no handler state (it is C's, see runtime.ts), but
        // wait_for is Python: raised while the CancelledError is handled, the TimeoutError
        // gets it as __context__ besides __cause__, as `raise TimeoutError from exc` does.
        _enter_handler(error);
        try {
          throw new TimeoutError(undefined, { cause: error });
        } finally {
          _exit_handler();
        }
      }
      throw error;
    }
  }
  return (await async_with(timeoutAfter(timeout), () => aw)) as T;
}

async function _wait<T extends Future>(
  fs: Set<T>,
  timeout: number | null,
  returnWhen: ReturnWhen,
  loop: AbstractEventLoop,
): Promise<[Set<T>, Set<T>]> {
  const waiter = loop.create_future();
  let timeoutHandle: TimerHandle | null = null;
  if (timeout !== null) timeoutHandle = loop.call_later(timeout, _release_waiter, waiter);
  let counter = fs.size;
  const curTask = current_task();
  const _on_completion = (f: Future) => {
    counter -= 1;
    if (
      counter <= 0 ||
      returnWhen === FIRST_COMPLETED ||
      (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)
    ) {
      timeoutHandle?.cancel();
      if (!waiter.done()) waiter.set_result(null);
    }
    future_discard_from_awaited_by(f, curTask);
  };
  for (const f of fs) {
    f.add_done_callback(_on_completion);
    future_add_to_awaited_by(f, curTask);
  }
  try {
    await waiter;
  } finally {
    timeoutHandle?.cancel();
    for (const f of fs) f.remove_done_callback(_on_completion);
  }
  const done = new Set<T>();
  const pending = new Set<T>();
  for (const f of fs) (f.done() ? done : pending).add(f);
  return [done, pending] as [Set<T>, Set<T>];
}

async function _cancel_and_wait(fut: Future): Promise<void> {
  const waiter = get_running_loop().create_future();
  const callback = () => _release_waiter(waiter);
  fut.add_done_callback(callback);
  try {
    fut.cancel();
    await waiter;
  } finally {
    fut.remove_done_callback(callback);
  }
}

/** CPython's `_AsCompletedIterator`: finished futures pass through a Queue, in order. */
class _AsCompletedIterator<T> implements IterableIterator<Promise<T>> {
  /** Finished futures, and null for each one the timeout gave up on. */
  private readonly _done = new Queue<Future<T> | null>();
  private _timeout_handle: TimerHandle | null = null;
  private readonly _todo: Set<Future<T>>;
  private _todo_left: number;

  constructor(aws: Iterable<Future<T> | CoroutineLike<T>>, timeout: number | null) {
    const loop = get_event_loop();
    const todo = new Set<Future<T>>();
    for (const aw of new Set(aws)) todo.add(ensure_future(aw, { loop }));
    for (const f of todo) f.add_done_callback(this._handle_completion);
    if (todo.size > 0 && timeout !== null) {
      this._timeout_handle = loop.call_later(timeout, this._handle_timeout);
    }
    this._todo = todo;
    this._todo_left = todo.size;
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** As an asynchronous iterator (`for await`), it gives the futures as they finish. */
  __aiter__(): this {
    return this;
  }

  async __anext__(): Promise<Future<T>> {
    if (this._todo_left === 0) throw new StopAsyncIteration();
    this._todo_left -= 1;
    return (await this._wait_for_one(false)) as Future<T>;
  }

  /** Plain iteration: a coroutine giving the result (or raising) of the next one to finish. */
  next(): IteratorResult<Promise<T>> {
    if (this._todo_left === 0) return { done: true, value: undefined };
    this._todo_left -= 1;
    return { done: false, value: this._wait_for_one(true) as Promise<T> };
  }

  // Both callbacks are arrows, as CPython passes bound methods: the handle calls them alone,
  // and they keep their names for reprs and the trace.
  private readonly _handle_timeout = (): void => {
    for (const f of this._todo) {
      f.remove_done_callback(this._handle_completion);
      this._done.put_nowait(null); // The sentinel _wait_for_one raises TimeoutError for.
    }
    this._todo.clear(); // Not todo.delete(f) inside the loop.
  };

  private readonly _handle_completion = (f: Future<T>): void => {
    if (this._todo.size === 0) return; // _handle_timeout() was here first.
    this._todo.delete(f);
    this._done.put_nowait(f);
    if (this._todo.size === 0) this._timeout_handle?.cancel();
  };

  /** The next future to finish: itself, or (`resolve`) its result or exception. */
  private async _wait_for_one(resolve: boolean): Promise<T | Future<T>> {
    const f = (await this._done.get()) as Future<T> | null;
    if (f === null) throw new TimeoutError(); // The timeout's sentinel.
    return resolve ? f.result() : f;
  }
}

/**
 * Iterates awaitables in the order they finish: `for (const next of as_completed(aws))`
 * then `await next` gives each result as soon as it is ready (3.13+ semantics).
 */
export function as_completed<T>(
  aws: Iterable<Future<T> | CoroutineLike<T>>,
  kwargs: { timeout?: number | null } = {},
): _AsCompletedIterator<T> {
  check_keywords("as_completed", ["fs", "timeout"], 1, kwargs);
  const { timeout = null } = kwargs;
  if (
    isfuture(aws) ||
    iscoroutine(aws) ||
    typeof (aws as Partial<Awaitable>).__await__ === "function"
  ) {
    throw new TypeError(
      `expects an iterable of awaitables, not ${(aws as object).constructor?.name ?? typeof aws}`,
    );
  }
  return new _AsCompletedIterator(aws, timeout);
}

/** Waits `delay` seconds (0: one loop turn), then returns `result`. */
export function sleep<T = null>(delay: number, result: T = null as T): Coroutine<T> {
  // CPython's `sleep(0)` awaits `__sleep0()`, a generator whose one bare yield lets every
  // other ready callback run before the task steps again. That is the runtime's hottest
  // path, so one hand-written coroutine named `sleep` stands for both.
  if (is_number(delay) && delay <= 0) return bare_yield_coroutine(result, "sleep", FILE, __LINE__);
  return _sleep(delay, result) as Coroutine<T>;
}

/** The rest of CPython's `sleep`: a timer resolves a future the task waits for. */
const _sleep = async function sleep<T>(delay: number, result: T): Promise<T> {
  // CPython's first line, `if delay <= 0`, is where a delay that is not a number fails.
  if (!is_number(delay)) throw unsupported_comparison("<=", delay, 0);
  if (Number.isNaN(delay)) throw new ValueError("Invalid delay: NaN (not a number)");
  const loop = get_running_loop();
  const future = loop.create_future<T>();
  const h = loop.call_later(delay, _set_result_unless_cancelled, future, result);
  try {
    return await future;
  } finally {
    h.cancel();
  }
};

/** A Future as it is; a coroutine (or other awaitable) wrapped in a new Task. */
export function ensure_future<T>(
  coroOrFuture: Future<T> | CoroutineLike<T> | Awaitable<T>,
  kwargs: { loop?: AbstractEventLoop | null } = {},
): Future<T> {
  check_keywords("ensure_future", ["coro_or_future", "loop"], 1, kwargs);
  const { loop = null } = kwargs;
  if (isfuture(coroOrFuture)) {
    if (loop !== null && loop !== coroOrFuture._loop) {
      throw new ValueError(
        "The future belongs to a different loop than the one specified as the loop argument",
      );
    }
    return coroOrFuture as Future<T>;
  }
  let coro: Coroutine<T>;
  let shouldClose = true;
  if (iscoroutine(coroOrFuture)) {
    coro = coroOrFuture as Coroutine<T>;
  } else if (typeof (coroOrFuture as Awaitable<T> | null)?.__await__ === "function") {
    async function _wrap_awaitable(awaitable: Awaitable<T>): Promise<T> {
      return (await awaitable) as T;
    }
    coro = _wrap_awaitable(coroOrFuture as Awaitable<T>) as Coroutine<T>;
    shouldClose = false;
  } else {
    throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
  }
  const target = loop ?? get_event_loop();
  try {
    return target.create_task(coro);
  } catch (error) {
    if (shouldClose && error instanceof RuntimeError) coro.close();
    throw error;
  }
}

/** The Future `gather` returns: cancelling it cancels its children, like Task.cancel. */
class _GatheringFuture<T> extends Future<T> {
  _children: Future[];
  _cancel_requested = false;
  constructor(children: Future[], loop: AbstractEventLoop) {
    super({ loop });
    this._children = children;
  }
  override cancel(msg: string | null = null): boolean {
    if (this.done()) return false;
    let cancelled = false;
    for (const child of this._children) if (child.cancel(msg)) cancelled = true;
    if (cancelled) this._cancel_requested = true;
    return cancelled;
  }
}

type GatherArg = Future | CoroutineLike<unknown> | Awaitable;

/** Runs awaitables concurrently; their results in argument order (`return_exceptions` as keyword). */
export function gather(
  ...args: (GatherArg | { return_exceptions?: boolean })[]
): Future<unknown[]> {
  const last = args.at(-1);
  let returnExceptions = false;
  if (isKeywords(last)) {
    const kwargs = args.pop() as { return_exceptions?: boolean };
    check_keywords("gather", ["return_exceptions"], 0, kwargs);
    returnExceptions = Boolean(kwargs.return_exceptions);
  }
  const aws = args as GatherArg[];
  if (aws.length === 0) {
    const outer = get_event_loop().create_future<unknown[]>();
    outer.set_result([]);
    return outer;
  }
  let loop: AbstractEventLoop | null = _get_running_loop();
  const curTask = loop !== null ? current_task(loop) : null;
  let nfinished = 0;
  let outer: _GatheringFuture<unknown[]> | null = null;

  const _done_callback = (fut: Future) => {
    nfinished += 1;
    if (curTask !== null) future_discard_from_awaited_by(fut, curTask);
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.set_exception(fut._make_cancelled_error());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.set_exception(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results = children.map((child) => {
        if (child.cancelled()) return new CancelledError(child._cancel_message ?? "");
        return child.exception() ?? child.result();
      });
      // Cancelled on request: re-raise regardless of return_exceptions. CPython takes the
      // error from `fut` after its results loop rebound it: the last child in argument order,
      // not the one whose completion ran this callback.
      if (outer._cancel_requested) outer.set_exception(children.at(-1)!._make_cancelled_error());
      else outer.set_result(results);
    }
  };

  const argToFut = new Map<GatherArg, Future>();
  const children: Future[] = [];
  const doneFuts: Future[] = [];
  let nfuts = 0;
  for (const arg of aws) {
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensure_future(arg, { loop });
      loop ??= fut._loop;
      if (fut !== arg) (fut as Task)._log_destroy_pending = false;
      nfuts += 1;
      argToFut.set(arg, fut);
      if (fut.done()) doneFuts.push(fut);
      else {
        if (curTask !== null) future_add_to_awaited_by(fut, curTask);
        fut.add_done_callback(_done_callback);
      }
    }
    children.push(fut);
  }
  outer = new _GatheringFuture<unknown[]>(children, loop!);
  for (const fut of doneFuts) _done_callback(fut);
  return outer;
}

function _log_on_exception(fut: Future): void {
  if (fut.cancelled()) return;
  const exc = fut.exception();
  if (exc === null) return;
  fut._loop.call_exception_handler({
    message: `${exc.constructor.name} exception in shielded future`,
    exception: exc,
    future: fut,
  });
}

/** Protects `arg` from cancellation: cancelling the returned future leaves `arg` running. */
export function shield<T>(arg: Future<T> | CoroutineLike<T> | Awaitable<T>): Future<T> {
  const inner = ensure_future(arg);
  if (inner.done()) return inner;
  const loop = inner._loop;
  const outer = loop.create_future<T>();
  const curTask = current_task(loop);
  if (curTask !== null) future_add_to_awaited_by(inner, curTask);
  const _clear_awaited_by_callback = (f: Future) => future_discard_from_awaited_by(f, curTask);
  const _inner_done_callback = (f: Future<T>) => {
    if (outer.cancelled()) return;
    if (f.cancelled()) outer.cancel();
    else {
      const exc = f.exception();
      if (exc !== null) outer.set_exception(exc);
      else outer.set_result(f.result());
    }
  };
  const _outer_done_callback = () => {
    if (!inner.done()) {
      inner.remove_done_callback(_inner_done_callback);
      inner.remove_done_callback(_log_on_exception);
      inner.add_done_callback(_log_on_exception);
    }
  };
  if (curTask !== null) inner.add_done_callback(_clear_awaited_by_callback);
  inner.add_done_callback(_inner_done_callback);
  outer.add_done_callback(_outer_done_callback);
  return outer;
}

/** A task factory that starts each task eagerly: its first step runs inside create_task. */
export function create_eager_task_factory(custom: typeof Task = Task) {
  return (loop: AbstractEventLoop, coro: Coroutine, options: TaskOptions = {}) =>
    new custom(coro, { ...options, loop, eager_start: options.eager_start ?? true });
}

/** Python's `asyncio.eager_task_factory`. */
export const eager_task_factory = create_eager_task_factory(Task);

/** Registers a task (what a Task does when scheduled; also for tasks made elsewhere). */
export function _register_task(task: Task): void {
  scheduledTasks.add(task);
}

/** Marks `task` as the one running on `loop`. */
export function _enter_task(loop: AbstractEventLoop, task: Task): void {
  const current = loop._current_task;
  if (current !== null) {
    throw new RuntimeError(
      `Cannot enter into task ${repr(task)} while another task ${repr(current)} is being executed.`,
    );
  }
  loop._current_task = task;
}

/** Marks `task` as no longer running on `loop`. */
export function _leave_task(loop: AbstractEventLoop, task: Task): void {
  const current = loop._current_task;
  if (current !== task) {
    throw new RuntimeError(
      `Leaving task ${repr(task)} does not match the current task ${repr(current)}.`,
    );
  }
  loop._current_task = null;
}

/** Makes `task` the current one on `loop`; returns the one it replaces. */
export function _swap_current_task(loop: AbstractEventLoop, task: Task | null): Task | null {
  const previous = loop._current_task;
  loop._current_task = task;
  return previous;
}

export function _unregister_task(task: Task): void {
  scheduledTasks.delete(task);
}

/** Forgets every task and the Task-N count (a fresh program). */
export function _reset_tasks(): void {
  taskNameCounter = 0;
  scheduledTasks.clear();
  eagerTasks.clear();
}

/**
 * What CPython does as it collects what a program leaves behind, done when the program ends
 * (see futures.ts). A task still pending is garbage with its coroutine: 3.14 finalizes the
 * coroutines first — each is closed, so its `finally` blocks run — then logs each task, "Task
 * was destroyed but it is pending!". Last, every exception never retrieved.
 */
export function _report_unretrieved(): void {
  const destroyed = [...scheduledTasks].filter(
    (task) => task._state === "PENDING" && task._log_destroy_pending,
  );
  for (const task of destroyed) {
    scheduledTasks.delete(task);
    task._coro?.close();
  }
  for (const task of destroyed) {
    task._loop.call_exception_handler({ message: "Task was destroyed but it is pending!", task });
  }
  reportUnretrievedFutures();
}

// The loop's members whose types are defined here (see `AbstractEventLoop` in events.ts).
declare module "./events.ts" {
  interface AbstractEventLoop {
    /** The task whose step is running on this loop (CPython keeps it in `_current_tasks`). */
    _current_task: Task | null;
    create_task<T>(coro: CoroutineLike<T>, options?: TaskOptions): Task<T>;
  }
}
