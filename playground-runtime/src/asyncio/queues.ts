/**
 * Port of CPython's `asyncio/queues.py`: `Queue`, `PriorityQueue`, `LifoQueue` and their
 * exceptions.
 *
 * Blocked `get()`/`put()` callers wait on futures kept in FIFO lists; each `put_nowait` wakes
 * one getter and each `get_nowait` wakes one putter, and the woken task re-checks the queue
 * when it resumes, so a task that arrives in between can take the item first — as in CPython.
 */

import { bind } from "./arguments.ts";
import { Exception, ValueError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import { heappop, heappush } from "./heapq.ts";
import { Event } from "./locks.ts";
import { _LoopBoundMixin } from "./mixins.ts";
import { id, repr } from "./print.ts";

/** Raised by `get_nowait()` on an empty queue. */
export class QueueEmpty extends Exception {}

/** Raised by `put_nowait()` on a full queue. */
export class QueueFull extends Exception {}

/** Raised by `put()`/`get()` (and their `_nowait` forms) once the queue is shut down. */
export class QueueShutDown extends Exception {}

/**
 * A FIFO queue for tasks. `maxsize <= 0` (the default) means unbounded; otherwise `put()`
 * waits while the queue holds `maxsize` items. `join()` waits until every item put has been
 * matched by a `task_done()`; `shutdown()` makes further puts (and gets, once empty) raise
 * `QueueShutDown`.
 */
export class Queue<T = unknown> extends _LoopBoundMixin {
  /** The bound given at construction. */
  _maxsize: number;
  /** Futures of the tasks blocked in `get()`, oldest first. */
  _getters: Future[] = [];
  /** Futures of the tasks blocked in `put()`, oldest first. */
  _putters: Future[] = [];
  /** Items put and not yet marked done with `task_done()`. */
  _unfinished_tasks = 0;
  /** Set whenever `_unfinished_tasks` is zero; `join()` waits on it. */
  _finished = new Event();
  /** The items, in the subclass's storage order. */
  _queue: T[] = [];
  /** Whether `shutdown()` was called. */
  _is_shutdown = false;

  /**
   * A queue holding at most `maxsize` items (unbounded when `maxsize <= 0`), given
   * positionally or as `{ maxsize }`.
   */
  constructor(...args: [maxsize?: number | { maxsize?: number }]) {
    super();
    const { maxsize = 0 } = bind("Queue.__init__", ["maxsize"], 0, args) as { maxsize?: number };
    this._maxsize = maxsize;
    this._finished.set();
  }

  /** Removes and returns the next item (FIFO here; subclasses change the order). */
  _get(): T {
    return this._queue.shift()!;
  }

  /** Stores an item. */
  _put(item: T): void {
    this._queue.push(item);
  }

  /** Resolves the first waiter that is still pending, dropping the ones before it. */
  _wakeup_next(waiters: Future[]): void {
    while (waiters.length) {
      const waiter = waiters.shift()!;
      if (!waiter.done()) {
        waiter.set_result(null);
        break;
      }
    }
  }

  /** `<Queue at 0x… maxsize=2 _queue=[1, 2] tasks=2>` */
  __repr__(): string {
    return `<${this.constructor.name} at 0x${id(this).toString(16)} ${this._format()}>`;
  }

  /** `<Queue maxsize=2 _queue=[1, 2] tasks=2>` — what `print(queue)` shows. */
  __str__(): string {
    return `<${this.constructor.name} ${this._format()}>`;
  }

  /** The state shown by both reprs. */
  _format(): string {
    let result = `maxsize=${repr(this._maxsize)}`;
    if (this._queue.length) result += ` _queue=${repr(this._queue)}`;
    if (this._getters.length) result += ` _getters[${this._getters.length}]`;
    if (this._putters.length) result += ` _putters[${this._putters.length}]`;
    if (this._unfinished_tasks) result += ` tasks=${this._unfinished_tasks}`;
    if (this._is_shutdown) result += " shutdown";
    return result;
  }

  /** Number of items in the queue. */
  qsize(): number {
    return this._queue.length;
  }

  /** The bound given at construction. */
  get maxsize(): number {
    return this._maxsize;
  }

  /** Whether the queue holds no item. */
  empty(): boolean {
    return this._queue.length === 0;
  }

  /** Whether the queue holds `maxsize` items (never, when unbounded). */
  full(): boolean {
    if (this._maxsize <= 0) return false;
    return this.qsize() >= this._maxsize;
  }

  /** Puts an item, first waiting for a free slot while the queue is full. */
  async put(item: T): Promise<void> {
    while (this.full()) {
      if (this._is_shutdown) throw new QueueShutDown();
      const putter = this._get_loop().create_future();
      this._putters.push(putter);
      try {
        await putter;
      } catch (e) {
        putter.cancel();
        // get_nowait() or shutdown() may already have taken it off the list.
        const i = this._putters.indexOf(putter);
        if (i >= 0) this._putters.splice(i, 1);
        // Woken for a free slot we will not use: pass the turn on.
        if (!this.full() && !putter.cancelled()) this._wakeup_next(this._putters);
        throw e;
      }
    }
    this.put_nowait(item);
  }

  /** Puts an item at once; `QueueFull` if there is no free slot, `QueueShutDown` if shut down. */
  put_nowait(item: T): void {
    if (this._is_shutdown) throw new QueueShutDown();
    if (this.full()) throw new QueueFull();
    this._put(item);
    this._unfinished_tasks += 1;
    this._finished.clear();
    this._wakeup_next(this._getters);
  }

  /** Removes and returns an item, first waiting for one while the queue is empty. */
  async get(): Promise<T> {
    while (this.empty()) {
      if (this._is_shutdown && this.empty()) throw new QueueShutDown();
      const getter = this._get_loop().create_future();
      this._getters.push(getter);
      try {
        await getter;
      } catch (e) {
        getter.cancel();
        // put_nowait() or shutdown() may already have taken it off the list.
        const i = this._getters.indexOf(getter);
        if (i >= 0) this._getters.splice(i, 1);
        // Woken for an item we will not take: pass the turn on.
        if (!this.empty() && !getter.cancelled()) this._wakeup_next(this._getters);
        throw e;
      }
    }
    return this.get_nowait();
  }

  /**
   * Removes and returns an item at once; `QueueEmpty` if there is none (`QueueShutDown` if
   * the queue is also shut down).
   */
  get_nowait(): T {
    if (this.empty()) {
      if (this._is_shutdown) throw new QueueShutDown();
      throw new QueueEmpty();
    }
    const item = this._get();
    this._wakeup_next(this._putters);
    return item;
  }

  /** Marks one item taken with `get()` as processed; `ValueError` if called too often. */
  task_done(): void {
    if (this._unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    this._unfinished_tasks -= 1;
    if (this._unfinished_tasks === 0) this._finished.set();
  }

  /** Waits until every item put has been marked done with `task_done()`. */
  async join(): Promise<void> {
    if (this._unfinished_tasks > 0) await this._finished.wait();
  }

  /**
   * Shuts the queue down: puts raise `QueueShutDown` from now on, gets once the queue is empty
   * — at once with `immediate` (positional or `{ immediate }`), which also discards the items (counting them as done). Every
   * blocked `put()`/`get()` wakes up to re-check.
   */
  shutdown(immediate: boolean | { immediate?: boolean } = false): void {
    this._is_shutdown = true;
    if (typeof immediate === "boolean" ? immediate : immediate.immediate) {
      while (!this.empty()) {
        this._get();
        if (this._unfinished_tasks > 0) this._unfinished_tasks -= 1;
      }
      if (this._unfinished_tasks === 0) this._finished.set();
    }
    while (this._getters.length) {
      const getter = this._getters.shift()!;
      if (!getter.done()) getter.set_result(null);
    }
    while (this._putters.length) {
      const putter = this._putters.shift()!;
      if (!putter.done()) putter.set_result(null);
    }
  }
}

/** A queue that returns the smallest item first (entries are often `[priority, data]`). */
export class PriorityQueue<T = unknown> extends Queue<T> {
  /** Keeps the items as a binary heap, with Python's `heapq` order and `<`. */
  override _put(item: T): void {
    heappush(this._queue, item);
  }

  /** Pops the smallest item. */
  override _get(): T {
    return heappop(this._queue);
  }
}

/** A queue that returns the most recently added item first. */
export class LifoQueue<T = unknown> extends Queue<T> {
  /** Pops the newest item. */
  override _get(): T {
    return this._queue.pop()!;
  }
}
