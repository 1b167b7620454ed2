/**
 * The loop's trace: what it does, event by event, for the visualizer and the tests. Off by
 * default; when off, each place that reports an event costs one boolean test
 * (`if (tracing) trace_task_step(…)`), and the event is built here, one function per event.
 *
 * The events are written once, in `SCHEMA` below: the `TraceEvent` type and the page's
 * validator (`parse_trace_event`) are both derived from it, and the comment on each entry
 * says when the event is emitted.
 *
 * The stream is complete enough to rebuild the loop's state at every step (`replay.ts` does):
 * replaying `handle_scheduled` (ready: appended to the ready queue; timer: pushed on the
 * heap), `timer_ready` (popped from the heap, appended to the ready queue), `timers_dropped`
 * (cancelled timers leaving the heap), `handle_skipped` and `handle_start` (taken off the
 * front of the ready queue) gives each loop's ready queue and timer heap exactly, in order.
 * `handle_cancelled` only marks a handle: like CPython, the loop leaves a cancelled handle
 * where it is until its turn comes.
 */

import { typeName } from "./exceptions.ts";
import { repr } from "./print.ts";

/** One coroutine of a suspended task's await chain, and the line it waits at. */
export interface TraceFrame {
  name: string;
  file: string;
  line: number;
}

/**
 * Whether a frame is the runtime's own (`sleep`, `Lock.acquire`…, in `asyncio/`) rather than
 * one of the reader's files.
 */
export function is_runtime_frame(frame: TraceFrame): boolean {
  return frame.file.startsWith("asyncio/");
}

/** How a field of an event is typed, and checked when it crosses from the executor to the page. */
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

const OUTCOMES = ["result", "exception", "cancelled"] as const;

/** Every event's fields, besides `type`, `seq` and `time` (objects are named by `trace_id`). */
const SCHEMA = {
  /** A turn of `_run_once` begins on `loop`; `n` counts that loop's turns. */
  iteration: { loop: "int", n: "int" },
  /** Nothing was ready: the loop slept (its clock jumped) until a timer or a thread was due. */
  clock_advanced: { from: "number", to: "number" },
  /** `loop.close()`: whatever was still queued on it is dropped. */
  loop_closed: { loop: "int" },
  /**
   * `call_soon` appended a handle to the ready queue, or `call_at` pushed a timer on the heap
   * (due at `when`); `task` is the task whose `__step` or `__wakeup` the handle runs.
   */
  handle_scheduled: {
    loop: "int",
    handle: "int",
    label: "string",
    queue: ["ready", "timer"],
    when: "number?",
    task: "int?",
  },
  /** A due timer moved from the heap to the back of the ready queue. */
  timer_ready: { handle: "int" },
  /**
   * Cancelled timers taken off the heap before a turn: popped from its top one by one, or,
   * when they are more than half of a large heap, filtered out and the rest re-heapified
   * (`rebuilt`), as `_run_once` does.
   */
  timers_dropped: { handles: "ints", rebuilt: "boolean" },
  /** `Handle.cancel()`: the handle stays where it is queued, marked. */
  handle_cancelled: { handle: "int" },
  /** A cancelled handle reached the front of the ready queue and was dropped unrun. */
  handle_skipped: { handle: "int" },
  /** The loop runs a handle. */
  handle_start: { handle: "int", label: "string" },
  /** The handle's callback returned. */
  handle_end: { handle: "int" },
  /**
   * `Task.__init__`; `file` and `line` say where the coroutine's function is defined, and
   * `context` names the context every step of the task runs in (`Context-1`…, numbered as
   * first mentioned: tasks given the same context share the name).
   */
  task_created: {
    task: "int",
    name: "string",
    coro: "string",
    file: "string",
    line: "int",
    context: "string",
  },
  /**
   * `__step` resumes the coroutine where it is (its first line, or the await it waits at),
   * sending it a value or throwing `thrown` (CancelledError…) into it.
   */
  task_step: { task: "int", name: "string", file: "string", line: "int", thrown: "string|null" },
  /**
   * The coroutine yielded: the future it now waits on (null: a bare yield, as sleep(0)), and
   * its await chain, outermost first.
   */
  task_suspended: {
    task: "int",
    name: "string",
    future: "int|null",
    futureLabel: "string|null",
    stack: "frames",
  },
  /** The task finished with a result, an exception or cancelled; `detail` is its repr. */
  task_done: { task: "int", name: "string", outcome: OUTCOMES, detail: "string" },
  /** A future (or task) completed; its callbacks are scheduled next. */
  future_done: { future: "int", label: "string", outcome: OUTCOMES },
  /** `Task.cancel(msg)`. */
  cancel_requested: { target: "int", label: "string", message: "string|null" },
  /** The program printed. */
  output: { stream: ["stdout", "stderr"], text: "string" },
} as const satisfies Record<string, Record<string, Field>>;

