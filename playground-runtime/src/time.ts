/**
 * Python's `time` module, as far as asyncio programs use it. `sleep` is a blocking call: it
 * holds the thread — and so the whole event loop — for its duration, as Python's does. On
 * the virtual clock that means the loop's clock jumps while nothing else can run.
 * On a virtual thread (`to_thread`, `run_in_executor`) the thread's own clock is used.
 */

import { type Clock, VirtualClock } from "./asyncio/clocks.ts";
import { _current_thread } from "./asyncio/concurrent_futures.ts";
import { _get_running_loop } from "./asyncio/events.ts";

/** The clock outside any running loop (top-level code before or after `asyncio.run`). */
let idleClock: Clock = new VirtualClock();

/** Sets the clock top-level code sees (the executor chooses virtual or real). */
export function _set_idle_clock(clock: Clock): void {
  idleClock = clock;
}

function clock(): Clock {
  return _get_running_loop()?._clock ?? idleClock;
}

/** Blocks for `seconds`: nothing else runs meanwhile, the event loop included. */
export function sleep(seconds: number): void {
  if (typeof seconds !== "number" || Number.isNaN(seconds)) {
    throw new TypeError("'float' object cannot be interpreted as a sleep duration");
  }
  if (seconds < 0) throw new RangeError("sleep length must be non-negative");
  const thread = _current_thread();
  if (thread !== null) thread.sleep(seconds);
  else clock().hold(seconds);
}

/** Seconds on a clock that never goes back (the loop's clock while it runs). */
export function monotonic(): number {
  const thread = _current_thread();
  return thread !== null ? thread.time() : clock().now();
}

/** The same clock as `monotonic`, as `perf_counter` is on Linux. */
export function perf_counter(): number {
  return monotonic();
}

/** Wall-clock seconds; on the virtual clock, the same timeline as `monotonic`. */
export function time(): number {
  return monotonic();
}
