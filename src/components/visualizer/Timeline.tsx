/**
 * A run's timeline as SVG: one lane per task, across the loop's clock or its turns (the model
 * is playground-runtime/timeline). Without `onJump` it is a picture, the same markup a
 * chapter renders at build time so that it reads with no script; with it, its bars are
 * reached with the arrow keys (one tab stop, a roving tabindex) and a click or Enter jumps
 * the visualizer to that step.
 */
import { seconds } from "playground-runtime/narrate";
import {
  at,
  type Lane,
  type Mark,
  type Moment,
  type Run,
  type Scale,
  type Timeline as TimelineModel,
  timeline_text,
} from "playground-runtime/timeline";
import { useId, useMemo, useRef, useState } from "react";
import type { Lang } from "../../i18n/lang.ts";
import { type Translate, useT } from "../../i18n/react.ts";
import { saveFile } from "../../lib/save-file.ts";
import "./timeline.css";

export interface TimelineProps {
  timeline: TimelineModel;
  /** The visualizer's step, drawn as a cursor. */
  step?: number;
  /** Makes the bars live: a click or Enter on one asks for its step. */
  onJump?(step: number): void;
  /** Jump on focus too: moving along the bars moves the visualizer. */
  followFocus?: boolean;
  /** A bar took focus: where it ran from, to mark in the editor (null: focus left it). */
  onShow?(run: { file: string; line: number; note: string } | null): void;
  /** The page's language, where Astro draws the timeline on its own (outside an island). */
  lang?: Lang;
}

/** Lanes drawn; the text form lists them all. */
const SHOWN = 40;
// The sizes timeline.css repeats for the lane names that stay put as the picture scrolls.
const WIDTH = 600;
const GUTTER = 130;
/** The names' part of the gutter: what stays in view (the rest is room for marks). */
const NAMES = 122;
const RIGHT = 16;
const PLOT = WIDTH - GUTTER - RIGHT;
const AXIS = 30;
const LANE = 26;
const BAR = 14;
/** A step that takes no time still shows: as a tick this wide. */
const TICK = 2;

const nameOf = (lane: Lane, t: Translate) =>
  lane.task === null ? t("timeline.callbacks") : lane.name;

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** A lane's name as the gutter has room for it: the task's name, then its coroutine's. */
function LaneName({ lane, t }: { lane: Lane; t: Translate }) {
  const name = clip(nameOf(lane, t), 17);
  const room = 17 - name.length - 1;
  return (
    <>
      {name}
      {lane.coro && room >= 4 && <tspan className="tl-coro"> {clip(lane.coro, room)}</tspan>}
    </>
  );
}
const coroOf = (lane: Lane) => (lane.coro ? `${lane.coro}()` : "");

/** A run as a sentence: "Task-2 fetch() ran at 1.000 s from main.ts line 4, waited on …". */
function describeRun(lane: Lane, run: Run, t: Translate): string {
  const time = seconds(run.from.time);
  let text =
    lane.task === null
      ? t("timeline.callback", { label: run.label, time })
      : t("timeline.run", { name: lane.name, coro: coroOf(lane), time });
  if (run.line > 0) text += t("timeline.from", { file: run.file, line: run.line });
  if (run.thrown) text += t("timeline.thrown", { thrown: run.thrown });
  if (run.waitedOn) text += t("timeline.waited", { on: run.waitedOn });
  if (run.ended) {
    const detail = lane.marks.find((m) => m.at.step === run.to.step)?.detail ?? "";
    text += t(`timeline.ended.${run.ended}`, { detail });
  }
  const took = run.to.time - run.from.time;
  if (took >= 0.001) text += t("timeline.took", { duration: seconds(took) });
  return text;
}

function describeMark(lane: Lane, mark: Mark, t: Translate): string {
  return t(`timeline.mark.${mark.kind}`, {
    name: nameOf(lane, t),
    time: seconds(mark.at.time),
    detail: mark.detail,
  });
}

/** Round steps for the axis: 1, 2 or 5 times a power of ten, at most eight across. */
function ticks(lo: number, hi: number, whole: boolean): number[] {
  const most = 8;
  const power = 10 ** Math.floor(Math.log10((hi - lo) / most));
  let step = [1, 2, 5, 10].map((m) => m * power).find((s) => (hi - lo) / s <= most) ?? hi - lo;
  if (whole) step = Math.max(1, Math.round(step));
  const out: number[] = [];
  for (let x = Math.ceil(lo / step) * step; x <= hi + step * 1e-9; x += step) out.push(x);
  return out;
}

