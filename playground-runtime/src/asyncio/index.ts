/**
 * The `asyncio` a playground imports: every public name, spelled as Python spells it.
 * Keyword arguments are a trailing options object; classes take `new`.
 */

import type { BaseEventLoop } from "./base_events.ts";
import { _iscoroutinefunction } from "./coroutines.ts";
import * as events from "./events.ts";
import { Lock } from "./locks.ts";

// Loaded without the compiler, the runtime's async functions would be JavaScript's own and
// every await in them would go wrong quietly: say so at once instead.
if (!_iscoroutinefunction(Lock.prototype.acquire)) {
  throw new Error(
    "playground-runtime was loaded without compiling its coroutines: import src/compiler/node-hook.ts before the runtime (Node), or add runtimeCoroutines() from src/compiler/vite-plugin.ts to Vite's plugins",
  );
}

export { async_with } from "./async_with.ts";
export { BaseEventLoop, BaseEventLoop as AbstractEventLoop } from "./base_events.ts";
export { iscoroutine, iscoroutinefunction } from "./coroutines.ts";
export { Handle, set_event_loop, TimerHandle } from "./events.ts";
export {
  BaseExceptionGroup,
  BrokenBarrierError,
  CancelledError,
  ExceptionGroup,
  InvalidStateError,
  TimeoutError,
} from "./exceptions.ts";
export { Future, isfuture, wrap_future } from "./futures.ts";
export {
  capture_call_graph,
  FrameCallGraphEntry,
  FutureCallGraph,
  format_call_graph,
  print_call_graph,
} from "./graph.ts";
export { Barrier, BoundedSemaphore, Condition, Event, Lock, Semaphore } from "./locks.ts";
export { LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull, QueueShutDown } from "./queues.ts";
export { Runner, run } from "./runners.ts";
export { TaskGroup } from "./taskgroups.ts";
export {
  ALL_COMPLETED,
  all_tasks,
  as_completed,
  create_eager_task_factory,
  create_task,
  current_task,
  eager_task_factory,
  ensure_future,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  gather,
  shield,
  sleep,
  Task,
  wait,
  wait_for,
} from "./tasks.ts";
export { to_thread } from "./threads.ts";
export { Timeout, timeout, timeout_at } from "./timeouts.ts";

// A program gets the loop the runtime really runs, a BaseEventLoop with all of CPython's
// attributes (the internals chapters read `_ready`, `_scheduled`…); below `base_events`
// the same functions speak of an `AbstractEventLoop`.
export const get_running_loop = events.get_running_loop as () => BaseEventLoop;
export const get_event_loop = events.get_event_loop as () => BaseEventLoop;
export const new_event_loop = events.new_event_loop as () => BaseEventLoop;
