/**
 * Port of CPython's `asyncio/locks.py`: `Lock`, `Event`, `Condition`, `Semaphore`,
 * `BoundedSemaphore` and `Barrier`.
 *
 * Every waiter is a Future parked in a FIFO list; waking a waiter means resolving its future,
 * so the woken task resumes one loop iteration later, through the future's done callbacks —
 * exactly the hand-off order CPython shows. The async methods are compiled like a reader's
 * (see `compiler/runtime.ts`), so they show up in tracebacks, task reprs and call graphs at
 * this file's lines.
 */

import { bind } from "./arguments.ts";
import { BrokenBarrierError, CancelledError, RuntimeError, ValueError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import { _LoopBoundMixin } from "./mixins.ts";
import { id } from "./print.ts";

/** CPython's `object.__repr__` for a class of this module. */
function objectRepr(obj: object): string {
  return `<asyncio.locks.${obj.constructor.name} object at 0x${id(obj).toString(16)}>`;
}

/** Adds `[extra]` inside an object repr, as the primitives' `__repr__` do. */
function withExtra(obj: object, extra: string): string {
  return `${objectRepr(obj).slice(0, -1)} [${extra}]>`;
}

/** Removes `item` from a waiter list (deque.remove: the item is known to be there). */
function remove<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/**
 * `async with` support shared by `Lock`, `Condition` and the semaphores: entering acquires,
 * leaving releases, and the `as` target is `None`.
 */
abstract class _ContextManagerMixin extends _LoopBoundMixin {
  abstract acquire(): Promise<boolean>;
  abstract release(): void;
  /**
   * Types only, as `then` is on a Coroutine: TypeScript accepts `await using` of what has
   * `[Symbol.asyncDispose]`, while the compiler makes the statement Python's `async with`
   * (`__aenter__`, `__aexit__`); nothing defines it at run time.
   */
  declare [Symbol.asyncDispose]: () => PromiseLike<void>;

  /** Acquires; the `as` value is `None`. */
  async __aenter__(): Promise<null> {
    await this.acquire();
    return null;
  }

  /** Releases; never suppresses the body's exception. */
  async __aexit__(_exc_type: unknown, _exc: unknown, _tb: unknown): Promise<null> {
    this.release();
    return null;
  }
}

/**
 * A mutual-exclusion lock, not owned by any task. Waiters are served strictly first come,
 * first served; a newcomer may take a free lock only when nobody alive is queued.
 */
export class Lock extends _ContextManagerMixin {
  /** Futures of the tasks blocked in `acquire()`, oldest first (`null` until first needed). */
  _waiters: Future[] | null = null;
  /** Whether the lock is held. */
  _locked = false;

  /** A free lock; it takes no arguments (CPython's TypeError for any, `loop` included). */
  constructor(...args: [kwargs?: Record<string, never>]) {
    super();
    bind("Lock.__init__", [], 0, args);
  }

  /** `<asyncio.locks.Lock object at 0x… [locked, waiters:2]>` */
  __repr__(): string {
    let extra = this._locked ? "locked" : "unlocked";
    if (this._waiters?.length) extra = `${extra}, waiters:${this._waiters.length}`;
    return withExtra(this, extra);
  }

  /** Whether the lock is held. */
  locked(): boolean {
    return this._locked;
  }

  /** Waits until the lock is free, takes it, and returns `true`. */
  async acquire(): Promise<boolean> {
    if (!this._locked && (this._waiters === null || this._waiters.every((w) => w.cancelled()))) {
      this._locked = true;
      return true;
    }
    if (this._waiters === null) this._waiters = [];
    const fut = this._get_loop().create_future();
    this._waiters.push(fut);
    try {
      try {
        await fut;
      } finally {
        remove(this._waiters, fut);
      }
    } catch (e) {
      // A cancelled waiter that was already chosen must pass its turn on, or the lock
      // would stay free with tasks still queued.
      if (e instanceof CancelledError && !this._locked) this._wake_up_first();
      throw e;
    }
    this._locked = true;
    return true;
  }

  /** Frees the lock and lets the first queued task take it; `RuntimeError` if not held. */
  release(): void {
    if (this._locked) {
      this._locked = false;
      this._wake_up_first();
    } else {
      throw new RuntimeError("Lock is not acquired.");
    }
  }

  /** Resolves the oldest waiter's future unless it is already resolved or cancelled. */
  _wake_up_first(): void {
    if (!this._waiters?.length) return;
    const fut = this._waiters[0]!;
    if (!fut.done()) fut.set_result(true);
  }
}

/** A flag tasks can wait for; setting it wakes every waiter, in the order they started waiting. */
export class Event extends _LoopBoundMixin {
  /** Futures of the tasks blocked in `wait()`, oldest first. */
  _waiters: Future[] = [];
  /** The flag. */
  _value = false;

  /** An unset event; it takes no arguments. */
  constructor(...args: [kwargs?: Record<string, never>]) {
    super();
    bind("Event.__init__", [], 0, args);
  }

  /** `<asyncio.locks.Event object at 0x… [unset, waiters:1]>` */
  __repr__(): string {
    let extra = this._value ? "set" : "unset";
    if (this._waiters.length) extra = `${extra}, waiters:${this._waiters.length}`;
    return withExtra(this, extra);
  }

  /** Whether the flag is set. */
  is_set(): boolean {
    return this._value;
  }

  /** Sets the flag and wakes all waiters. */
  set(): void {
    if (!this._value) {
      this._value = true;
      for (const fut of this._waiters) {
        if (!fut.done()) fut.set_result(true);
      }
    }
  }

  /** Clears the flag, so later `wait()` calls block again. */
  clear(): void {
    this._value = false;
  }

  /** Returns `true` at once if the flag is set, otherwise once another task sets it. */
  async wait(): Promise<boolean> {
    if (this._value) return true;
    const fut = this._get_loop().create_future();
    this._waiters.push(fut);
    try {
      await fut;
      return true;
    } finally {
      remove(this._waiters, fut);
    }
  }
}

/**
 * A condition variable over a `Lock` (a new one unless given): `wait()` releases the lock,
 * sleeps until notified, and takes the lock back before returning.
 */
export class Condition extends _ContextManagerMixin {
  /** The underlying lock. */
  _lock: Lock;
  /** Futures of the tasks blocked in `wait()`, oldest first. */
  _waiters: Future[] = [];

  /** A condition over `lock` (positional or `{ lock }`), or over a new `Lock`. */
  constructor(...args: [lock?: Lock | null | { lock?: Lock | null }]) {
    super();
    const { lock = null } = bind("Condition.__init__", ["lock"], 0, args);
    this._lock = (lock as Lock | null) ?? new Lock();
  }

  /** `<asyncio.locks.Condition object at 0x… [locked, waiters:1]>` */
  __repr__(): string {
    let extra = this.locked() ? "locked" : "unlocked";
    if (this._waiters.length) extra = `${extra}, waiters:${this._waiters.length}`;
    return withExtra(this, extra);
  }

  /** The underlying lock's `locked()`. */
  locked(): boolean {
    return this._lock.locked();
  }

  /** The underlying lock's `acquire()`. */
  acquire(): Promise<boolean> {
    return this._lock.acquire();
  }

  /** The underlying lock's `release()`. */
  release(): void {
    this._lock.release();
  }

  /**
   * Releases the lock, waits to be notified, re-acquires the lock (even when cancelled) and
   * returns `true`. `RuntimeError` if the lock is not held.
   */
  async wait(): Promise<boolean> {
    if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
    const fut = this._get_loop().create_future();
    this.release();
    // Python's nested try/finally, unrolled: what the wait raised is kept aside, then the
    // lock is taken back whatever happened (only cancellation may interrupt that, and the
    // latest one wins), and only then does the outcome propagate.
    let failure: { error: unknown } | null = null;
    try {
      this._waiters.push(fut);
      try {
        await fut;
      } finally {
        remove(this._waiters, fut);
      }
    } catch (e) {
      failure = { error: e };
    }
    try {
      let err: CancelledError | null = null;
      for (;;) {
        try {
          await this.acquire();
          break;
        } catch (e) {
          if (!(e instanceof CancelledError)) throw e;
          err = e;
        }
      }
      if (err !== null) throw err;
      if (failure !== null) throw failure.error;
    } catch (e) {
      // This task may have been notified just before failing: hand the notification to
      // another waiter (a spurious wake-up is allowed, a lost one is not).
      this._notify(1);
      throw e;
    }
    return true;
  }

  /** Waits until `predicate()` is truthy and returns its value. */
  async wait_for<T>(predicate: () => T): Promise<T> {
    let result = predicate();
    while (!result) {
      await this.wait();
      result = predicate();
    }
    return result;
  }

  /** Wakes up to `n` waiters (oldest first); `RuntimeError` if the lock is not held. */
  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    this._notify(n);
  }

  /** Resolves the futures of the first `n` waiters not already woken. */
  _notify(n: number): void {
    let idx = 0;
    for (const fut of this._waiters) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx += 1;
        fut.set_result(false);
      }
    }
  }

  /** Wakes every waiter. */
  notify_all(): void {
    this.notify(this._waiters.length);
  }
}

