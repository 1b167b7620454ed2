/**
 * Port of CPython's `asyncio/threads.py`: `to_thread`. The executor it runs on, and its
 * virtual threads, are in `concurrent_futures.ts`.
 */

import { get_running_loop } from "./events.ts";

/**
 * Runs `func(...args)` on a (virtual) worker thread and returns its result, leaving the loop
 * free meanwhile: `await asyncio.to_thread(time.sleep, 1)` lets other tasks run for that
 * second.
 */
export async function to_thread<A extends unknown[], R>(
  func: (...args: A) => R,
  ...args: A
): Promise<R> {
  const loop = get_running_loop();
  const func_call = () => func(...args);
  return await loop.run_in_executor(null, func_call);
}