/** The TypeScript type of a field's value. */
type Value<F> = F extends "int" | "number" | "int?" | "number?"
  ? number
  : F extends "string"
    ? string
    : F extends "boolean"
      ? boolean
      : F extends "int|null"
        ? number | null
        : F extends "string|null"
          ? string | null
          : F extends "ints"
            ? number[]
            : F extends "frames"
              ? TraceFrame[]
              : F extends readonly (infer U)[]
                ? U
                : never;

type OptionalField = "int?" | "number?";

/** One event's fields: the optional ones (`int?`) may be left out. */
type Fields<S> = {
  [K in keyof S as S[K] extends OptionalField ? never : K]: Value<S[K]>;
} & { [K in keyof S as S[K] extends OptionalField ? K : never]?: Value<S[K]> };

type Schema = typeof SCHEMA;

/** The name of each kind of event. */
export type TraceEventType = keyof Schema;

/** One event without its stamp. */
type Unstamped = { [T in TraceEventType]: { type: T } & Fields<Schema[T]> }[TraceEventType];

/** One thing the loop did, with its sequence number and the loop's clock when it happened. */
export type TraceEvent = Unstamped & { seq: number; time: number };

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
  const fields: Record<string, Field> | null = Object.hasOwn(SCHEMA, event.type as string)
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

/** Records one event (call only when `tracing` is true). */
export function emit(event: Unstamped): void {
  sink?.({ ...event, seq: seq++, time: clock() } as TraceEvent);
}

/*
 * One function per event, called as `if (tracing) trace_x(…)` from the place CPython's code
 * does the thing. They know the runtime's objects only by the few fields they read.
 */

/** A handle as the trace reads it: its label, and the callback (a task's step, perhaps). */
interface TracedHandle {
  readonly label: string;
  readonly _callback: unknown;
}

/** A coroutine as the trace reads it (`coroutines.Coroutine`). */
interface TracedCoroutine {
  readonly __qualname__: string;
  readonly lineno: number;
  readonly cr_await: unknown;
  readonly cr_code: { readonly co_filename: string; readonly co_firstlineno: number };
}

/** The task whose `__step` or `__wakeup` a callback is, if it is one. */
function taskOf(callback: unknown): { task?: number } {
  const task = (callback as { __task__?: object } | null)?.__task__;
  return task === undefined ? {} : { task: trace_id(task) };
}

export function trace_iteration(loop: object, n: number): void {
  emit({ type: "iteration", loop: trace_id(loop), n });
}

export function trace_clock_advanced(from: number, to: number): void {
  emit({ type: "clock_advanced", from, to });
}

export function trace_loop_closed(loop: object): void {
  emit({ type: "loop_closed", loop: trace_id(loop) });
}

