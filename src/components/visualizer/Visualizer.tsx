/**
 * The event-loop visualizer: steps through a run's trace and shows, at each step, the ready
 * queue, the timer heap, every task with its state and await chain, the clock, the output so
 * far, and what just happened in one sentence, with the run's timeline beside them (its cursor
 * is the step; a bar jumps there). It only reads the trace (replay.ts rebuilds the loop from
 * it); the running and waiting lines are marked in the editor.
 */
import { narrate, seconds } from "playground-runtime/narrate";
import {
  type HandleInfo,
  is_runtime_frame,
  type LoopView,
  type TaskInfo,
  type TraceEvent,
  TraceReplay,
} from "playground-runtime/replay";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { t } from "../../i18n/ui.ts";
import type { FileMarks, LineMark } from "../playground/line-marks.ts";
import RunTimeline from "./RunTimeline.tsx";
import "./visualizer.css";

export interface VisualizerProps {
  events: TraceEvent[];
  /** Whether the trace stopped before the program did (it was too long). */
  truncated: boolean;
  /** The step to open at (-1: before the program starts). */
  initialStep: number;
  /** The playground's files: only lines of these are marked. */
  files: string[];
  onMarks(marks: FileMarks): void;
  /** Focus the visualizer as it opens (the reader opened it), so the arrow keys step at once. */
  takeFocus?: boolean;
  onClose(): void;
}

/** Steps per second when playing. */
const SPEEDS = [1, 2, 5, 10, 30];
/** Rows shown per list; the rest are counted. */
const SHOWN = 50;

function marksFor(view: LoopView, files: string[]): Record<string, LineMark[]> {
  const marks: Record<string, LineMark[]> = {};
  const add = (file: string, mark: LineMark) => {
    if (files.includes(file)) (marks[file] ??= []).push(mark);
  };
  for (const task of view.tasks) {
    if (task.state === "running") {
      add(task.file, { line: task.line, kind: "running", note: `▶ ${task.name} runs from here` });
    } else if (task.state === "ready" && task.stack.length > 0) {
      add(task.file, { line: task.line, kind: "ready", note: `${task.name} resumes here next` });
    } else if (task.state === "suspended") {
      const waitsOn = task.waitingOn ? ` awaits ${task.waitingOn}` : "";
      const innermost = task.stack.findLastIndex((f) => !is_runtime_frame(f));
      task.stack.forEach((frame, i) => {
        add(frame.file, {
          line: frame.line,
          kind: "waiting",
          note:
            i === innermost
              ? `${task.name} waits here:${waitsOn}`
              : `${task.name} waits in ${frame.name}()`,
        });
      });
    }
  }
  return marks;
}

function stateText(task: TaskInfo): string {
  switch (task.state) {
    case "pending":
      return "pending: its first step is scheduled";
    case "ready":
      return task.stack.length > 0
        ? `ready: resumes at line ${task.line}`
        : "ready: its next step is scheduled";
    case "running":
      return `running, from line ${task.line}`;
    case "suspended":
      return `suspended at line ${task.line}${task.waitingOn ? `, awaiting ${task.waitingOn}` : ""}`;
    case "done":
      return `done → ${task.detail}`;
    case "failed":
      return `failed → ${task.detail}`;
    case "cancelled":
      return "cancelled";
  }
}

function chain(task: TaskInfo): string {
  return task.stack
    .map((frame) =>
      is_runtime_frame(frame) ? `${frame.name}()` : `${frame.name}() line ${frame.line}`,
    )
    .join(" → ");
}

/**
 * A handle's label, free to break after each "(" as well as at its spaces: a narrow panel
 * wraps `_set_result_unless_cancelled(<Future pending …>)` between names, never inside one.
 */
