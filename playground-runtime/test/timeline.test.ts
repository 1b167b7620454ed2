/**
 * The timeline draws what the trace implies. For every program of the differential corpus
 * and every demo: the loop runs one thing at a time, so no two lanes' running bars overlap;
 * lanes come in the order their tasks were made; every handle that held the loop for 0.1 s
 * or more is a held band exactly as long as it ran. And on the guide's own demos, the facts
 * the chapters teach: five blocking naps are five one-second bands in a row, serial awaits
 * wait one after another, gathered tasks wait together.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { TraceEvent } from "../src/asyncio/trace.ts";
import { execute } from "../src/execute/index.ts";
import {
  build_timeline,
  HELD_AFTER,
  type Lane,
  type Span,
  type Timeline,
  timeline_text,
} from "../src/visualizer/timeline.ts";

const corpus = new URL("./differential/", import.meta.url).pathname;
const demos = new URL("../../content/demos/", import.meta.url).pathname;

function traceOf(files: Record<string, string>, entry = "main.ts"): TraceEvent[] {
  const result = execute(files, { entry, trace: true });
  expect(result.traceTruncated).toBe(false);
  return result.trace ?? [];
}

function demo(id: string): TraceEvent[] {
  const dir = join(demos, id);
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
  return traceOf(files);
}

const programs: [string, () => TraceEvent[]][] = [
  ...readdirSync(corpus)
    .filter((name) => name.endsWith(".ts"))
    .map((name): [string, () => TraceEvent[]] => [
      `differential/${name}`,
      () => traceOf({ [name]: readFileSync(join(corpus, name), "utf8") }, name),
    ]),
  ...readdirSync(demos, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith("/main.ts"))
    .map((path): [string, () => TraceEvent[]] => {
      const id = path.slice(0, -"/main.ts".length);
      return [`demos/${id}`, () => demo(id)];
    }),
];

const lane = (timeline: Timeline, name: string): Lane => {
  const found = timeline.lanes.find((l) => l.name === name);
  if (found === undefined) throw new Error(`no lane ${name}`);
  return found;
};
const length = (span: Span) => span.to.time - span.from.time;
const overlap = (a: Span, b: Span) =>
  Math.min(a.to.time, b.to.time) - Math.max(a.from.time, b.from.time);

/** Every fact that must hold of any trace's timeline. */
function expectFaithful(events: TraceEvent[], timeline: Timeline) {
  // Lanes in creation order, named as their tasks; the callbacks lane last.
  const created = events.flatMap((e) => (e.type === "task_created" ? [e.task] : []));
  const tasks = timeline.lanes.filter((l) => l.task !== null).map((l) => l.task);
  expect(tasks).toEqual(created);
  expect(timeline.lanes.findIndex((l) => l.task === null)).toBeOneOf([-1, tasks.length]);

  // One thing runs at a time: all lanes' bars, in order, never overlap (in steps or time).
  const runs = timeline.lanes
    .flatMap((l) => l.runs.map((run) => ({ ...run, lane: l.name })))
    .sort((a, b) => a.from.step - b.from.step);
  for (const [i, run] of runs.entries()) {
    expect(run.to.step).toBeGreaterThanOrEqual(run.from.step);
    expect(run.to.time).toBeGreaterThanOrEqual(run.from.time);
    expect(run.to.turn).toBeGreaterThanOrEqual(run.from.turn);
    const next = runs[i + 1];
    if (next === undefined) continue;
    expect(next.from.step, `${run.lane} then ${next.lane}`).toBeGreaterThanOrEqual(run.to.step);
    expect(next.from.time).toBeGreaterThanOrEqual(run.to.time);
    expect(next.from.turn).toBeGreaterThanOrEqual(run.to.turn - 1e-9);
  }
  // Every task step is a bar starting at it.
  const steps = events.flatMap((e, i) => (e.type === "task_step" ? [i] : []));
  const starts = new Set(runs.map((run) => run.from.step));
  for (const step of steps) expect(starts.has(step)).toBe(true);

  // A task's own spans follow each other: run, wait, queue, never two at once.
  for (const l of timeline.lanes) {
    const spans = [...l.runs, ...l.waits, ...l.queued].sort((a, b) => a.from.step - b.from.step);
    for (let i = 1; i < spans.length; i++) {
      expect(spans[i].from.step).toBeGreaterThanOrEqual(spans[i - 1].to.step);
    }
  }

  // Each task that ended has its end marked, as it ended.
  for (const event of events) {
    if (event.type !== "task_done") continue;
    expect(timeline.lanes.find((l) => l.task === event.task)?.name).toBeDefined();
    const end = timeline.lanes
      .find((l) => l.task === event.task)
      ?.marks.find((m) => m.at.step === event.seq);
    const kind = { result: "done", exception: "exception", cancelled: "cancelled" }[event.outcome];
    expect(end?.kind).toBe(kind);
  }

  // The held bands are exactly the handles that ran 0.1 s or longer, as long as they ran.
  const long: [number, number][] = [];
  let started: TraceEvent | null = null;
  for (const event of events) {
    if (event.type === "handle_start") started = event;
    if (event.type === "handle_end" && started !== null) {
      if (event.time - started.time >= HELD_AFTER) long.push([started.seq, event.seq]);
      started = null;
    }
  }
  expect(timeline.held.map((band) => [band.from.step, band.to.step])).toEqual(long);
}

