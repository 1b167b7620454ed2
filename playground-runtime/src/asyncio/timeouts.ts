/**
 * Port of CPython's `asyncio/timeouts.py` (`asyncio.timeout`, 3.11+), and `async_with`,
 * the playground's spelling of Python's `async with` statement.
 *
 * A Timeout cancels its task when the deadline passes; on the way out it turns that
 * cancellation into TimeoutError — unless the task was also cancelled by someone else, which
 * it tells apart by counting the task's cancellation requests (`cancelling()`/`uncancel()`).
 */

import {
  type Awaitable,
  await_,
  type Coroutine,
  type CoroutineLike,
  coroutine,
} from "./coroutines.ts";
import type { Handle } from "./events.ts";
import { get_running_loop } from "./events.ts";
import { CancelledError, RuntimeError, TimeoutError } from "./exceptions.ts";
import { float_repr } from "./print.ts";
import { current_task, type Task } from "./tasks.ts";

const FILE = "asyncio/timeouts.ts";

type State = "created" | "active" | "expiring" | "expired" | "finished";

/** An asynchronous context manager that cancels the task it is entered in at `when`. */
export class Timeout {
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
      const onTimeout = () => this._on_timeout();
      this._timeout_handler =
        when <= loop.time() ? loop.call_soon(onTimeout) : loop.call_at(when, onTimeout);
    }
  }

  /** Whether the deadline passed and the timeout fired. */
  expired(): boolean {
    return this._state === "expiring" || this._state === "expired";
  }

  __repr__(): string {
    const when =
      this._state === "active"
        ? ` when=${this._when === null ? "None" : float_repr(Math.round(this._when * 1000) / 1000)}`
        : "";
    return `<Timeout [${this._state}]${when}>`;
  }

  __aenter__(): Coroutine<Timeout> {
    return coroutine(
      function* (this: Timeout) {
        if (this._state !== "created") throw new RuntimeError("Timeout has already been entered");
        const task = current_task();
        if (task === null) throw new RuntimeError("Timeout should be used inside a task");
        this._state = "active";
        this._task = task;
        this._cancelling = task.cancelling();
        this.reschedule(this._when);
        return this;
      }.call(this),
      "__aenter__",
      "Timeout.__aenter__",
      FILE,
      0,
    );
  }

  __aexit__(excType: unknown, excVal: unknown, _tb: unknown): Coroutine<null> {
    return coroutine(
      function* (this: Timeout) {
        this._timeout_handler?.cancel();
        this._timeout_handler = null;
        if (this._state === "expiring") {
          this._state = "expired";
          if (this._task!.uncancel() <= this._cancelling && excType !== null && excVal !== null) {
            if (excVal instanceof CancelledError) {
              throw new TimeoutError(undefined, { cause: excVal });
            }
          }
        } else if (this._state === "active") {
          this._state = "finished";
        }
        return null;
      }.call(this),
      "__aexit__",
      "Timeout.__aexit__",
      FILE,
      0,
    );
  }

  private _on_timeout(): void {
    this._task?.cancel();
    this._state = "expiring";
    this._timeout_handler = null;
  }
}

/** A Timeout `delay` seconds from now (None: no deadline, until rescheduled). */
export function timeout(delay: number | null): Timeout {
  const loop = get_running_loop();
  return new Timeout(delay === null ? null : loop.time() + delay);
}

/** A Timeout at loop time `when`. */
export function timeout_at(when: number | null): Timeout {
  return new Timeout(when);
}

function isAwaitable(value: unknown): boolean {
  return value instanceof Object && typeof (value as Partial<Awaitable>).__await__ === "function";
}

/** An asynchronous context manager: what Python's `async with` works on. */
export interface AsyncContextManager<V> {
  __aenter__(): Awaitable<V> | Coroutine<V>;
  __aexit__(excType: unknown, exc: unknown, tb: unknown): Awaitable<unknown> | Coroutine<unknown>;
}

/**
 * `async with cm as v: body` — written `await asyncio.async_with(cm, async (v) => { body })`.
 * Enters, runs the body in the same task, exits with the body's exception (a truthy
 * `__aexit__` result swallows it), and returns the body's value. A body with no await in it
 * may be a plain function: its return value is the value.
 */
export function async_with<V, R>(
  cm: AsyncContextManager<V>,
  body: (value: V) => CoroutineLike<R> | Awaitable<R> | R,
): Coroutine<R | undefined> {
  return coroutine(
    (function* () {
      const value = yield* await_(cm.__aenter__(), 0);
      let result: R;
      try {
        const ran = body(value);
        result = isAwaitable(ran) ? yield* await_(ran as Awaitable<R>, 0) : (ran as R);
      } catch (error) {
        const suppress = yield* await_(cm.__aexit__(error?.constructor ?? null, error, null), 0);
        if (!suppress) throw error;
        return undefined;
      }
      yield* await_(cm.__aexit__(null, null, null), 0);
      return result;
    })(),
    "async_with",
    "async_with",
    FILE,
    0,
  );
}