function Label({ text }: { text: string }) {
  const parts = text.split(/(?<=\()/);
  return parts.map((part, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one fixed label
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

function More({ total }: { total: number }) {
  return total > SHOWN ? <li className="vis-more">…and {total - SHOWN} more</li> : null;
}

/** One of the loop's two queues, in the order its handles will run. */
function HandleQueue({
  title,
  className,
  handles,
  cancelled,
  timed,
}: {
  title: string;
  className: string;
  handles: HandleInfo[];
  cancelled: ReadonlySet<number>;
  /** Show each timer's deadline. */
  timed: boolean;
}) {
  return (
    <section className={`vis-panel ${className}`} aria-label={title}>
      <h3 className="vis-heading">
        {title} <span className="vis-count">{handles.length}</span>
      </h3>
      {handles.length === 0 ? (
        <p className="vis-empty">empty</p>
      ) : (
        <ol className="vis-list">
          {handles.slice(0, SHOWN).map((handle) => (
            <li
              key={handle.id}
              className={cancelled.has(handle.id) ? "vis-item vis-cancelled" : "vis-item"}
            >
              {timed && <span className="vis-when">{seconds(handle.when ?? 0)} </span>}
              <Label text={handle.label} />
              {cancelled.has(handle.id) && <span className="vis-tag"> cancelled</span>}
            </li>
          ))}
          <More total={handles.length} />
        </ol>
      )}
    </section>
  );
}

function Tasks({ view }: { view: LoopView }) {
  // A task's context is worth showing when it shares it: each task runs in a copy of its
  // creator's, unless it was given one (create_task(coro, { context })).
  const tasksIn = new Map<string, number>();
  for (const task of view.tasks) tasksIn.set(task.context, (tasksIn.get(task.context) ?? 0) + 1);
  return (
    <section className="vis-panel vis-tasks" aria-label="Tasks">
      <h3 className="vis-heading">
        Tasks <span className="vis-count">{view.tasks.length}</span>
      </h3>
      {view.tasks.length === 0 ? (
        <p className="vis-empty">none yet</p>
      ) : (
        <ul className="vis-list">
          {view.tasks.slice(0, SHOWN).map((task) => (
            <li key={task.id} className="vis-task" data-state={task.state}>
              <span className="vis-task-name">{task.name}</span>{" "}
              <span className="vis-muted">{task.coro}()</span>{" "}
              <span className={`vis-state vis-state-${task.state}`}>{stateText(task)}</span>
              {task.cancelRequests > 0 && task.state !== "cancelled" && (
                <span className="vis-tag"> cancel requested</span>
              )}
              {(tasksIn.get(task.context) ?? 0) > 1 && (
                <span className="vis-tag">
                  {" "}
                  {t("visualizer.sharedContext", { context: task.context })}
                </span>
              )}
              {task.stack.length > 0 && task.state !== "running" && (
                <span className="vis-chain">await chain: {chain(task)}</span>
              )}
            </li>
          ))}
          <More total={view.tasks.length} />
        </ul>
      )}
    </section>
  );
}

export default function Visualizer({
  events,
  truncated,
  initialStep,
  files,
  onMarks,
  takeFocus = false,
  onClose,
}: VisualizerProps) {
  const region = useRef<HTMLElement>(null);
  const focusAtOpen = useRef(takeFocus);
  useEffect(() => {
    if (focusAtOpen.current) region.current?.focus();
  }, []);
  const replay = useMemo(() => new TraceReplay(events), [events]);
  const last = replay.length - 1;
  const [step, setStep] = useState(() => Math.min(initialStep, last));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(5);
  const view = useMemo(() => replay.at(step), [replay, step]);
  const caption = useMemo(() => narrate(replay, step), [replay, step]);
  const output = useMemo(() => replay.output(view), [replay, view]);

  const go = useCallback((to: number) => setStep(Math.max(-1, Math.min(to, last))), [last]);
  const turn = (direction: 1 | -1) => {
    for (let i = step + direction; i >= 0 && i <= last; i += direction) {
      if (replay.events[i].type === "iteration") return go(i);
    }
    go(direction > 0 ? last : -1);
  };

  // Play from the start when at the end; otherwise play or pause where we are.
  const togglePlay = () => {
    if (!playing && step >= last) go(-1);
    setPlaying(!playing);
  };

  useEffect(() => onMarks(marksFor(view, files)), [view, files, onMarks]);
  useEffect(() => () => onMarks({}), [onMarks]);
  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => go(step + 1), 1000 / speed);
    return () => clearTimeout(timer);
  }, [playing, step, last, speed, go]);

  const jump = useCallback(
    (to: number) => {
      setPlaying(false);
      go(to);
    },
    [go],
  );

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.defaultPrevented) return; // the timeline moved along its bars
    const target = event.target as HTMLElement;
    if (target.tagName === "INPUT" || target.tagName === "SELECT") return;
    // A focused button takes Space as a click.
    if (event.key === " " && target.tagName === "BUTTON") return;
    const forward = event.shiftKey ? () => turn(1) : () => go(step + 1);
    const back = event.shiftKey ? () => turn(-1) : () => go(step - 1);
    const act = new Map<string, () => void>([
      ["ArrowRight", forward],
      ["ArrowLeft", back],
      ["Home", () => go(-1)],
      ["End", () => go(last)],
      [" ", togglePlay],
    ]).get(event.key);
    if (act) {
      event.preventDefault();
      act();
    }
  };

  const loopTurn = view.iteration > 0 ? `turn ${view.iteration} of _run_once` : "before the loop";
  const running = view.running ? `running ${view.running.label}` : "between callbacks";
  return (
    <section
      ref={region}
      className="vis"
      aria-label="Event-loop visualizer"
      // Clicking anywhere in it lets the arrow keys step, without adding a tab stop.
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-step={step}
    >
      <div className="vis-controls" role="toolbar" aria-label="Step through the trace">
        <button type="button" className="pg-button" onClick={() => go(-1)} disabled={step < 0}>
          Start
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => turn(-1)}
          disabled={step < 0}
          title="Previous turn of the loop (Shift+←)"
        >
          Previous turn
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => go(step - 1)}
          disabled={step < 0}
          aria-keyshortcuts="ArrowLeft"
          title="Step back (←)"
        >
          <span aria-hidden="true">◀</span> Back
        </button>
        <button
          type="button"
          className="pg-button pg-primary"
          onClick={togglePlay}
          aria-pressed={playing}
          title="Play or pause (Space)"
        >
          {playing ? "Pause" : "Play"}
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => go(step + 1)}
          disabled={step >= last}
          aria-keyshortcuts="ArrowRight"
          title="Step forward (→)"
        >
          Forward <span aria-hidden="true">▶</span>
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => turn(1)}
          disabled={step >= last}
          title="Next turn of the loop (Shift+→)"
        >
          Next turn
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => go(last)}
          disabled={step >= last}
        >
          End
        </button>
        <label className="pg-field">
          Speed
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s} steps/s
              </option>
            ))}
          </select>
        </label>
        <span className="pg-spacer" />
        <button type="button" className="pg-button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="vis-scrub">
        <input
          type="range"
          min={-1}
          max={last}
          value={step}
          onChange={(event) => {
            setPlaying(false);
            go(Number(event.target.value));
          }}
          aria-label="Step"
          aria-valuetext={`Step ${step + 1} of ${replay.length}`}
        />
        <span className="vis-position" data-testid="vis-position">
          Step {step + 1} of {replay.length} · t = {seconds(view.time)} · {loopTurn} · {running}
        </span>
      </div>
      <p className="vis-caption" aria-live={playing ? "off" : "polite"} data-testid="vis-caption">
        {caption}
      </p>
      {truncated && (
        <p className="pg-notice pg-notice-error">
          The trace stopped at {replay.length.toLocaleString("en-US")} events; the program ran on.
        </p>
      )}
      <RunTimeline events={events} step={step} onJump={jump} followFocus />
      <div className="vis-grid">
        <HandleQueue
          title="Ready queue"
          className="vis-ready"
          handles={view.ready}
          cancelled={view.cancelled}
          timed={false}
        />
        <HandleQueue
          title="Timer heap"
          className="vis-timers"
          handles={view.timers}
          cancelled={view.cancelled}
          timed
        />
        <Tasks view={view} />
        <section className="vis-panel vis-output" aria-label="Output so far">
          <h3 className="vis-heading">Output so far</h3>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <pre className="vis-output-text" tabIndex={0}>
            {output.map((run, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs of one immutable trace
              <span key={i} className={`pg-${run.stream}`}>
                {run.text}
              </span>
            ))}
          </pre>
        </section>
      </div>
      <p className="vis-help">
        ← → step · Shift+← → a whole turn of the loop · Home / End · Space plays
      </p>
    </section>
  );
}