describe("the timeline of every corpus program and demo", () => {
  test.each(programs)("%s", (_name, trace) => {
    const events = trace();
    const timeline = build_timeline(events);
    expectFaithful(events, timeline);
    expect(timeline_text(timeline)).toContain(timeline.lanes[0]?.name ?? "timers due");
  });
});

describe("what the chapters' timelines show", () => {
  test("a blocking call holds the loop exactly as long as it blocks, one nap after another", () => {
    const timeline = build_timeline(demo("reference/blocking-vs-nonblocking"));
    // Five time.sleep(1) calls, each inside a step of its own task: five one-second bands.
    expect(timeline.held.map((band) => band.lane)).toEqual(
      ["Task-2", "Task-3", "Task-4", "Task-5", "Task-6"].map((name) => lane(timeline, name).key),
    );
    for (const [i, band] of timeline.held.entries()) {
      expect(length(band)).toBeCloseTo(1, 6);
      expect(band.from.time).toBeCloseTo(i, 6);
      // Each nap's one step is the band: while it ran, no other lane did.
      const [run] = lane(timeline, `Task-${i + 2}`).runs;
      expect(length(run)).toBeCloseTo(1, 6);
      for (const other of timeline.lanes) {
        if (other.name === `Task-${i + 2}`) continue;
        for (const bar of other.runs) expect(overlap(bar, band)).toBeLessThanOrEqual(0);
      }
    }
    // The polite naps hold nothing and wait together.
    const polite = ["Task-7", "Task-8", "Task-9", "Task-10", "Task-11"].map((n) =>
      lane(timeline, n),
    );
    expect(polite.every((l) => l.coro === "politeNap")).toBe(true);
    for (const l of polite) {
      expect(l.waits).toHaveLength(1);
      expect(overlap(l.waits[0], polite[0].waits[0])).toBeGreaterThan(0.99);
    }
  });

  test("serial awaits wait one after another; gathered tasks wait together", () => {
    const timeline = build_timeline(demo("reference/serial-vs-concurrent"));
    const main = lane(timeline, "Task-1");
    // The serial loop: five one-second waits on sleep, back to back.
    const serial = main.waits.slice(0, 5);
    expect(serial.map((w) => w.on)).toEqual(
      ["Future-1", "Future-2", "Future-3", "Future-4", "Future-5"].map((f) => `${f} in sleep()`),
    );
    for (const [i, wait] of serial.entries()) {
      expect(length(wait)).toBeCloseTo(1, 6);
      expect(wait.from.time).toBeCloseTo(i, 6);
    }
    // gather: five tasks made at 5 s, all waiting through the same second.
    const fetches = ["Task-2", "Task-3", "Task-4", "Task-5", "Task-6"].map((n) =>
      lane(timeline, n),
    );
    for (const l of fetches) {
      expect(l.coro).toBe("fetch");
      expect(l.marks[0]).toMatchObject({ kind: "created" });
      expect(l.marks[0].at.time).toBeCloseTo(5, 6);
      expect(l.marks.at(-1)).toMatchObject({ kind: "done" });
      for (const other of fetches)
        expect(overlap(l.waits[0], other.waits[0])).toBeGreaterThan(0.99);
    }
  });

  test("tasks awaited one by one live one after another; gathered ones overlap", () => {
    const program = `import * as asyncio from "asyncio";
async function job(i: number) { await asyncio.sleep(1); return i; }
async function main() {
  for (let i = 0; i < 3; i++) await asyncio.create_task(job(i));
  await asyncio.gather(job(3), job(4), job(5));
}
asyncio.run(main());
`;
    const timeline = build_timeline(traceOf({ "main.ts": program }));
    const life = (name: string): Span => {
      const marks = lane(timeline, name).marks;
      return { from: marks[0].at, to: marks.at(-1)!.at };
    };
    const serial = ["Task-2", "Task-3", "Task-4"].map(life);
    for (let i = 1; i < serial.length; i++) {
      expect(serial[i].from.time).toBeGreaterThanOrEqual(serial[i - 1].to.time);
    }
    const gathered = ["Task-5", "Task-6", "Task-7"].map(life);
    for (const a of gathered) for (const b of gathered) expect(overlap(a, b)).toBeGreaterThan(0.99);
  });

  test("the text form has a row per lane, a slice per character and a legend", () => {
    const timeline = build_timeline(demo("reference/blocking-vs-nonblocking"));
    const text = timeline_text(timeline, { width: 50 });
    const rows = text.split("\n");
    const row = (name: string) => rows.find((r) => r.startsWith(`${name} `)) ?? "";
    // 6 s in 50 characters: Task-3's nap (1 s to 2 s) runs over characters 8 to 16.
    const cells = (r: string) => r.slice(r.indexOf("│") + 1, r.lastIndexOf("│"));
    expect(cells(row("Task-3"))).toHaveLength(50);
    expect(cells(row("Task-3")).slice(9, 16)).toBe("█".repeat(7));
    expect(cells(row("loop held")).slice(0, 41)).toBe("▓".repeat(41));
    expect(cells(row("loop held")).slice(42)).toBe(" ".repeat(8));
    expect(text).toContain("█ running a step");
    expect(text).toContain("▓ loop held by one handle");
  });

  test("play --timeline prints the program's output, then its timeline", () => {
    const cli = new URL("../src/cli/play.ts", import.meta.url).pathname;
    const file = join(demos, "reference/blocking-vs-nonblocking/main.ts");
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cli, file, ...args], { encoding: "utf8" });
    const timed = run("--timeline");
    expect(timed.status).toBe(0);
    const expected = readFileSync(
      join(demos, "reference/blocking-vs-nonblocking/expected.txt"),
      "utf8",
    );
    expect(timed.stdout.startsWith(`${expected}\n`)).toBe(true);
    const text = timed.stdout.slice(expected.length + 1);
    expect(text).toBe(timeline_text(build_timeline(demo("reference/blocking-vs-nonblocking"))));
    expect(text.split("\n")[1]).toMatch(/^Task-2 +│█+✓ +│ blockingNap\(\)$/);
    const turns = run("--timeline=turns");
    expect(turns.stdout).toContain("turn 1");
    const wrong = run("--timeline=hours");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--timeline takes no value or "turns", not "hours"');
  });
});