function MarkShape({ mark, x, y, title }: { mark: Mark; x: number; y: number; title: string }) {
  const r = 4.5;
  const shape =
    mark.kind === "created" ? (
      <path d={`M${x - r} ${y - r}L${x + r} ${y}L${x - r} ${y + r}Z`} />
    ) : mark.kind === "done" ? (
      <circle cx={x} cy={y} r={r} />
    ) : mark.kind === "exception" ? (
      <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} />
    ) : (
      <path
        d={`M${x} ${y - r}A${r} ${r} 0 1 1 ${x} ${y + r}A${r} ${r} 0 1 1 ${x} ${y - r}ZM${x - r} ${y + r}L${x + r} ${y - r}`}
      />
    );
  return (
    <g className={`tl-mark tl-mark-${mark.kind}`}>
      <title>{title}</title>
      {shape}
    </g>
  );
}

/** Copies each shape's computed paint onto a clone, so the file looks as the page does. */
function standalone(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")];
  const to = [clone, ...clone.querySelectorAll("*")];
  const properties = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "opacity",
    "font-size",
    "font-family",
    "font-weight",
  ];
  from.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = to[i] as SVGElement;
    target.removeAttribute("tabindex");
    target.removeAttribute("class");
    target.setAttribute(
      "style",
      properties.map((p) => `${p}:${style.getPropertyValue(p)}`).join(";"),
    );
  });
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const background = getComputedStyle(svg.closest(".tl") ?? svg).backgroundColor;
  clone.setAttribute("style", `background:${background}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${clone.outerHTML}`;
}

