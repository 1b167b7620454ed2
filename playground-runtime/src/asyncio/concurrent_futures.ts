/**
 * A stand-in for Python's `concurrent.futures` as asyncio uses it: the executor behind
 * `loop.run_in_executor` (a deterministic model of `ThreadPoolExecutor` on virtual threads)
 * and its `Future`. It knows nothing of asyncio: the loop reaches it through a clock, and
 * results reach the loop through done callbacks (`futures._chain_future`).
 *
 * ## The virtual-thread model
 *
 * A playground has one JavaScript thread, so a function sent to a thread cannot really run
 * beside the loop. It runs *synchronously*, start to finish, on a virtual thread, and what
 * makes it look concurrent is time:
 *
 * - A virtual thread has its own clock. It starts at the loop's `time()` (one read) when the
 *   work starts; inside the function `time.sleep(s)` advances that clock by `s` (not the
 *   loop's), and `time.monotonic()`/`perf_counter()` read it, 1 ns per read like the loop
 *   clock. No event loop is running on the thread (`get_running_loop()` raises, as in CPython).
 * - The work *finishes* at the thread clock's final value: start + the time it slept. Only
 *   then does its result reach the loop, the way `futures._chain_future` delivers it in
 *   CPython: the executor's concurrent future completes, and its done callback calls
 *   `loop.call_soon_threadsafe` to copy the outcome into the asyncio future. A finish time in
 *   the future is an *external event* the loop's idle wait honours like bytes on its self-pipe:
 *   the wait ends at that time instead of the full timeout, the outcome lands on the ready
 *   queue, and the timers due by then follow it — so a function that sleeps `s` seconds
 *   delivers at exactly start + `s`, as a ready callback. Pure computation finishes at once:
 *   its callback is on the ready queue before `run_in_executor` returns.
 * - The pool has `max_workers` threads (CPython's default, `min(32, cpu_count + 4)`, with one
 *   CPU as in pyodide where the Python twins run: 5). Work submitted while all of them are
 *   busy waits in FIFO order and starts when a worker finishes, at that worker's finish time;
 *   cancelling its future before then means it never runs.
 *
 * What the model cannot do: a function's own side effects (prints) happen when it starts, not
 * spread over its virtual run time, and nothing on the loop can run while a thread function
 * computes.
 */

import { _swap_thread_context } from "./context.ts";
import { RuntimeError } from "./exceptions.ts";
import { heappop, heappush } from "./heapq.ts";

/** What the executor needs of the loop: its clock. */
interface Clock {
  time(): number;
}

/** One nanosecond, the tick of every clock read (DESIGN.md, "Clocks"). */
const NS = 1e-9;

/** The clock of a virtual thread while its function runs. */
export class _VirtualThread {
  /** The thread's current time, on the loop's time scale. */
  _now: number;

  /** A thread whose clock starts at `start`. */
  constructor(start: number) {
    this._now = start;
  }

  /** Reads the thread's clock (`time.monotonic()` on this thread); each read ticks 1 ns. */
  time(): number {
    this._now += NS;
    return this._now;
  }

  /** `time.sleep(s)` on this thread: only this thread's clock moves. */
  sleep(seconds: number): void {
    this._now += seconds;
  }
}

let currentThread: _VirtualThread | null = null;

/**
 * The virtual thread whose function is running now, or `null` on the loop's own thread.
 * `time.sleep`/`time.monotonic` ask this to know which clock to use.
 */
export function _current_thread(): _VirtualThread | null {
  return currentThread;
}

/**
 * Runs `fn` on a new virtual thread starting at `start`; its outcome and finish time. (No
 * loop runs on that thread: the running loop is per thread, see `events._get_running_loop`.
 * Nor does the loop's context: a thread starts with a context of its own, empty until used.)
 */
function runOnThread(
  start: number,
  fn: () => unknown,
): { ok: boolean; value: unknown; end: number } {
  const thread = new _VirtualThread(start);
  const outerThread = currentThread;
  currentThread = thread;
  const outerContext = _swap_thread_context(null);
  try {
    return { ok: true, value: fn(), end: thread._now };
  } catch (e) {
    return { ok: false, value: e, end: thread._now };
  } finally {
    _swap_thread_context(outerContext);
    currentThread = outerThread;
  }
}

type ConcurrentState = "PENDING" | "RUNNING" | "CANCELLED" | "FINISHED";

/**
 * The part of `concurrent.futures.Future` the executor and `_chain_future` use: a result
 * slot completed "on the worker thread", whose done callbacks run right there.
 */
export class ConcurrentFuture {
  /** The state, as `concurrent.futures._base` names it. */
  _state: ConcurrentState = "PENDING";
  /** The result once `FINISHED` without error. */
  _result: unknown = null;
  /** The exception once `FINISHED` with one. */
  _exception: unknown = null;
  /** Callbacks to call on completion. */
  _done_callbacks: ((f: ConcurrentFuture) => void)[] = [];

  /** Cancels unless the work started; whether the future is cancelled now. */
  cancel(): boolean {
    if (this._state === "RUNNING" || this._state === "FINISHED") return false;
    if (this._state === "CANCELLED") return true;
    this._state = "CANCELLED";
    this._invoke_callbacks();
    return true;
  }

