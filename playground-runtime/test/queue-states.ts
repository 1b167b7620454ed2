/**
 * What the trace proofs compare: the queues a trace implies, replayed (`src/visualizer/replay.ts`).
 */
import type { TraceEvent } from "../src/asyncio/trace.ts";
import { TraceReplay } from "../src/visualizer/replay.ts";

/**
 * The ready queue's and the heap's lengths as each turn reaches its wait: after the turn's
 * first event (and the cancelled timers it dropped), before any timer moves.
 */
export function turnsOf(trace: readonly TraceEvent[]): [number, number][] {
  const replay = new TraceReplay(trace);
  const turns: [number, number][] = [];
  trace.forEach((event, i) => {
    if (event.type !== "iteration") return;
    const view = replay.at(trace[i + 1]?.type === "timers_dropped" ? i + 1 : i);
    turns.push([view.ready.length, view.heap.length]);
  });
  return turns;
}

/** The events that change a loop's queues. */
const QUEUE_EVENTS = new Set<TraceEvent["type"]>([
  "handle_scheduled",
  "timer_ready",
  "timers_dropped",
  "handle_skipped",
  "handle_start",
  "loop_closed",
]);

/** The queues after one queue-changing event: each handle by its label, in queue order. */
export interface QueueState {
  /** What changed them, and the handle it concerned. */
  event: string;
  /** Which loop (1: the first the trace mentions). */
  loop: number;
  ready: string[];
  /** The timer heap as the loop stores it. */
  heap: string[];
}

/**
 * The queues after every event that changes them, with each handle named by `name` (its label,
 * mapped into a common spelling by the caller).
 */
export function queueStates(
  trace: readonly TraceEvent[],
  name: (label: string) => string,
): QueueState[] {
  const replay = new TraceReplay(trace);
  const loops: number[] = [];
  const loopNumber = (id: number) => {
    if (!loops.includes(id)) loops.push(id);
    return loops.indexOf(id) + 1;
  };
  const label = (id: number) => name(replay.handle(id)?.label ?? `handle ${id}`);
  const states: QueueState[] = [];
  trace.forEach((event, i) => {
    if (!QUEUE_EVENTS.has(event.type)) return;
    const view = replay.at(i);
    const subject =
      "handle" in event
        ? ` ${label(event.handle)}`
        : event.type === "timers_dropped"
          ? ` ${event.handles.map(label).join(", ")}`
          : "";
    states.push({
      event: `${event.type}${subject}`,
      loop: view.loop === null ? 0 : loopNumber(view.loop),
      ready: view.ready.map((h) => label(h.id)),
      heap: view.heap.map((h) => label(h.id)),
    });
  });
  return states;
}