export default function Timeline({
  timeline,
  step,
  onJump,
  followFocus,
  onShow,
  lang,
}: TimelineProps) {
  const t = useT(lang);
  const id = useId();
  const [scale, setScale] = useState<Scale>("time");
  const [active, setActive] = useState<[number, number] | null>(null);
  const [status, setStatus] = useState("");
  const svg = useRef<SVGSVGElement>(null);
  const bars = useRef(new Map<string, SVGRectElement>());
  const live = onJump !== undefined;

  const lanes = useMemo(() => timeline.lanes.slice(0, SHOWN), [timeline]);
  const lo = at(timeline.start, scale);
  const hi = Math.max(at(timeline.end, scale), lo + (scale === "time" ? 0.001 : 1));
  const x = (m: Moment) => GUTTER + ((at(m, scale) - lo) / (hi - lo)) * PLOT;
  const laneY = (i: number) => AXIS + i * LANE;
  const height = laneY(lanes.length + 1) + 6;
  // Seconds on the clock; or turns, placed where each begins (a busy turn is wider).
  const axis =
    scale === "time"
      ? ticks(lo, hi, false).map((value) => ({ value, label: `${Number(value.toFixed(6))} s` }))
      : [1, ...ticks(1, Math.max(2, timeline.turns), true)]
          .filter((n, i) => (i === 0 || n > 1) && n <= timeline.turns)
          .map((n) => ({ value: timeline.turnStarts[n], label: t("timeline.turn", { n }) }));
  const text = useMemo(() => timeline_text(timeline, { scale }), [timeline, scale]);

  // The one bar in the tab order: the one last focused, else the step at the cursor (the
  // last to start by then), else the first.
  const atCursor = useMemo(() => {
    let found: [number, number] | null = null;
    if (step === undefined) return found;
    let latest = -1;
    lanes.forEach((lane, li) => {
      lane.runs.forEach((run, ri) => {
        if (run.from.step <= step && run.from.step > latest) {
          latest = run.from.step;
          found = [li, ri];
        }
      });
    });
    return found;
  }, [lanes, step]);
  const first = lanes.findIndex((lane) => lane.runs.length > 0);
  const [activeLane, activeRun] = active ?? atCursor ?? [first, 0];

  const focusBar = (lane: number, run: number) => bars.current.get(`${lane}:${run}`)?.focus();

  const nearest = (lane: Lane, to: Run) => {
    let best = 0;
    lane.runs.forEach((run, i) => {
      if (Math.abs(x(run.from) - x(to.from)) < Math.abs(x(lane.runs[best].from) - x(to.from))) {
        best = i;
      }
    });
    return best;
  };

  const onKeyDown = (event: React.KeyboardEvent, li: number, ri: number) => {
    const lane = lanes[li];
    const run = lane.runs[ri];
    const otherLane = (direction: 1 | -1) => {
      for (let l = li + direction; l >= 0 && l < lanes.length; l += direction) {
        if (lanes[l].runs.length > 0) return focusBar(l, nearest(lanes[l], run));
      }
    };
    const act = new Map<string, () => void>([
      ["ArrowRight", () => focusBar(li, Math.min(ri + 1, lane.runs.length - 1))],
      ["ArrowLeft", () => focusBar(li, Math.max(ri - 1, 0))],
      ["ArrowDown", () => otherLane(1)],
      ["ArrowUp", () => otherLane(-1)],
      ["Home", () => focusBar(li, 0)],
      ["End", () => focusBar(li, lane.runs.length - 1)],
      ["Enter", () => onJump?.(run.from.step)],
      [" ", () => onJump?.(run.from.step)],
    ]).get(event.key);
    if (act) {
      event.preventDefault();
      event.stopPropagation();
      act();
    }
  };

  const onFocus = (li: number, ri: number) => {
    const lane = lanes[li];
    const run = lane.runs[ri];
    setActive([li, ri]);
    const note = describeRun(lane, run, t);
    setStatus(note);
    onShow?.(run.line > 0 ? { file: run.file, line: run.line, note } : null);
    if (followFocus) onJump?.(run.from.step);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t("timeline.copied"));
    } catch {
      setStatus(t("timeline.copyFailed"));
    }
  };

  const download = () => {
    if (svg.current !== null) saveFile("timeline.svg", [standalone(svg.current)], "image/svg+xml");
  };

  const cursor =
    step === undefined
      ? null
      : x(step < 0 ? timeline.start : (timeline.moments[step] ?? timeline.end));
  const titleId = `${id}-title`;
  const bottom = laneY(lanes.length + 1);

  const picture = (
    <svg
      ref={svg}
      className="tl-svg"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role={live ? "group" : "img"}
      aria-labelledby={titleId}
      // Live, its bars take focus; a static picture is a tab stop itself, to scroll it by keys.
      tabIndex={live ? undefined : 0}
      data-scale={scale}
    >
      <title id={titleId}>{t("timeline.label")}</title>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; the scale is read in each bar's words */}
      <g className="tl-axis" aria-hidden="true">
        {axis.map(({ value, label }) => {
          const tx = GUTTER + ((value - lo) / (hi - lo)) * PLOT;
          return (
            <g key={label}>
              <line x1={tx} x2={tx} y1={AXIS - 6} y2={bottom} className="tl-grid" />
              <text
                x={tx}
                y={AXIS - 10}
                // The first label starts at its line, clear of the names.
                textAnchor={tx - GUTTER < 12 ? "start" : "middle"}
                className="tl-tick"
              >
                {label}
              </text>
            </g>
          );
        })}
      </g>
      {timeline.held.map((band) => {
        const left = x(band.from);
        return (
          <rect
            key={band.from.step}
            className="tl-held"
            x={left}
            y={AXIS - 4}
            width={Math.max(TICK, x(band.to) - left)}
            height={bottom - AXIS + 4}
            data-from={band.from.time}
            data-to={band.to.time}
          >
            <title>
              {t("timeline.held", {
                duration: seconds(band.to.time - band.from.time),
                label: band.label,
              })}
            </title>
          </rect>
        );
      })}
      {lanes.map((lane, li) => {
        const y = laneY(li);
        const mid = y + LANE / 2;
        const label = t("timeline.lane", { name: nameOf(lane, t), coro: coroOf(lane) }).trim();
        return (
          <g
            key={lane.key}
            className="tl-lane"
            data-lane={nameOf(lane, t)}
            role={live ? "group" : undefined}
            aria-label={live ? label : undefined}
          >
            <line x1={GUTTER} x2={WIDTH - RIGHT} y1={y + LANE} y2={y + LANE} className="tl-rule" />
            <text x={8} y={mid + 4} className="tl-name">
              <title>{label}</title>
              <LaneName lane={lane} t={t} />
            </text>
            {lane.waits.map((wait) => (
              <rect
                key={`w${wait.from.step}`}
                className="tl-wait"
                x={x(wait.from)}
                y={mid - BAR / 2}
                width={Math.max(TICK, x(wait.to) - x(wait.from))}
                height={BAR}
              >
                <title>
                  {t("timeline.wait", {
                    name: nameOf(lane, t),
                    on: wait.on,
                    from: seconds(wait.from.time),
                    to: seconds(wait.to.time),
                  })}
                </title>
              </rect>
            ))}
            {lane.queued.map((span) => (
              <rect
                key={`q${span.from.step}`}
                className="tl-queued"
                x={x(span.from)}
                y={mid - 2}
                width={Math.max(1, x(span.to) - x(span.from))}
                height={4}
              >
                <title>
                  {t("timeline.queued", {
                    name: nameOf(lane, t),
                    from: seconds(span.from.time),
                    to: seconds(span.to.time),
                  })}
                </title>
              </rect>
            ))}
            {/* Under the bars: a click on a step is never taken by a mark. */}
            {lane.marks.map((mark) => (
              <MarkShape
                key={`m${mark.kind}${mark.at.step}`}
                mark={mark}
                x={x(mark.at)}
                y={mid}
                title={describeMark(lane, mark, t)}
              />
            ))}
            {lane.runs.map((run, ri) => {
              const left = x(run.from);
              const width = Math.max(TICK, x(run.to) - left);
              const description = describeRun(lane, run, t);
              const tabbable = li === activeLane && ri === activeRun;
              return (
                <rect
                  key={`r${run.from.step}`}
                  ref={(element) => {
                    if (element) bars.current.set(`${li}:${ri}`, element);
                    else bars.current.delete(`${li}:${ri}`);
                  }}
                  className="tl-run"
                  x={left}
                  y={mid - BAR / 2}
                  width={width}
                  height={BAR}
                  data-step={run.from.step}
                  data-from={run.from.time}
                  data-to={run.to.time}
                  {...(live
                    ? {
                        role: "button",
                        "aria-label": description,
                        tabIndex: tabbable ? 0 : -1,
                        onKeyDown: (event: React.KeyboardEvent) => onKeyDown(event, li, ri),
                        onFocus: () => onFocus(li, ri),
                        onBlur: () => onShow?.(null),
                        onClick: () => onJump?.(run.from.step),
                      }
                    : {})}
                >
                  <title>{description}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      <g className="tl-lane tl-timers" data-lane={t("timeline.timers")}>
        <text x={8} y={laneY(lanes.length) + LANE / 2 + 4} className="tl-name">
          {t("timeline.timers")}
        </text>
        {timeline.timers.map((timer) => {
          const tx = x(timer.due);
          const ty = laneY(lanes.length) + LANE / 2;
          const r = 5;
          return (
            <path
              key={timer.handle}
              className={timer.cancelled ? "tl-timer tl-timer-cancelled" : "tl-timer"}
              d={`M${tx} ${ty - r}L${tx + r} ${ty}L${tx} ${ty + r}L${tx - r} ${ty}Z`}
            >
              <title>
                {t(timer.cancelled ? "timeline.timerCancelled" : "timeline.timer", {
                  time: seconds(timer.due.time),
                  label: timer.label,
                })}
              </title>
            </path>
          );
        })}
      </g>
      {cursor !== null && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a line is not focusable; the visualizer says its step
        <line
          className="tl-cursor"
          x1={cursor}
          x2={cursor}
          y1={AXIS - 8}
          y2={bottom}
          aria-hidden="true"
        >
          <title>{t("timeline.cursor")}</title>
        </line>
      )}
    </svg>
  );

  return (
    <figure className="tl not-content" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="tl-caption">
        <span className="vis-heading">{t("timeline.title")}</span>
        {live && (
          <span className="tl-tools">
            <label className="pg-field">
              {t("timeline.scale")}
              <select value={scale} onChange={(event) => setScale(event.target.value as Scale)}>
                <option value="time">{t("timeline.scale.time")}</option>
                <option value="turn">{t("timeline.scale.turn")}</option>
              </select>
            </label>
            <button type="button" className="pg-button" onClick={download}>
              {t("timeline.download")}
            </button>
            <button type="button" className="pg-button" onClick={copy}>
              {t("timeline.copy")}
            </button>
          </span>
        )}
      </figcaption>
      {timeline.lanes.length === 0 ? (
        <p className="vis-empty">{t("timeline.empty")}</p>
      ) : (
        // A wide picture scrolls at phone width rather than shrinking out of reading size.
        <div className="tl-scroll">
          {/* The names again, over the picture's own, staying in view as it scrolls. */}
          <svg className="tl-gutter" width={NAMES} height={height} aria-hidden="true">
            {[...lanes, null].map((lane, i) => (
              <text
                key={lane?.key ?? "timers"}
                x={8}
                y={laneY(i) + LANE / 2 + 4}
                className="tl-name"
              >
                {lane ? <LaneName lane={lane} t={t} /> : t("timeline.timers")}
              </text>
            ))}
          </svg>
          {picture}
        </div>
      )}
      {timeline.lanes.length > SHOWN && (
        <p className="vis-more">{t("timeline.more", { count: timeline.lanes.length - SHOWN })}</p>
      )}
      {live ? (
        <>
          <p className="tl-status" aria-live="polite" data-testid="tl-status">
            {status}
          </p>
          <p className="vis-help">{t("timeline.help")}</p>
        </>
      ) : (
        <>
          <p className="vis-help">{t("timeline.staticNote")}</p>
          <details className="tl-text">
            <summary>{t("timeline.asText")}</summary>
            <pre>{text}</pre>
          </details>
        </>
      )}
    </figure>
  );
}