/**
 * A counter of free slots (1 unless given): `acquire()` takes one, waiting while there are
 * none, and waiters are served in order even when a slot is free.
 */
export class Semaphore extends _ContextManagerMixin {
  /** Futures of the tasks blocked in `acquire()`, oldest first (`null` until first needed). */
  _waiters: Future[] | null = null;
  /** Free slots. */
  _value: number;

  /** A semaphore with `value` free slots (positional or `{ value }`); `ValueError` if negative. */
  constructor(...args: [value?: number | { value?: number }]) {
    super();
    const { value = 1 } = bind("Semaphore.__init__", ["value"], 0, args) as { value?: number };
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = value;
  }

  /** `<asyncio.locks.Semaphore object at 0x… [unlocked, value:2]>` */
  __repr__(): string {
    let extra = this.locked() ? "locked" : `unlocked, value:${this._value}`;
    if (this._waiters?.length) extra = `${extra}, waiters:${this._waiters.length}`;
    return withExtra(this, extra);
  }

  /** Whether `acquire()` would block: no free slot, or live tasks already queued. */
  locked(): boolean {
    return this._value === 0 || (this._waiters ?? []).some((w) => !w.cancelled());
  }

  /** Takes a slot, waiting in line for one if needed, and returns `true`. */
  async acquire(): Promise<boolean> {
    if (!this.locked()) {
      this._value -= 1;
      return true;
    }
    if (this._waiters === null) this._waiters = [];
    const fut = this._get_loop().create_future();
    this._waiters.push(fut);
    try {
      try {
        try {
          await fut;
        } finally {
          remove(this._waiters, fut);
        }
      } catch (e) {
        // Woken (and counted) but cancelled before resuming: give the slot back.
        if (e instanceof CancelledError && fut.done() && !fut.cancelled()) this._value += 1;
        throw e;
      }
    } finally {
      // Tasks that queued behind us while slots were free can go now.
      while (this._value > 0) {
        if (!this._wake_up_next()) break;
      }
    }
    return true;
  }