/** A handle appended to `loop`'s ready queue, or a timer (`when` given) pushed on its heap. */
export function trace_handle_scheduled(loop: object, handle: TracedHandle, when?: number): void {
  emit({
    type: "handle_scheduled",
    loop: trace_id(loop),
    handle: trace_id(handle),
    label: handle.label,
    queue: when === undefined ? "ready" : "timer",
    ...(when === undefined ? {} : { when }),
    ...taskOf(handle._callback),
  });
}

export function trace_timer_ready(handle: object): void {
  emit({ type: "timer_ready", handle: trace_id(handle) });
}

export function trace_timers_dropped(handles: object[], rebuilt: boolean): void {
  emit({ type: "timers_dropped", handles: handles.map(trace_id), rebuilt });
}

export function trace_handle_cancelled(handle: object): void {
  emit({ type: "handle_cancelled", handle: trace_id(handle) });
}

export function trace_handle_skipped(handle: object): void {
  emit({ type: "handle_skipped", handle: trace_id(handle) });
}

export function trace_handle_start(handle: TracedHandle): void {
  emit({ type: "handle_start", handle: trace_id(handle), label: handle.label });
}

export function trace_handle_end(handle: object): void {
  emit({ type: "handle_end", handle: trace_id(handle) });
}

export function trace_task_created(
  task: object,
  name: string,
  coro: TracedCoroutine,
  context: object,
): void {
  const { co_filename, co_firstlineno } = coro.cr_code;
  emit({
    type: "task_created",
    task: trace_id(task),
    name,
    coro: coro.__qualname__,
    file: co_filename,
    line: co_firstlineno,
    context: trace_name(context, "Context"),
  });
}

/** `__step` resumes `coro`, throwing `exc` into it unless it is null. */
export function trace_task_step(
  task: object,
  name: string,
  coro: TracedCoroutine,
  exc: unknown,
): void {
  emit({
    type: "task_step",
    task: trace_id(task),
    name,
    file: coro.cr_code.co_filename,
    line: coro.lineno,
    thrown: exc === null || exc === undefined ? null : typeName(exc),
  });
}

/**
 * The task's coroutine yielded: `future` to wait on (with its label: a Future-like object of
 * the reader's has none, and is named as a Future), or null for a bare yield.
 */
export function trace_task_suspended(
  task: object,
  name: string,
  coro: TracedCoroutine,
  future: { readonly _label?: string } | null,
): void {
  const stack: TraceFrame[] = [];
  // The await chain: each coroutine's cr_await, down to the future (or other awaitable).
  for (let c: unknown = coro; isCoroutine(c); c = c.cr_await) {
    stack.push({ name: c.__qualname__, file: c.cr_code.co_filename, line: c.lineno });
  }
  emit({
    type: "task_suspended",
    task: trace_id(task),
    name,
    future: future === null ? null : trace_id(future),
    futureLabel: future === null ? null : (future._label ?? trace_name(future, "Future")),
    stack,
  });
}

/** The task finished: `detail` is the repr of its result or exception. */
export function trace_task_done(
  task: object,
  name: string,
  outcome: (typeof OUTCOMES)[number],
  detail: unknown,
): void {
  emit({
    type: "task_done",
    task: trace_id(task),
    name,
    outcome,
    detail: outcome === "cancelled" ? "" : repr(detail),
  });
}

/** A future completed (cancelled, or with an exception or a result). */
export function trace_future_done(
  future: object,
  label: string,
  state: string,
  exception: unknown,
): void {
  const outcome = state === "CANCELLED" ? "cancelled" : exception ? "exception" : "result";
  emit({ type: "future_done", future: trace_id(future), label, outcome });
}

export function trace_cancel_requested(
  target: object,
  label: string,
  message: string | null,
): void {
  emit({ type: "cancel_requested", target: trace_id(target), label, message });
}

/** Whether `value` is a coroutine (it has a `cr_code`: a Future, or another awaitable, has not). */
function isCoroutine(value: unknown): value is TracedCoroutine {
  return typeof value === "object" && value !== null && "cr_code" in value;
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
