/**
 * Replays a trace (`asyncio/trace.ts`) to rebuild what the loop held at any step: each loop's
 * ready queue and timer heap in their real order, every task's state and await chain, the
 * clock, and the output printed so far. The visualizer shows these; the tests hold them
 * against the runtime's own queues at every step.
 *
 * Any step is reached quickly, forwards or backwards: the state is kept at checkpoints, and
 * a step replays the events since the last one. Checkpoints come every 128 events, or further
 * apart in a long trace, so that there are never more than about 256 of them: each holds a
 * copy of every task, and a long trace can have thousands.
 */
import { heapify, heappop, heappush } from "../asyncio/heapq.ts";
import { is_runtime_frame, type TraceEvent, type TraceFrame } from "../asyncio/trace.ts";

export { is_runtime_frame, type TraceEvent, type TraceFrame } from "../asyncio/trace.ts";

const CHECKPOINT_EVERY = 128;
const MAX_CHECKPOINTS = 256;
/** Views kept for reuse: a caption looks at the step before too. */
const RECENT_VIEWS = 8;

/** A callback the loop holds: in its ready queue, or on its heap as a timer. */
export interface HandleInfo {
  id: number;
  /** As a reader would say it: `Task-2 · __step`, `cb('soon-1')`. */
  label: string;
  loop: number;
  /** The task whose `__step` or `__wakeup` it runs. */
  task?: number;
  /** A timer's due time on the loop's clock. */
  when?: number;
}

/**
 * Where a task is in its life. `pending`: created, its first step not yet run; `ready`: a
 * step or wake-up of it is in the ready queue; `suspended`: waiting on a future.
 */
export type TaskState =
  | "pending"
  | "ready"
  | "running"
  | "suspended"
  | "done"
  | "failed"
  | "cancelled";

/** A task as it stood at one step. */
export interface TaskInfo {
  id: number;
  name: string;
  /** The coroutine's qualified name. */
  coro: string;
  state: TaskState;
  /** The line it runs from (running, ready or pending) or waits at (suspended). */
  file: string;
  line: number;
  /** While suspended: the future awaited, or null after a bare yield (`sleep(0)`). */
  waitingOn: string | null;
  /** While suspended: the await chain, outermost first. */
  stack: readonly TraceFrame[];
  /** Once done: the result's repr, or the exception's. */
  detail: string;
  /** `cancel()` calls not yet answered by the task ending. */
  cancelRequests: number;
  /** The context its steps run in (`Context-1`…: shared by tasks given the same one). */
  context: string;
}

/** The loop as it stood right after one step of the trace. */
export interface LoopView {
  /** The index of the event just replayed; -1 before the first. */
  step: number;
  /** The loop's clock, in seconds. */
  time: number;
  /** The loop whose queues these are (the one that last ran a turn), if any ran yet. */
  loop: number | null;
  /** Which turn of `_run_once` that loop is in (0 before its first). */
  iteration: number;
  /** The ready queue, front first. */
  ready: HandleInfo[];
  /** The timer heap as the loop stores it (a binary heap array). */
  heap: HandleInfo[];
  /** The timers in the order they will fire (equal `when`s in heap order, as CPython's). */
  timers: HandleInfo[];
  /** Handles cancelled but still queued: the loop drops them when their turn comes. */
  cancelled: ReadonlySet<number>;
  /** The handle the loop is running right now, if any. */
  running: HandleInfo | null;
  /** Every task created so far, oldest first. */
  tasks: TaskInfo[];
  /** How many output events have happened by this step (see `TraceReplay.output`). */
  outputCount: number;
}

/** A run of output in one stream. */
export interface OutputRun {
  stream: "stdout" | "stderr";
  text: string;
}

interface Queues {
  ready: number[];
  heap: number[];
}

interface TaskDefinition {
  name: string;
  coro: string;
  file: string;
  line: number;
}

/** The replayed state. Task records are replaced, never mutated, so a copy is shallow. */
class State {
  step = -1;
  time = 0;
  loop: number | null = null;
  iterations = new Map<number, number>();
  queues = new Map<number, Queues>();
  cancelled = new Set<number>();
  running: number | null = null;
  /** Tasks whose step is on the JavaScript stack: an eager task's runs inside another's. */
  runningTasks: number[] = [];
  tasks = new Map<number, TaskInfo>();
  outputCount = 0;

  copy(): State {
    const next = new State();
    next.step = this.step;
    next.time = this.time;
    next.loop = this.loop;
    next.iterations = new Map(this.iterations);
    for (const [loop, q] of this.queues) {
      next.queues.set(loop, { ready: q.ready.slice(), heap: q.heap.slice() });
    }
    next.cancelled = new Set(this.cancelled);
    next.running = this.running;
    next.runningTasks = this.runningTasks.slice();
    next.tasks = new Map(this.tasks);
    next.outputCount = this.outputCount;
    return next;
  }