  /** Frees a slot and wakes the first waiter, if any. */
  release(): void {
    this._value += 1;
    this._wake_up_next();
  }

  /** Hands a slot to the oldest waiter not yet woken; whether there was one. */
  _wake_up_next(): boolean {
    if (!this._waiters?.length) return false;
    for (const fut of this._waiters) {
      if (!fut.done()) {
        this._value -= 1;
        fut.set_result(true);
        return true;
      }
    }
    return false;
  }
}

/** A `Semaphore` whose `release()` refuses to go above the initial value (`ValueError`). */
export class BoundedSemaphore extends Semaphore {
  /** The initial, and maximal, number of slots. */
  _bound_value: number;

  /** A bounded semaphore with `value` slots (positional or `{ value }`). */
  constructor(...args: [value?: number | { value?: number }]) {
    const { value = 1 } = bind("BoundedSemaphore.__init__", ["value"], 0, args);
    super(value as number);
    this._bound_value = this._value;
  }

  /** Frees a slot; `ValueError` if that would exceed the initial value. */
  override release(): void {
    if (this._value >= this._bound_value) {
      throw new ValueError("BoundedSemaphore released too many times");
    }
    super.release();
  }
}

/** The phases of a `Barrier` (CPython's `_BarrierState` enum values). */
type _BarrierState = "filling" | "draining" | "resetting" | "broken";

