/**
 * A run's timeline, read from its trace (`asyncio/trace.ts`): one lane per task in the order
 * the tasks were made, one for plain callbacks, and on each lane when it ran a step, when it
 * waited and on what, when it sat in the ready queue, and where it was made and where it
 * ended. Where one handle held the loop for long (a `time.sleep`, a long step), every other
 * lane stalled: those spans are the timeline's "held" bands. Timers are kept by when they
 * were due.
 *
 * Nothing here is new instrumentation: every span is two trace events, and every point is
 * placed twice — on the loop's clock (`time`) and by turn of `_run_once` (`turn`), where every
 * handle a turn ran is one unit wide (a turn that ran none, one unit), so steps that take no
 * time on the virtual clock still have room. The text form (`timeline_text`) is what the command
 * line prints; the site's SVG view draws the same model.
 */
import { seconds } from "playground-runtime/narrate";
import { is_runtime_frame, type TraceEvent, type TraceFrame } from "playground-runtime/trace";

/**
 * How long a handle must hold the loop to count as blocking it: asyncio's own line, the
 * `slow_callback_duration` (0.1 s) above which debug mode logs "Executing … took N seconds".
 */
export const HELD_AFTER = 0.1;

/** A point of the run: on the loop's clock, on the turn scale, and the trace step it is. */
export interface Moment {
  /** Seconds on the loop's clock (kept rising across loops: a second loop's clock follows on). */
  time: number;
  /**
   * On the turn scale: turn n begins at `Timeline.turnStarts[n]`, and each handle it runs
   * takes one unit after that, its events spaced across it in order.
   */
  turn: number;
  /** The trace event's index. */
  step: number;
}

/** A span of a lane: from one moment to another. */
export interface Span {
  from: Moment;
  to: Moment;
}

/** The lane ran: a task's step, or a plain callback. */
export interface Run extends Span {
  /** Where it ran from: the line a task's step resumed at (0 for a callback). */
  file: string;
  line: number;
  /** A callback's label (`_set_result_unless_cancelled(…)`); a task's `__step`. */
  label: string;
  /** The exception thrown into the step (`CancelledError`), or null. */
  thrown: string | null;
  /** What the task waited on once this step suspended it, if it did. */
  waitedOn: string | null;
  /** How the task ended, if this step ended it. */
  ended: Outcome | null;
}

/** The task waited on a future (its `on`), until that future woke it. */
export interface Wait extends Span {
  on: string;
  /** Where it waited: the innermost await of the user's code. */
  file: string;
  line: number;
}

export type Outcome = "result" | "exception" | "cancelled";

export type MarkKind = "created" | "done" | "cancelled" | "exception";

/** A point on a lane: the task was made, or ended. */
export interface Mark {
  kind: MarkKind;
  at: Moment;
  /** The result's or exception's repr. */
  detail: string;
}

export interface Lane {
  /** `task-N` by trace id, or `callbacks`. */
  key: string;
  /** The task's trace id; null for the callbacks lane. */
  task: number | null;
  /** As the task is named (`Task-2`; its last name if renamed), or `callbacks`. */
  name: string;
  /** The task's coroutine (qualified name), "" for callbacks. */
  coro: string;
  runs: Run[];
  waits: Wait[];
  /** Woken (or new), in the ready queue until its step ran. */
  queued: Span[];
  marks: Mark[];
}

/** A handle held the loop for `HELD_AFTER` or longer: nothing else could run. */
export interface Held extends Span {
  /** The lane whose handle it was. */
  lane: string;
  label: string;
}

/** A timer on the loop's heap, at the time it was due. */
export interface Timer {
  handle: number;
  label: string;
  /** When it was due; its `turn` is when it fired, or when it was set if it never did. */
  due: Moment;
  set: Moment;
  fired: Moment | null;
  cancelled: boolean;
}

export interface Timeline {
  lanes: Lane[];
  timers: Timer[];
  held: Held[];
  /** The first and last moments of the trace. */
  start: Moment;
  end: Moment;
  /** Turns of `_run_once` in the trace. */
  turns: number;
  /** Where each turn begins on the turn scale (index n for turn n; index 0 is the start). */
  turnStarts: number[];
  /** Every trace step's moment, for a cursor at any step. */
  moments: Moment[];
}

/** The x of a moment on one of the two scales. */
export type Scale = "time" | "turn";

export const at = (moment: Moment, scale: Scale): number =>
  scale === "time" ? moment.time : moment.turn;