  queuesOf(loop: number): Queues {
    let q = this.queues.get(loop);
    if (q === undefined) {
      q = { ready: [], heap: [] };
      this.queues.set(loop, q);
    }
    return q;
  }

  current(): Queues | undefined {
    return this.loop === null ? undefined : this.queues.get(this.loop);
  }

  updateTask(id: number, change: Partial<TaskInfo>): void {
    const task = this.tasks.get(id);
    if (task !== undefined) this.tasks.set(id, { ...task, ...change });
  }
}

function finalState(outcome: "result" | "exception" | "cancelled"): TaskState {
  return outcome === "result" ? "done" : outcome === "exception" ? "failed" : "cancelled";
}

/** A trace, replayed: `at(step)` is the loop at any step, forwards or backwards. */
export class TraceReplay {
  readonly events: readonly TraceEvent[];
  private readonly handles = new Map<number, HandleInfo>();
  private readonly definitions = new Map<number, TaskDefinition>();
  private readonly checkpoints: State[] = [];
  private readonly recent = new Map<number, LoopView>();
  private readonly runs: OutputRun[] = [];
  /** For each output event: the run it extends, and that run's length after it. */
  private readonly outputEnds: { run: number; end: number }[] = [];
  private readonly timerLess = (a: unknown, b: unknown): boolean =>
    (this.handles.get(a as number)?.when ?? 0) < (this.handles.get(b as number)?.when ?? 0);

  /** Events between two checkpoints. */
  private readonly spacing: number;

  constructor(events: readonly TraceEvent[]) {
    this.events = events;
    this.spacing = Math.max(CHECKPOINT_EVERY, Math.ceil(events.length / MAX_CHECKPOINTS));
    for (const event of events) this.register(event);
    let state = new State();
    this.checkpoints.push(state.copy());
    events.forEach((event, i) => {
      this.apply(state, event, i);
      if ((i + 1) % this.spacing === 0) {
        this.checkpoints.push(state);
        state = state.copy();
      }
    });
  }

  /** How many steps there are (one per event). */
  get length(): number {
    return this.events.length;
  }

  /** The loop right after event `step` (-1: before the first event). Treat it as read-only. */
  at(step: number): LoopView {
    const target = Math.max(-1, Math.min(step, this.events.length - 1));
    const recent = this.recent.get(target);
    if (recent !== undefined) return recent;
    const checkpoint = Math.floor((target + 1) / this.spacing);
    const state = this.checkpoints[checkpoint].copy();
    for (let i = state.step + 1; i <= target; i++) this.apply(state, this.events[i], i);
    const view = this.view(state);
    this.recent.set(target, view);
    if (this.recent.size > RECENT_VIEWS) this.recent.delete(this.recent.keys().next().value!);
    return view;
  }

  /** A handle by its trace id. */
  handle(id: number): HandleInfo | undefined {
    return this.handles.get(id);
  }

  /** A task's name by its trace id. */
  taskName(id: number): string | undefined {
    return this.definitions.get(id)?.name;
  }

  /** The qualified name of a task's coroutine, by the task's trace id. */
  taskCoro(id: number): string | undefined {
    return this.definitions.get(id)?.coro;
  }

  /** The output printed by the time `view` was taken, as runs of stdout and stderr. */
  output(view: Pick<LoopView, "outputCount">): OutputRun[] {
    if (view.outputCount === 0) return [];
    const last = this.outputEnds[view.outputCount - 1];
    const runs = this.runs.slice(0, last.run);
    const partial = this.runs[last.run];
    runs.push({ stream: partial.stream, text: partial.text.slice(0, last.end) });
    return runs;
  }

  /** The first step at or after `from` whose event satisfies `test`, or -1. */
  find(test: (event: TraceEvent) => boolean, from = 0): number {
    for (let i = Math.max(0, from); i < this.events.length; i++) {
      if (test(this.events[i])) return i;
    }
    return -1;
  }

  /** Static facts, collected once: what each handle and task is. */
  private register(event: TraceEvent): void {
    if (event.type === "handle_scheduled") {
      const { handle: id, label, loop, task, when } = event;
      this.handles.set(id, {
        id,
        label,
        loop,
        ...(task === undefined ? {} : { task }),
        ...(when === undefined ? {} : { when }),
      });
    } else if (event.type === "task_created") {
      const { name, coro, file, line } = event;
      this.definitions.set(event.task, { name, coro, file, line });
    } else if (event.type === "output") {
      const last = this.runs.at(-1);
      if (last?.stream === event.stream) last.text += event.text;
      else this.runs.push({ stream: event.stream, text: event.text });
      this.outputEnds.push({ run: this.runs.length - 1, end: this.runs.at(-1)!.text.length });
    }
  }

