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
import { type Translate, useLang, useT } from "../../i18n/react.ts";
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

function stateText(task: TaskInfo, t: Translate): string {
  switch (task.state) {
    case "pending":
      return t("vis.state.pending");
    case "ready":
      return task.stack.length > 0
        ? t("vis.state.readyResumes", { line: task.line })
        : t("vis.state.ready");
    case "running":
      return t("vis.state.running", { line: task.line });
    case "suspended":
      return task.waitingOn
        ? t("vis.state.suspendedOn", { line: task.line, on: task.waitingOn })
        : t("vis.state.suspended", { line: task.line });
    case "done":
      return t("vis.state.done", { detail: task.detail });
    case "failed":
      return t("vis.state.failed", { detail: task.detail });
    case "cancelled":
      return t("vis.state.cancelled");
  }
}

function chain(task: TaskInfo, t: Translate): string {
  return task.stack
    .map((frame) =>
      is_runtime_frame(frame)
        ? `${frame.name}()`
        : t("vis.frameLine", { name: frame.name, line: frame.line }),
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
  const t = useT();
  return total > SHOWN ? (
    <li className="vis-more">{t("vis.more", { count: total - SHOWN })}</li>
  ) : null;
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
  const t = useT();
  return (
    <section className={`vis-panel ${className}`} aria-label={title}>
      <h3 className="vis-heading">
        {title} <span className="vis-count">{handles.length}</span>
      </h3>
      {handles.length === 0 ? (
        <p className="vis-empty">{t("vis.empty")}</p>
      ) : (
        <ol className="vis-list">
          {handles.slice(0, SHOWN).map((handle) => (
            <li
              key={handle.id}
              className={cancelled.has(handle.id) ? "vis-item vis-cancelled" : "vis-item"}
            >
              {timed && <span className="vis-when">{seconds(handle.when ?? 0)} </span>}
              <Label text={handle.label} />
              {cancelled.has(handle.id) && <span className="vis-tag">{t("vis.cancelled")}</span>}
            </li>
          ))}
          <More total={handles.length} />
        </ol>
      )}
    </section>
  );
}

function Tasks({ view }: { view: LoopView }) {
  const t = useT();
  // A task's context is worth showing when it shares it: each task runs in a copy of its
  // creator's, unless it was given one (create_task(coro, { context })).
  const tasksIn = new Map<string, number>();
  for (const task of view.tasks) tasksIn.set(task.context, (tasksIn.get(task.context) ?? 0) + 1);
  return (
    <section className="vis-panel vis-tasks" aria-label={t("vis.tasks")}>
      <h3 className="vis-heading">
        {t("vis.tasks")} <span className="vis-count">{view.tasks.length}</span>
      </h3>
      {view.tasks.length === 0 ? (
        <p className="vis-empty">{t("vis.noTasks")}</p>
      ) : (
        <ul className="vis-list">
          {view.tasks.slice(0, SHOWN).map((task) => (
            <li key={task.id} className="vis-task" data-state={task.state}>
              <span className="vis-task-name">{task.name}</span>{" "}
              <span className="vis-muted">{task.coro}()</span>{" "}
              <span className={`vis-state vis-state-${task.state}`}>{stateText(task, t)}</span>
              {task.cancelRequests > 0 && task.state !== "cancelled" && (
                <span className="vis-tag">{t("vis.cancelRequested")}</span>
              )}
              {(tasksIn.get(task.context) ?? 0) > 1 && (
                <span className="vis-tag">
                  {" "}
                  {t("visualizer.sharedContext", { context: task.context })}
                </span>
              )}
              {task.stack.length > 0 && task.state !== "running" && (
                <span className="vis-chain">{t("vis.chain", { chain: chain(task, t) })}</span>
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
  const lang = useLang();
  const t = useT();
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
  const caption = useMemo(() => narrate(replay, step, lang), [replay, step, lang]);
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

  const loopTurn = view.iteration > 0 ? t("vis.turn", { n: view.iteration }) : t("vis.beforeLoop");
  const running = view.running ? t("vis.running", { label: view.running.label }) : t("vis.between");
  return (
    <section
      ref={region}
      className="vis"
      aria-label={t("vis.label")}
      // Clicking anywhere in it lets the arrow keys step, without adding a tab stop.
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-step={step}
    >
      <div className="vis-controls" role="toolbar" aria-label={t("vis.controls")}>
        <button type="button" className="pg-button" onClick={() => go(-1)} disabled={step < 0}>
          {t("vis.start")}
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => turn(-1)}
          disabled={step < 0}
          title={t("vis.previousTurnTitle")}
        >
          {t("vis.previousTurn")}
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => go(step - 1)}
          disabled={step < 0}
          aria-keyshortcuts="ArrowLeft"
          title={t("vis.backTitle")}
        >
          <span aria-hidden="true">◀</span> {t("vis.back")}
        </button>
        <button
          type="button"
          className="pg-button pg-primary"
          onClick={togglePlay}
          aria-pressed={playing}
          title={t("vis.playTitle")}
        >
          {playing ? t("vis.pause") : t("vis.play")}
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => go(step + 1)}
          disabled={step >= last}
          aria-keyshortcuts="ArrowRight"
          title={t("vis.forwardTitle")}
        >
          {t("vis.forward")} <span aria-hidden="true">▶</span>
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => turn(1)}
          disabled={step >= last}
          title={t("vis.nextTurnTitle")}
        >
          {t("vis.nextTurn")}
        </button>
        <button
          type="button"
          className="pg-button"
          onClick={() => go(last)}
          disabled={step >= last}
        >
          {t("vis.end")}
        </button>
        <label className="pg-field">
          {t("vis.speed")}
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t("vis.stepsPerSecond", { speed: s })}
              </option>
            ))}
          </select>
        </label>
        <span className="pg-spacer" />
        <button type="button" className="pg-button" onClick={onClose}>
          {t("vis.close")}
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
          aria-label={t("vis.step")}
          aria-valuetext={t("vis.stepOf", { step: step + 1, count: replay.length })}
        />
        <span className="vis-position" data-testid="vis-position">
          {t("vis.position", {
            step: step + 1,
            count: replay.length,
            time: seconds(view.time),
            turn: loopTurn,
            running,
          })}
        </span>
      </div>
      <p className="vis-caption" aria-live={playing ? "off" : "polite"} data-testid="vis-caption">
        {caption}
      </p>
      {truncated && (
        <p className="pg-notice pg-notice-error">
          {t("vis.truncated", { count: replay.length.toLocaleString("en-US") })}
        </p>
      )}
      <RunTimeline events={events} step={step} onJump={jump} followFocus />
      <div className="vis-grid">
        <HandleQueue
          title={t("vis.ready")}
          className="vis-ready"
          handles={view.ready}
          cancelled={view.cancelled}
          timed={false}
        />
        <HandleQueue
          title={t("vis.timers")}
          className="vis-timers"
          handles={view.timers}
          cancelled={view.cancelled}
          timed
        />
        <Tasks view={view} />
        <section className="vis-panel vis-output" aria-label={t("vis.output")}>
          <h3 className="vis-heading">{t("vis.output")}</h3>
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