/** The innermost frame of the user's code in an await chain (not one of asyncio's own). */
const innermost = (stack: readonly TraceFrame[]) =>
  stack.findLast((frame) => !is_runtime_frame(frame));

/**
 * What a suspended task waits on, as a reader says it: the future, and the asyncio function
 * that made it when the chain ends in one (`Future-1 in sleep()`).
 */
function waitLabel(label: string | null, stack: readonly TraceFrame[]): string {
  const last = stack.at(-1);
  const inside = last !== undefined && is_runtime_frame(last) ? ` in ${last.name}()` : "";
  return label === null ? "the next turn (a bare yield)" : `${label}${inside}`;
}

/** Places every event on the two scales. */
function place(events: readonly TraceEvent[]): {
  moments: Moment[];
  turns: number;
  turnStarts: number[];
} {
  // Handles run per turn, so that a turn's handles can share it.
  const perTurn: number[] = [0];
  for (const event of events) {
    if (event.type === "iteration") perTurn.push(0);
    else if (event.type === "handle_start" || event.type === "handle_skipped") {
      perTurn[perTurn.length - 1] += 1;
    }
  }
  const turnStarts = [0];
  for (let n = 1; n < perTurn.length; n++) {
    turnStarts.push(n === 1 ? 0 : turnStarts[n - 1] + Math.max(1, perTurn[n - 1]));
  }
  const moments: Moment[] = new Array(events.length);
  let offset = 0;
  let latest = 0;
  let turn = 0;
  let slot = 0;
  /** The step a handle started at, while it runs. */
  let opened = -1;
  const slotStart = () => turnStarts[turn] + slot;
  const slotEnd = () => slotStart() + 1;
  const close = (last: number) => {
    // The events a handle ran share its slot, spaced by their order.
    const from = slotStart();
    const width = slotEnd() - from;
    for (let j = opened; j <= last; j++) {
      moments[j].turn = from + (width * (j - opened)) / Math.max(1, last - opened);
    }
    opened = -1;
    slot += 1;
  };
  events.forEach((event, i) => {
    let time = (event.type === "clock_advanced" ? event.to : event.time) + offset;
    // A new loop starts a clock of its own at 0: carry on from where the last one stopped.
    if (time < latest - 1e-6) {
      offset += latest - time;
      time = latest;
    }
    latest = Math.max(latest, time);
    if (event.type === "iteration") {
      if (opened >= 0) close(i - 1);
      turn += 1;
      slot = 0;
    }
    moments[i] = { time, turn: Math.max(0, turn === 0 ? 0 : slotStart()), step: i };
    if (event.type === "handle_start") opened = i;
    else if (event.type === "handle_end" && opened >= 0) close(i);
    else if (event.type === "handle_skipped") slot += 1;
  });
  if (opened >= 0) close(events.length - 1);
  return { moments, turns: turn, turnStarts };
}

interface Running {
  lane: Lane;
  from: Moment;
  file: string;
  line: number;
  label: string;
  thrown: string | null;
}