  private apply(state: State, event: TraceEvent, index: number): void {
    state.step = index;
    state.time = event.time;
    switch (event.type) {
      case "iteration":
        state.loop = event.loop;
        state.iterations.set(event.loop, event.n);
        state.queuesOf(event.loop);
        break;
      case "clock_advanced":
        state.time = event.to;
        break;
      case "loop_closed":
        state.queues.set(event.loop, { ready: [], heap: [] });
        break;
      case "handle_scheduled": {
        const q = state.queuesOf(event.loop);
        state.loop ??= event.loop;
        if (event.queue === "ready") q.ready.push(event.handle);
        else heappush(q.heap, event.handle, this.timerLess);
        if (event.task !== undefined) {
          const task = state.tasks.get(event.task);
          if (task && task.state !== "pending" && !state.runningTasks.includes(event.task)) {
            // Woken, it still waits in the same frames until its step runs.
            state.updateTask(event.task, { state: "ready", waitingOn: null });
          }
        }
        break;
      }
      case "timer_ready": {
        const q = state.current();
        if (q === undefined) break;
        heappop(q.heap, this.timerLess);
        q.ready.push(event.handle);
        break;
      }
      case "timers_dropped": {
        const q = state.current();
        if (q === undefined) break;
        if (event.rebuilt) {
          const dropped = new Set(event.handles);
          q.heap = q.heap.filter((id) => !dropped.has(id));
          heapify(q.heap, this.timerLess);
        } else {
          for (const _ of event.handles) heappop(q.heap, this.timerLess);
        }
        for (const id of event.handles) state.cancelled.delete(id);
        break;
      }
      case "handle_cancelled":
        state.cancelled.add(event.handle);
        break;
      case "handle_skipped":
        state.current()?.ready.shift();
        state.cancelled.delete(event.handle);
        break;
      case "handle_start":
        state.current()?.ready.shift();
        state.running = event.handle;
        break;
      case "handle_end":
        state.running = null;
        break;
      case "task_created": {
        const { task: id, name, coro, file, line, context } = event;
        state.tasks.set(id, {
          id,
          name,
          coro,
          state: "pending",
          file,
          line,
          waitingOn: null,
          stack: [],
          detail: "",
          cancelRequests: 0,
          context,
        });
        break;
      }
      case "task_step":
        state.runningTasks.push(event.task);
        state.updateTask(event.task, {
          state: "running",
          file: event.file,
          line: event.line,
          waitingOn: null,
          stack: [],
        });
        break;
      case "task_suspended": {
        state.runningTasks = state.runningTasks.filter((id) => id !== event.task);
        const waitsAt = event.stack.findLast((frame) => !is_runtime_frame(frame)) ?? event.stack[0];
        state.updateTask(event.task, {
          state: event.future === null ? "ready" : "suspended",
          waitingOn: event.futureLabel,
          stack: event.stack,
          ...(waitsAt ? { file: waitsAt.file, line: waitsAt.line } : {}),
        });
        break;
      }
      case "task_done":
        state.runningTasks = state.runningTasks.filter((id) => id !== event.task);
        state.updateTask(event.task, {
          state: finalState(event.outcome),
          detail: event.detail,
          waitingOn: null,
          stack: [],
          cancelRequests: 0,
        });
        break;
      case "cancel_requested": {
        const task = state.tasks.get(event.target);
        if (task) state.updateTask(event.target, { cancelRequests: task.cancelRequests + 1 });
        break;
      }
      case "output":
        state.outputCount += 1;
        break;
      case "future_done":
        // A Task is a Future: it is done (all_tasks() drops it) before task_done says why.
        if (state.tasks.has(event.future)) {
          state.updateTask(event.future, { state: finalState(event.outcome) });
        }
        break;
    }
  }

  private view(state: State): LoopView {
    const q = state.current();
    const info = (id: number): HandleInfo =>
      this.handles.get(id) ?? { id, label: `handle ${id}`, loop: state.loop ?? 0 };
    const heap = q?.heap ?? [];
    const firing = heap.slice();
    const timers: HandleInfo[] = [];
    while (firing.length > 0) timers.push(info(heappop(firing, this.timerLess)));
    return {
      step: state.step,
      time: state.time,
      loop: state.loop,
      iteration: state.loop === null ? 0 : (state.iterations.get(state.loop) ?? 0),
      ready: (q?.ready ?? []).map(info),
      heap: heap.map(info),
      timers,
      cancelled: state.cancelled,
      running: state.running === null ? null : info(state.running),
      tasks: [...state.tasks.values()],
      outputCount: state.outputCount,
    };
  }
}
