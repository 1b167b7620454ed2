/**
 * The loop's trace: what it does, event by event, for the visualizer and the tests. Off by
 * default; when off, emitting costs one boolean test.
 *
 * The stream is complete enough to rebuild the loop's state at every step: replaying
 * `handle_scheduled` (ready: appended to the ready queue; timer: pushed on the heap),
 * `timer_ready` (popped from the heap, appended to the ready queue), `handle_cancelled`
 * and `handle_start` (taken off the front of the ready queue) gives the ready queue and
 * the timer heap exactly, in order.
 */

/** Every event carries its sequence number and the loop's clock when it happened. */
interface Stamp {
  seq: number;
  time: number;
}

export type TraceEvent = Stamp &
  (
    | { type: "iteration"; n: number }
    | { type: "clock_advanced"; from: number; to: number }
    | {
        type: "handle_scheduled";
        handle: number;
        label: string;
        queue: "ready" | "timer";
        when?: number;
      }
    | { type: "timer_ready"; handle: number }
    | { type: "handle_cancelled"; handle: number }
    | { type: "handle_start"; handle: number; label: string }
    | { type: "handle_end"; handle: number }
    | { type: "task_created"; task: number; name: string; coro: string }
    | { type: "task_step"; task: number; name: string }
    | {
        type: "task_suspended";
        task: number;
        name: string;
        /** The future it waits on (null: a bare yield, as sleep(0)). */
        future: number | null;
        futureLabel: string | null;
        /** The await chain, outermost first: coroutine name and the line it waits at. */
        stack: { name: string; file: string; line: number }[];
      }
    | {
        type: "task_done";
        task: number;
        name: string;
        outcome: "result" | "exception" | "cancelled";
        detail: string;
      }
    | {
        type: "future_done";
        future: number;
        label: string;
        outcome: "result" | "exception" | "cancelled";
      }
    | { type: "cancel_requested"; target: number; label: string; message: string | null }
    | { type: "output"; stream: "stdout" | "stderr"; text: string }
  );

type Sink = (event: TraceEvent) => void;

let sink: Sink | null = null;
let seq = 0;
let clock: () => number = () => 0;

/** Whether anyone listens: callers test this before building an event. */
export let tracing = false;

/** Starts sending events to `listener`, stamped with `now()`; null stops tracing. */
export function set_trace(listener: Sink | null, now: () => number = () => 0): void {
  sink = listener;
  tracing = listener !== null;
  clock = now;
  seq = 0;
}

type Unstamped = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, "seq" | "time">
    : never
  : never;

/** Records one event (call only when `tracing` is true). */
export function emit(event: Unstamped): void {
  sink?.({ ...event, seq: seq++, time: clock() } as TraceEvent);
}

const ids = new WeakMap<object, number>();
let nextId = 1;

/** A small stable number for a handle, task or future, for the trace's cross-references. */
export function trace_id(obj: object): number {
  let value = ids.get(obj);
  if (value === undefined) {
    value = nextId++;
    ids.set(obj, value);
  }
  return value;
}
