/**
 * Port of CPython's `asyncio/timeouts.py` (`asyncio.timeout`, 3.11+).
 *
 * A Timeout cancels its task when the deadline passes; on the way out it turns that
 * cancellation into TimeoutError — unless the task was also cancelled by someone else, which
 * it tells apart by counting the task's cancellation requests (`cancelling()`/`uncancel()`).
 */

import { is_number, unsupported_operand } from "./arguments.ts";
import type { Handle } from "./events.ts";
import { get_running_loop } from "./events.ts";
import { CancelledError, ExceptionGroup, RuntimeError, TimeoutError } from "./exceptions.ts";
import { float_repr, float_round, repr, str } from "./print.ts";
import { current_task, type Task } from "./tasks.ts";

type State = "created" | "active" | "expiring" | "expired" | "finished";

/** An asynchronous context manager that cancels the task it is entered in at `when`. */
export class Timeout {
  /**
   * Types only, as `then` is on a Coroutine: TypeScript accepts `await using` of what has
   * `[Symbol.asyncDispose]`, while the compiler makes the statement Python's `async with`
   * (`__aenter__`, `__aexit__`); nothing defines it at run time.
   */
  declare [Symbol.asyncDispose]: () => PromiseLike<void>;
  private _state: State = "created";
  private _timeout_handler: Handle | null = null;
  private _task: Task | null = null;
  private _cancelling = 0;
  private _when: number | null;

  constructor(when: number | null) {
    this._when = when;
  }

  /** The deadline, in loop time (None: no deadline). */
  when(): number | null {
    return this._when;
  }

  /** Moves the deadline (None removes it). */
  reschedule(when: number | null): void {
    if (this._state !== "active") {
      if (this._state === "created") throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this._state} Timeout`);
    }
    this._when = when;
    this._timeout_handler?.cancel();
    if (when === null) {
      this._timeout_handler = null;
    } else {
      const loop = get_running_loop();
      this._timeout_handler =
        when <= loop.time()
          ? loop.call_soon(this._on_timeout)
          : loop.call_at(when, this._on_timeout);
    }
  }

  /** Whether the deadline passed and the timeout fired. */
  expired(): boolean {
    return this._state === "expiring" || this._state === "expired";
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  /**
   * `<Timeout [active] when=2.5>`: CPython shows `round(when, 3)`, a float when `when` came
   * from the loop's clock (`timeout(delay)`) and an int when the program gave a whole number
   * (`timeout_at(4)`, `reschedule(10)`). The clock's values are never whole (it ticks 1 ns a
   * read), so a whole `when` was the program's.
   */
  __repr__(): string {
    let when = "";
    if (this._state === "active") {
      if (this._when === null) when = " when=None";
      else if (Number.isInteger(this._when)) when = ` when=${repr(this._when)}`;
      else when = ` when=${float_repr(float_round(this._when, 3))}`;
    }
    return `<Timeout [${this._state}]${when}>`;
  }

  async __aenter__(): Promise<Timeout> {
    if (this._state !== "created") throw new RuntimeError("Timeout has already been entered");
    const task = current_task();
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this._state = "active";
    this._task = task;
    this._cancelling = task.cancelling();
    this.reschedule(this._when);
    return this;
  }

  async __aexit__(excType: unknown, excVal: unknown, _tb: unknown): Promise<null> {
    this._timeout_handler?.cancel();
    this._timeout_handler = null;
    if (this._state === "expiring") {
      this._state = "expired";
      if (this._task!.uncancel() <= this._cancelling && excType !== null) {
        // Since there are no new cancel requests, we're handling this.
        if (excVal instanceof CancelledError) {
          throw new TimeoutError(undefined, { cause: excVal });
        } else if (excVal !== null) {
          Timeout._insert_timeout_error(excVal);
          if (excVal instanceof ExceptionGroup) {
            for (const exc of excVal.exceptions) Timeout._insert_timeout_error(exc);
          }
        }
      }
    } else if (this._state === "active") {
      this._state = "finished";
    }
    return null;
  }

  /**
   * The body raised something else while the timeout's cancellation was being handled (a
   * `finally` or `except` that raised): a TimeoutError goes into its context chain, between
   * it and the CancelledError, so the chain says the timeout is what happened first.
   */
  private static _insert_timeout_error(excVal: unknown): void {
    type Chained = { __context__?: unknown; cause?: unknown };
    let exc = excVal as Chained;
    while (exc.__context__ !== undefined && exc.__context__ !== null) {
      if (exc.__context__ instanceof CancelledError) {
        const te = new TimeoutError(undefined, { cause: exc.__context__ });
        (te as Chained).__context__ = exc.__context__;
        exc.__context__ = te;
        break;
      }
      exc = exc.__context__ as Chained;
    }
  }

  // An arrow, as CPython schedules the bound method: it keeps its name for the trace.
  private readonly _on_timeout = (): void => {
    this._task?.cancel();
    this._state = "expiring";
    this._timeout_handler = null;
  };
}

/** A Timeout `delay` seconds from now (None: no deadline, until rescheduled). */
export function timeout(delay: number | null): Timeout {
  const loop = get_running_loop();
  if (delay === null) return new Timeout(null);
  const now = loop.time();
  if (!is_number(delay)) throw unsupported_operand("+", "float", delay);
  return new Timeout(now + delay);
}

/** A Timeout at loop time `when`. */
export function timeout_at(when: number | null): Timeout {
  return new Timeout(when);
}