/** Builds the timeline of a trace. `heldAfter`: how long a handle must run to hold the loop. */
export function build_timeline(
  events: readonly TraceEvent[],
  { heldAfter = HELD_AFTER }: { heldAfter?: number } = {},
): Timeline {
  const { moments, turns, turnStarts } = place(events);
  const zero: Moment = { time: 0, turn: 0, step: -1 };
  const lanes = new Map<string, Lane>();
  const lane = (key: string, task: number | null, name: string, coro: string): Lane => {
    let found = lanes.get(key);
    if (found === undefined) {
      found = { key, task, name, coro, runs: [], waits: [], queued: [], marks: [] };
      lanes.set(key, found);
    }
    return found;
  };
  const taskLane = (id: number) => lanes.get(`task-${id}`);
  const timers = new Map<number, Timer>();
  const held: Held[] = [];
  /** Open spans by lane key. */
  const waiting = new Map<string, Omit<Wait, "to">>();
  const queued = new Map<string, Moment>();
  /** What runs now, innermost last: an eager task's step runs inside another's. */
  const stack: Running[] = [];
  /** The handle running now, and the lane it belongs to ("" until its task's step says). */
  let handle = null as { label: string; from: Moment; lane: string } | null;

  const endSegment = (
    running: Running,
    to: Moment,
    waitedOn: string | null,
    ended: Outcome | null,
  ) => {
    // A step cut short by an eager task's step inside it leaves no empty slivers.
    if (to.step === running.from.step && waitedOn === null && ended === null) return;
    running.lane.runs.push({
      from: running.from,
      to,
      file: running.file,
      line: running.line,
      label: running.label,
      thrown: running.thrown,
      waitedOn,
      ended,
    });
  };
  const begin = (running: Running) => {
    const outer = stack.at(-1);
    if (outer !== undefined) endSegment(outer, running.from, null, null);
    stack.push(running);
  };
  const finish = (key: string, to: Moment, waitedOn: string | null, ended: Outcome | null) => {
    const index = stack.findLastIndex((running) => running.lane.key === key);
    if (index < 0) return;
    const [running] = stack.splice(index, 1);
    endSegment(running, to, waitedOn, ended);
    const outer = stack.at(-1);
    if (outer !== undefined) outer.from = to;
  };
  const stopWaiting = (key: string, to: Moment) => {
    const wait = waiting.get(key);
    if (wait !== undefined) {
      lanes.get(key)?.waits.push({ ...wait, to });
      waiting.delete(key);
    }
  };
  const stopQueued = (key: string, to: Moment) => {
    const from = queued.get(key);
    if (from !== undefined) {
      lanes.get(key)?.queued.push({ from, to });
      queued.delete(key);
    }
  };
  const callbackOf = new Map<number, boolean>();

  events.forEach((event, i) => {
    const now = moments[i];
    // A task renamed (`set_name`) is shown by the name it ended with.
    if (event.type === "task_step" || event.type === "task_done") {
      const named = taskLane(event.task);
      if (named !== undefined) named.name = event.name;
    }
    switch (event.type) {
      case "task_created":
        lane(`task-${event.task}`, event.task, event.name, event.coro).marks.push({
          kind: "created",
          at: now,
          detail: "",
        });
        break;
      case "handle_scheduled":
        callbackOf.set(event.handle, event.task === undefined);
        if (event.queue === "timer") {
          timers.set(event.handle, {
            handle: event.handle,
            label: event.label,
            due: { ...now, time: (event.when ?? event.time) - event.time + now.time },
            set: now,
            fired: null,
            cancelled: false,
          });
        }
        if (event.task !== undefined) {
          const key = `task-${event.task}`;
          if (lanes.has(key) && !queued.has(key)) {
            stopWaiting(key, now);
            queued.set(key, now);
          }
        }
        break;
      case "timer_ready": {
        const timer = timers.get(event.handle);
        if (timer !== undefined) {
          timer.fired = now;
          timer.due = { ...timer.due, turn: now.turn, step: now.step };
        }
        break;
      }
      case "handle_cancelled": {
        const timer = timers.get(event.handle);
        if (timer !== undefined && timer.fired === null) timer.cancelled = true;
        break;
      }
      case "handle_start": {
        const key = callbackOf.get(event.handle) === false ? "" : "callbacks";
        handle = { label: event.label, from: now, lane: key };
        if (key === "callbacks") {
          begin({
            lane: lane("callbacks", null, "callbacks", ""),
            from: now,
            file: "",
            line: 0,
            label: event.label,
            thrown: null,
          });
        }
        break;
      }
      case "handle_end": {
        // Whatever is still open ran inside this handle (a step that neither suspended nor
        // ended, as a task rescheduling itself with an error): it ends with the handle.
        while (stack.length > 0) finish(stack.at(-1)!.lane.key, now, null, null);
        if (handle !== null && now.time - handle.from.time >= heldAfter) {
          held.push({ from: handle.from, to: now, lane: handle.lane, label: handle.label });
        }
        handle = null;
        break;
      }
      case "task_step": {
        const key = `task-${event.task}`;
        const taskLane = lanes.get(key);
        if (taskLane === undefined) break;
        if (handle !== null && handle.lane === "") handle.lane = key;
        stopWaiting(key, now);
        stopQueued(key, now);
        begin({
          lane: taskLane,
          from: now,
          file: event.file,
          line: event.line,
          label: `${event.name} · __step`,
          thrown: event.thrown,
        });
        break;
      }
      case "task_suspended": {
        const key = `task-${event.task}`;
        const on = waitLabel(event.futureLabel, event.stack);
        finish(key, now, on, null);
        if (event.future === null) {
          queued.set(key, now);
        } else {
          const frame = innermost(event.stack);
          waiting.set(key, { from: now, on, file: frame?.file ?? "", line: frame?.line ?? 0 });
        }
        break;
      }
      case "task_done": {
        const key = `task-${event.task}`;
        finish(key, now, null, event.outcome);
        stopWaiting(key, now);
        stopQueued(key, now);
        const kind: MarkKind =
          event.outcome === "result"
            ? "done"
            : event.outcome === "exception"
              ? "exception"
              : "cancelled";
        taskLane(event.task)?.marks.push({ kind, at: now, detail: event.detail });
        break;
      }
    }
  });

  const end = moments.at(-1) ?? zero;
  for (const running of stack.splice(0).reverse()) endSegment(running, end, null, null);
  for (const key of [...waiting.keys()]) stopWaiting(key, end);
  for (const key of [...queued.keys()]) stopQueued(key, end);
  if (handle !== null && end.time - handle.from.time >= heldAfter) {
    held.push({ from: handle.from, to: end, lane: handle.lane, label: handle.label });
  }

  // Tasks in the order they were made; the callbacks lane, if any ran, after them.
  const ordered = [...lanes.values()].filter((l) => l.task !== null);
  const callbacks = lanes.get("callbacks");
  if (callbacks !== undefined) ordered.push(callbacks);
  return {
    lanes: ordered,
    timers: [...timers.values()],
    held,
    start: moments[0] ?? zero,
    end,
    turns,
    turnStarts,
    moments,
  };
}