/**
 * Lets `parties` tasks meet: each `wait()` blocks until that many are waiting, then all go on
 * together, each with its own index `0…parties-1`. A barrier is reusable (it drains, then fills
 * again); `reset()` and `abort()` break the current round with `BrokenBarrierError`.
 */
export class Barrier extends _LoopBoundMixin {
  /** The condition every state change is announced on. */
  _cond = new Condition();
  /** Tasks needed to trip the barrier. */
  _parties: number;
  /** The phase. */
  _state: _BarrierState = "filling";
  /** Tasks inside `wait()`. */
  _count = 0;

  /** A barrier for `parties` tasks (positional or `{ parties }`); `ValueError` if fewer than 1. */
  constructor(...args: [parties: number | { parties: number }]) {
    super();
    const { parties } = bind("Barrier.__init__", ["parties"], 1, args) as { parties: number };
    if (parties < 1) throw new ValueError("parties must be >= 1");
    this._parties = parties;
  }

  /** `<asyncio.locks.Barrier object at 0x… [filling, waiters:1/3]>` */
  __repr__(): string {
    let extra = this._state;
    if (!this.broken) extra += `, waiters:${this.n_waiting}/${this.parties}`;
    return withExtra(this, extra);
  }

  /** Waits at the barrier; the `as` value is this task's index. */
  async __aenter__(): Promise<number> {
    return await this.wait();
  }

  /** Does nothing. */
  async __aexit__(..._args: unknown[]): Promise<null> {
    return null;
  }

  /**
   * Waits until `parties` tasks are waiting, then returns this task's arrival index.
   * `BrokenBarrierError` if the barrier is broken or reset meanwhile.
   */
  async wait(): Promise<number> {
    await this._cond.__aenter__();
    try {
      // Newcomers wait while the previous round drains or resets.
      await this._block();
      try {
        const index = this._count;
        this._count += 1;
        if (index + 1 === this._parties) {
          await this._release();
        } else {
          await this._wait();
        }
        return index;
      } finally {
        this._count -= 1;
        this._exit();
      }
    } finally {
      await this._cond.__aexit__(null, null, null);
    }
  }

  /** Blocks while the barrier drains or resets; `BrokenBarrierError` if it is broken. */
  async _block(): Promise<void> {
    await this._cond.wait_for(() => this._state !== "draining" && this._state !== "resetting");
    if (this._state === "broken") throw new BrokenBarrierError("Barrier aborted");
  }

  /** The last party arrived: start draining and wake everybody. */
  async _release(): Promise<void> {
    this._state = "draining";
    this._cond.notify_all();
  }

  /** Waits for the round to trip; `BrokenBarrierError` if it was reset or broken instead. */
  async _wait(): Promise<void> {
    await this._cond.wait_for(() => this._state !== "filling");
    if (this._state === "broken" || this._state === "resetting") {
      throw new BrokenBarrierError("Abort or reset of barrier");
    }
  }

  /** The last task out of a draining or resetting barrier opens it for the next round. */
  _exit(): void {
    if (this._count === 0) {
      if (this._state === "resetting" || this._state === "draining") this._state = "filling";
      this._cond.notify_all();
    }
  }

  /** Back to the initial state; tasks waiting now get `BrokenBarrierError`. */
  async reset(): Promise<void> {
    await this._cond.__aenter__();
    try {
      if (this._count > 0) {
        if (this._state !== "resetting") this._state = "resetting";
      } else {
        this._state = "filling";
      }
      this._cond.notify_all();
    } finally {
      await this._cond.__aexit__(null, null, null);
    }
  }

  /** Breaks the barrier: current and future `wait()` calls get `BrokenBarrierError`. */
  async abort(): Promise<void> {
    await this._cond.__aenter__();
    try {
      this._state = "broken";
      this._cond.notify_all();
    } finally {
      await this._cond.__aexit__(null, null, null);
    }
  }

  /** Tasks needed to trip the barrier. */
  get parties(): number {
    return this._parties;
  }

  /** Tasks waiting in the current filling round (0 while draining or resetting). */
  get n_waiting(): number {
    return this._state === "filling" ? this._count : 0;
  }

  /** Whether the barrier is broken. */
  get broken(): boolean {
    return this._state === "broken";
  }
}
