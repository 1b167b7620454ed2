/**
 * Port of CPython's `asyncio/taskgroups.py`: `TaskGroup`, structured concurrency for tasks.
 *
 * Leaving the `async with` block waits for every child. The first child that fails (with
 * anything but `CancelledError`) aborts the group: the other children are cancelled, and so is
 * the parent task, to interrupt its body — a cancellation the group takes back with `uncancel()`
 * on exit, so that only the errors, gathered in an `ExceptionGroup`, come out.
 */

import { bind } from "./arguments.ts";
import type { Coroutine, CoroutineLike } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { get_running_loop } from "./events.ts";
import {
  BaseExceptionGroup,
  CancelledError,
  KeyboardInterrupt,
  RuntimeError,
  SystemExit,
} from "./exceptions.ts";
import {
  type Future,
  future_add_to_awaited_by,
  future_discard_from_awaited_by,
} from "./futures.ts";
import { str } from "./print.ts";
import { current_task, type Task, type TaskOptions } from "./tasks.ts";

/**
 * A group of tasks bound to the task that enters it: `async with` waits for all children, and
 * the first child error cancels the rest and is raised, with any others, in an
 * `ExceptionGroup`.
 */
export class TaskGroup {
  /**
   * Types only, as `then` is on a Coroutine: TypeScript accepts `await using` of what has
   * `[Symbol.asyncDispose]`, while the compiler makes the statement Python's `async with`
   * (`__aenter__`, `__aexit__`); nothing defines it at run time.
   */
  declare [Symbol.asyncDispose]: () => PromiseLike<void>;
  /** Whether `__aenter__` ran. */
  _entered = false;
  /** Whether `__aexit__` started. */
  _exiting = false;
  /** Whether the children are being cancelled. */
  _aborting = false;
  /** The running loop, taken on entry. */
  _loop: AbstractEventLoop | null = null;
  /** The task that entered the group. */
  _parent_task: Task | null = null;
  /** Whether the group cancelled its parent (and so owes it an `uncancel()`). */
  _parent_cancel_requested = false;
  /** Children not finished yet (insertion order stands in for CPython's set order). */
  _tasks = new Set<Task>();
  /** The children's errors, in the order they finished, then the body's. */
  _errors: Error[] | null = [];
  /** The first `SystemExit`/`KeyboardInterrupt` seen, re-raised as is. */
  _base_error: unknown = null;
  /** Resolved when the last child finishes while `__aexit__` waits. */
  _on_completed_fut: Future | null = null;