  /** Whether the future was cancelled. */
  cancelled(): boolean {
    return this._state === "CANCELLED";
  }

  /** Whether the future is cancelled or finished. */
  done(): boolean {
    return this._state === "CANCELLED" || this._state === "FINISHED";
  }

  /** Calls `fn(this)` on completion, or at once if already done. */
  add_done_callback(fn: (f: ConcurrentFuture) => void): void {
    if (!this.done()) {
      this._done_callbacks.push(fn);
      return;
    }
    fn(this);
  }

  /** Marks the work as started; `false` if it was cancelled, and must not run. */
  set_running_or_notify_cancel(): boolean {
    if (this._state === "CANCELLED") return false;
    this._state = "RUNNING";
    return true;
  }

  /** Completes the work with `ok`'s value or exception. */
  _finish(ok: boolean, value: unknown): void {
    if (ok) this._result = value;
    else this._exception = value;
    this._state = "FINISHED";
    this._invoke_callbacks();
  }

  /** Runs the done callbacks, in registration order. */
  _invoke_callbacks(): void {
    const callbacks = this._done_callbacks;
    this._done_callbacks = [];
    for (const fn of callbacks) fn(this);
  }
}

/**
 * A finish waiting for the loop's clock to reach it: `[when, seq, run]`, in a heap ordered by
 * time, then by the order the finishes were computed in.
 */
type PendingFinish = [when: number, seq: number, run: () => void];

/** A submitted call not yet started because every worker was busy. */
interface WorkItem {
  future: ConcurrentFuture;
  fn: () => unknown;
}

/**
 * The virtual `ThreadPoolExecutor` behind `loop.run_in_executor(null, …)`. It is also the
 * loop's source of external events: the idle wait asks `_next_due()` and calls `_run_due()`.
 */
export class ThreadPoolExecutor {
  /** How many calls can run at once. */
  _max_workers: number;
  /** The clock the workers follow (the loop's `time()`). */
  _clock: Clock;
  /** Workers busy now. */
  _busy = 0;
  /** Calls waiting for a worker, oldest first. */
  _work_queue: WorkItem[] = [];
  /** Finishes not yet reached by the loop's clock (a heap). */
  _pending: PendingFinish[] = [];
  /** Tie-break for finishes at the same time: the order they were computed in. */
  _seq = 0;
  /** Whether `shutdown()` was called. */
  _shutdown = false;
  /** Callbacks of `_join`, run when no worker is busy any more. */
  _joiners: (() => void)[] = [];

  /** A pool of `max_workers` virtual threads on `clock` (CPython's default is 5 here). */
  constructor(clock: Clock, max_workers = Math.min(32, 1 + 4)) {
    this._clock = clock;
    this._max_workers = max_workers;
  }

  /** Schedules `fn(...args)` on a worker and returns its concurrent future. */
  submit(fn: (...args: any[]) => unknown, ...args: unknown[]): ConcurrentFuture {
    if (this._shutdown) throw new RuntimeError("cannot schedule new futures after shutdown");
    const future = new ConcurrentFuture();
    const item: WorkItem = { future, fn: () => fn(...args) };
    if (this._busy < this._max_workers) {
      this._busy += 1;
      this._start(item, this._clock.time());
    } else {
      this._work_queue.push(item);
    }
    return future;
  }

  /** Runs `item` on a worker from `start`; frees the worker when the work finishes. */
  _start(item: WorkItem, start: number): void {
    if (!item.future.set_running_or_notify_cancel()) {
      this._worker_free(start);
      return;
    }
    const outcome = runOnThread(start, item.fn);
    const finish = () => {
      item.future._finish(outcome.ok, outcome.value);
      this._worker_free(outcome.end);
    };
    if (outcome.end <= start) finish();
    else heappush(this._pending, [outcome.end, this._seq++, finish]);
  }

  /** A worker finished at `now`: it takes the oldest queued call, if any. */
  _worker_free(now: number): void {
    const next = this._work_queue.shift();
    if (next !== undefined) {
      this._start(next, now);
      return;
    }
    this._busy -= 1;
    if (this._busy === 0) {
      const joiners = this._joiners;
      this._joiners = [];
      for (const then of joiners) then();
    }
  }

  /** The earliest pending finish time, or `null` when no thread is still working. */
  _next_due(): number | null {
    return this._pending.length > 0 ? this._pending[0][0] : null;
  }

  /** Finishes, in time order, every thread whose finish time is at or before `now`. */
  _run_due(now: number): void {
    while (this._pending.length > 0 && this._pending[0][0] <= now) heappop(this._pending)[2]();
  }

  /** Refuses new work. Work already submitted still finishes at its own virtual time. */
  shutdown(): void {
    this._shutdown = true;
  }

  /**
   * `shutdown(wait=True)` as a joining thread sees it (what `loop.shutdown_default_executor`
   * runs on a thread of its own in CPython): refuses new work, then calls `then` once no
   * worker is busy — right away if none is, otherwise at the virtual time the last one
   * finishes. `then` runs on that thread, so it reaches the loop with
   * `call_soon_threadsafe`.
   */
  _join(then: () => void): void {
    this.shutdown();
    if (this._busy === 0) then();
    else this._joiners.push(then);
  }
}