const GLYPHS = {
  run: "█",
  queued: "·",
  wait: "░",
  held: "▓",
  timer: "◆",
  created: "+",
  done: "✓",
  exception: "✗",
  cancelled: "⊘",
} as const;

/**
 * The timeline as text, one row per lane, one character per slice of the run (time or
 * turns), then a row for timers due, a row for the loop held, the scale and a legend: what
 * `play --timeline` prints and the page's "Copy as text" copies.
 */
export function timeline_text(
  timeline: Timeline,
  { width = 60, scale = "time" as Scale } = {},
): string {
  const lo = at(timeline.start, scale);
  const hi = Math.max(at(timeline.end, scale), lo + 1e-9);
  const cell = (x: number) =>
    Math.min(width - 1, Math.max(0, Math.floor(((x - lo) / (hi - lo)) * width)));
  const row = () => Array.from({ length: width }, () => " ");
  /** Marks the cells a span covers (a zero-width one still gets its cell). */
  const fill = (cells: string[], span: Span, glyph: string, over: readonly string[] = [" "]) => {
    for (let c = cell(at(span.from, scale)); c <= cell(at(span.to, scale)); c++) {
      if (over.includes(cells[c])) cells[c] = glyph;
    }
  };
  const names = [...timeline.lanes.map((l) => l.name), "timers due", "loop held"];
  const pad = Math.max(...names.map((n) => n.length));
  const lines: string[] = [];
  for (const lane of timeline.lanes) {
    const cells = row();
    for (const span of lane.waits) fill(cells, span, GLYPHS.wait);
    for (const span of lane.queued) fill(cells, span, GLYPHS.queued, [" ", GLYPHS.wait]);
    for (const run of lane.runs) fill(cells, run, GLYPHS.run, [" ", GLYPHS.wait, GLYPHS.queued]);
    for (const mark of lane.marks) {
      const c = cell(at(mark.at, scale));
      // A mark shows where no step did; a step in the same slice says more.
      if (cells[c] !== GLYPHS.run || mark.kind !== "created") cells[c] = GLYPHS[mark.kind];
    }
    const coro = lane.coro ? ` ${lane.coro}()` : "";
    lines.push(`${lane.name.padEnd(pad)} │${cells.join("")}│${coro}`);
  }
  const timers = row();
  for (const timer of timeline.timers) {
    if (!timer.cancelled) timers[cell(at(timer.due, scale))] = GLYPHS.timer;
  }
  lines.push(`${"timers due".padEnd(pad)} │${timers.join("")}│`);
  const held = row();
  for (const band of timeline.held) fill(held, band, GLYPHS.held);
  lines.push(`${"loop held".padEnd(pad)} │${held.join("")}│`);
  const left = scale === "time" ? seconds(lo) : "turn 1";
  const right = scale === "time" ? seconds(hi) : `turn ${timeline.turns}`;
  lines.push(`${" ".repeat(pad)}  ${left}${right.padStart(width - left.length)}`);
  lines.push(
    "",
    `${GLYPHS.run} running a step  ${GLYPHS.queued} in the ready queue  ${GLYPHS.wait} waiting  ` +
      `${GLYPHS.held} loop held by one handle  ${GLYPHS.timer} timer due`,
    `${GLYPHS.created} created  ${GLYPHS.done} done  ${GLYPHS.exception} raised  ${GLYPHS.cancelled} cancelled` +
      `  (one character: ${scale === "time" ? seconds((hi - lo) / width) : `${((hi - lo) / width).toFixed(2)} handles run`})`,
  );
  return `${lines.join("\n")}\n`;
}