  /** An empty group; it takes no arguments. */
  constructor(...args: [kwargs?: Record<string, never>]) {
    bind("TaskGroup.__init__", [], 0, args);
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  /** `<TaskGroup tasks=2 errors=1 cancelling>` */
  __repr__(): string {
    const info = [""];
    if (this._tasks.size) info.push(`tasks=${this._tasks.size}`);
    if (this._errors?.length) info.push(`errors=${this._errors.length}`);
    if (this._aborting) info.push("cancelling");
    else if (this._entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }

  /** Binds the group to the running loop and the current task; the `as` value is the group. */
  async __aenter__(): Promise<TaskGroup> {
    if (this._entered) {
      throw new RuntimeError(`TaskGroup ${this.__repr__()} has already been entered`);
    }
    if (this._loop === null) this._loop = get_running_loop();
    this._parent_task = current_task(this._loop);
    if (this._parent_task === null) {
      throw new RuntimeError(`TaskGroup ${this.__repr__()} cannot determine the parent task`);
    }
    this._entered = true;
    return this;
  }

  /** Waits for every child, then raises what the group and its body produced. */
  async __aexit__(et: unknown, exc: unknown, _tb: unknown): Promise<unknown> {
    try {
      return await this._aexit(et, exc);
    } finally {
      // Drop references to exceptions and the parent, as CPython does.
      this._parent_task = null;
      this._errors = null;
      this._base_error = null;
    }
  }

  /** The body of `__aexit__`. */
  async _aexit(et: unknown, exc: unknown): Promise<null> {
    this._exiting = true;
    if (exc != null && this._is_base_error(exc) && this._base_error === null) {
      this._base_error = exc;
    }
    let propagate_cancellation_error: unknown = et != null && isCancelled(exc) ? exc : null;

    // The parent is being cancelled, or the body raised: stop the children.
    if (et != null && !this._aborting) this._abort();

    // The completion future can be cancelled again and again while the parent is being
    // cancelled, hence the loop.
    while (this._tasks.size) {
      if (this._on_completed_fut === null) {
        this._on_completed_fut = this._loop!.create_future();
      }
      try {
        await this._on_completed_fut;
      } catch (ex) {
        if (!(ex instanceof CancelledError)) throw ex;
        // Cancelled from outside while children still run.
        if (!this._aborting) {
          propagate_cancellation_error = ex;
          this._abort();
        }
      }
      this._on_completed_fut = null;
    }

    if (this._base_error !== null) throw this._base_error;

    // The group cancelled its parent: take that cancellation back, and swallow the
    // CancelledError if it was the only one pending.
    if (this._parent_cancel_requested && this._parent_task!.uncancel() === 0) {
      propagate_cancellation_error = null;
    }

    // Children's errors take priority over a cancellation.
    if (propagate_cancellation_error !== null && !this._errors!.length) {
      throw propagate_cancellation_error;
    }

    if (et != null && !isCancelled(exc)) this._errors!.push(exc as Error);

    if (this._errors!.length) {
      // Keep an outside cancellation of the parent pending, with the same count.
      if (this._parent_task!.cancelling()) {
        this._parent_task!.uncancel();
        this._parent_task!.cancel();
      }
      throw new BaseExceptionGroup("unhandled errors in a TaskGroup", this._errors!);
    }
    return null;
  }

  /**
   * Starts `coro` as a child task and returns it. `RuntimeError` (closing the coroutine) if
   * the group is not entered, already finished, or shutting down.
   */
  create_task<T>(coroLike: CoroutineLike<T>, options: TaskOptions = {}): Task<T> {
    const coro = coroLike as Coroutine<T>;
    if (!this._entered) {
      coro.close();
      throw new RuntimeError(`TaskGroup ${this.__repr__()} has not been entered`);
    }
    if (this._exiting && !this._tasks.size) {
      coro.close();
      throw new RuntimeError(`TaskGroup ${this.__repr__()} is finished`);
    }
    if (this._aborting) {
      coro.close();
      throw new RuntimeError(`TaskGroup ${this.__repr__()} is shutting down`);
    }
    const task = this._loop!.create_task(coro, options);
    future_add_to_awaited_by(task, this._parent_task);
    // The callback goes on even if the task already finished eagerly, so that its error
    // aborts the group at the right moment.
    this._tasks.add(task);
    task.add_done_callback(this._on_task_done);
    return task;
  }

  /** `SystemExit` and `KeyboardInterrupt` bypass the `ExceptionGroup`. */
  _is_base_error(exc: unknown): boolean {
    return exc instanceof SystemExit || exc instanceof KeyboardInterrupt;
  }

  /** Cancels every unfinished child. */
  _abort(): void {
    this._aborting = true;
    for (const t of this._tasks) {
      if (!t.done()) t.cancel();
    }
  }

  /**
   * A child finished: record its error and, on the first one, abort the group. An arrow, as
   * CPython passes the bound method: it keeps its name for the trace.
   */
  readonly _on_task_done = (task: Task): void => {
    this._tasks.delete(task);
    future_discard_from_awaited_by(task, this._parent_task);

    if (this._on_completed_fut !== null && !this._tasks.size) {
      if (!this._on_completed_fut.done()) this._on_completed_fut.set_result(true);
    }

    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc == null) return;

    this._errors!.push(exc as Error);
    if (this._is_base_error(exc) && this._base_error === null) this._base_error = exc;

    if (this._parent_task!.done()) {
      this._loop!.call_exception_handler({
        message: `Task ${task.__repr__()} has errored out but its parent task ${this._parent_task!.__repr__()} is already completed`,
        exception: exc,
        task,
      });
      return;
    }

    // Interrupt the body by cancelling the parent; __aexit__ takes that back with uncancel().
    if (!this._aborting && !this._parent_cancel_requested) {
      this._abort();
      this._parent_cancel_requested = true;
      this._parent_task!.cancel();
    }
  };
}

/** Whether an exception is a `CancelledError` (Python's `issubclass(et, CancelledError)`). */
function isCancelled(exc: unknown): boolean {
  return exc instanceof CancelledError;
}
