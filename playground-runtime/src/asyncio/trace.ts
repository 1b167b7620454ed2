/**
 * The loop's trace: what it does, event by event, for the visualizer and the tests. Off by
 * default; when off, emitting costs one boolean test.
 *
 * The stream is complete enough to rebuild the loop's state at every step (`replay.ts` does):
 * replaying `handle_scheduled` (ready: appended to the ready queue; timer: pushed on the
 * heap), `timer_ready` (popped from the heap, appended to the ready queue), `timers_dropped`
 * (cancelled timers leaving the heap), `handle_skipped` and `handle_start` (taken off the
 * front of the ready queue) gives each loop's ready queue and timer heap exactly, in order.
 * `handle_cancelled` only marks a handle: like CPython, the loop leaves a cancelled handle
 * where it is until its turn comes.
 */

/** Every event carries its sequence number and the loop's clock when it happened. */
interface Stamp {
  seq: number;
  time: number;
}

/** One coroutine of a suspended task's await chain, and the line it waits at (0: asyncio's). */
export interface TraceFrame {
  name: string;
  file: string;
  line: number;
}

/** One thing the loop did; the README's table says when each is emitted. */
export type TraceEvent = Stamp &
  (
    | {
        /** A turn of `_run_once` begins on `loop`; `n` counts that loop's turns. */
        type: "iteration";
        loop: number;
        n: number;
      }
    | { type: "clock_advanced"; from: number; to: number }
    /** `loop.close()`: whatever was still queued on it is dropped. */
    | { type: "loop_closed"; loop: number }
    | {
        type: "handle_scheduled";
        loop: number;
        handle: number;
        label: string;
        queue: "ready" | "timer";
        /** A timer's due time. */
        when?: number;
        /** The task whose `__step` or `__wakeup` this handle runs. */
        task?: number;
      }
    | { type: "timer_ready"; handle: number }
    | {
        /**
         * Cancelled timers taken off the heap before a turn: popped from its top one by one,
         * or, when they are more than half of a large heap, filtered out and the rest
         * re-heapified (`rebuilt`), as `_run_once` does.
         */
        type: "timers_dropped";
        handles: number[];
        rebuilt: boolean;
      }
    | { type: "handle_cancelled"; handle: number }
    /** A cancelled handle reached the front of the ready queue and was dropped unrun. */
    | { type: "handle_skipped"; handle: number }
    | { type: "handle_start"; handle: number; label: string }
    | { type: "handle_end"; handle: number }
    | {
        type: "task_created";
        task: number;
        name: string;
        coro: string;
        /** Where the coroutine's function is defined. */
        file: string;
        line: number;
      }
    | {
        type: "task_step";
        task: number;
        name: string;
        /** Where the coroutine resumes: its first line, or the await it was suspended at. */
        file: string;
        line: number;
        /** The exception thrown into the coroutine (CancelledError…), or null for a send. */
        thrown: string | null;
      }
    | {
        type: "task_suspended";
        task: number;
        name: string;
        /** The future it waits on (null: a bare yield, as sleep(0)). */
        future: number | null;
        futureLabel: string | null;
        /** The await chain, outermost first: coroutine name and the line it waits at. */
        stack: TraceFrame[];
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

/** The name of each kind of event. */
export type TraceEventType = TraceEvent["type"];

/** How a field of an event is checked when it crosses from the executor to the page. */
type Field =
  | "int"
  | "number"
  | "string"
  | "boolean"
  | "int?"
  | "number?"
  | "int|null"
  | "string|null"
  | "ints"
  | "frames"
  | readonly string[];

/** Every event's fields, besides `type`, `seq` and `time`. */
const SCHEMA: Record<TraceEventType, Record<string, Field>> = {
  iteration: { loop: "int", n: "int" },
  clock_advanced: { from: "number", to: "number" },
  loop_closed: { loop: "int" },
  handle_scheduled: {
    loop: "int",
    handle: "int",
    label: "string",
    queue: ["ready", "timer"],
    when: "number?",
    task: "int?",
  },
  timer_ready: { handle: "int" },
  timers_dropped: { handles: "ints", rebuilt: "boolean" },
  handle_cancelled: { handle: "int" },
  handle_skipped: { handle: "int" },
  handle_start: { handle: "int", label: "string" },
  handle_end: { handle: "int" },
  task_created: { task: "int", name: "string", coro: "string", file: "string", line: "int" },
  task_step: { task: "int", name: "string", file: "string", line: "int", thrown: "string|null" },
  task_suspended: {
    task: "int",
    name: "string",
    future: "int|null",
    futureLabel: "string|null",
    stack: "frames",
  },
  task_done: {
    task: "int",
    name: "string",
    outcome: ["result", "exception", "cancelled"],
    detail: "string",
  },
  future_done: { future: "int", label: "string", outcome: ["result", "exception", "cancelled"] },
  cancel_requested: { target: "int", label: "string", message: "string|null" },
  output: { stream: ["stdout", "stderr"], text: "string" },
};

const isInt = (v: unknown) => Number.isInteger(v);
const isFrame = (v: unknown) => {
  const f = v as Partial<TraceFrame> | null;
  return (
    typeof f === "object" &&
    f !== null &&
    typeof f.name === "string" &&
    typeof f.file === "string" &&
    isInt(f.line)
  );
};

function fits(value: unknown, field: Field): boolean {
  if (typeof field !== "string") return field.includes(value as string);
  switch (field) {
    case "int":
      return isInt(value);
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "int?":
      return value === undefined || isInt(value);
    case "number?":
      return value === undefined || typeof value === "number";
    case "int|null":
      return value === null || isInt(value);
    case "string|null":
      return value === null || typeof value === "string";
    case "ints":
      return Array.isArray(value) && value.every(isInt);
    case "frames":
      return Array.isArray(value) && value.every(isFrame);
  }
}

/**
 * The event, if `value` is one this schema allows (every field of the right kind); null
 * otherwise. The page checks what the executor sends with it.
 */
export function parse_trace_event(value: unknown): TraceEvent | null {
  if (typeof value !== "object" || value === null) return null;
  const event = value as Record<string, unknown>;
  const fields = Object.hasOwn(SCHEMA, event.type as string)
    ? SCHEMA[event.type as TraceEventType]
    : null;
  if (fields === null || !isInt(event.seq) || typeof event.time !== "number") return null;
  for (const [name, field] of Object.entries(fields)) {
    if (!fits(event[name], field)) return null;
  }
  return value as TraceEvent;
}

type Sink = (event: TraceEvent) => void;

let sink: Sink | null = null;
let seq = 0;
let clock: () => number = () => 0;

/** Whether anyone listens: callers test this before building an event. */
export let tracing = false;

/**
 * Starts sending events to `listener`, stamped with `now()`; null stops tracing. A new trace
 * numbers its objects from 1 again, so the same program traces the same every time.
 */
export function set_trace(listener: Sink | null, now: () => number = () => 0): void {
  sink = listener;
  tracing = listener !== null;
  clock = now;
  seq = 0;
  if (listener !== null) {
    ids = new WeakMap();
    nextId = 1;
    numbers = new WeakMap();
    nextNumber.clear();
  }
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

let ids = new WeakMap<object, number>();
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

let numbers = new WeakMap<object, number>();
const nextNumber = new Map<string, number>();

/**
 * A reader's name for an object the trace mentions, numbered per kind in the order they are
 * first mentioned: `Future-1`, `Future-2`…
 */
export function trace_name(obj: object, kind: string): string {
  let value = numbers.get(obj);
  if (value === undefined) {
    value = (nextNumber.get(kind) ?? 0) + 1;
    nextNumber.set(kind, value);
    numbers.set(obj, value);
  }
  return `${kind}-${value}`;
}
