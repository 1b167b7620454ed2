/**
 * Port of CPython's `asyncio/threads.py`: `to_thread`. The executor it runs on, and its
 * virtual threads, are in `concurrent_futures.ts`.
 */

import { copy_context } from "./context.ts";
import { get_running_loop } from "./events.ts";

/**
 * Runs `func(...args)` on a (virtual) worker thread and returns its result, leaving the loop
 * free meanwhile: `await asyncio.to_thread(time.sleep, 1)` lets other tasks run for that
 * second. The function runs in a copy of the caller's context, so it sees the caller's
 * context variables (`run_in_executor` alone does not carry them).
 */
export async function to_thread<A extends unknown[], R>(
  func: (...args: A) => R,
  ...args: A
): Promise<R> {
  const loop = get_running_loop();
  const ctx = copy_context();
  const func_call = () => ctx.run(func, ...args);
  return await loop.run_in_executor(null, func_call);
}
