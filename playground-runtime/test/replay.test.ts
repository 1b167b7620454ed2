/**
 * The visualizer shows what the trace implies; these tests hold that against the runtime's own
 * state. For every program of the differential corpus and a set of random ones, at every trace
 * event, the ready queue and the timer heap the replay rebuilds are exactly the running loop's
 * (same handles, same order), and the tasks it calls unfinished are exactly `all_tasks()`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { BaseEventLoop } from "../src/asyncio/base_events.ts";
import { _get_running_loop } from "../src/asyncio/events.ts";
import { all_tasks } from "../src/asyncio/tasks.ts";
import { parse_trace_event, type TraceEvent, trace_id } from "../src/asyncio/trace.ts";
import { execute } from "../src/execute/index.ts";
import { narrate, narrations } from "../src/visualizer/narrate.ts";
import { TraceReplay } from "../src/visualizer/replay.ts";
import { generate } from "./fuzz/generator.ts";

/** The running loop's real state, as trace ids, when an event was emitted. */
interface Snapshot {
  step: number;
  ready: number[];
  heap: number[];
  unfinished: number[];
}

/** Runs a program with tracing on, snapshotting the running loop at every event. */
function traceWithSnapshots(files: Record<string, string>, entry: string) {
  const snapshots: Snapshot[] = [];
  let loop: BaseEventLoop | null = null;
  let synced = false;
  const result = execute(files, {
    entry,
    trace: true,
    onTrace(event: TraceEvent) {
      const running = _get_running_loop() as BaseEventLoop | null;
      if (running !== loop) {
        loop = running;
        synced = false;
      }
      // Until a loop's first turn the replay cannot know it is the one running.
      if (event.type === "iteration") synced = true;
      if (running === null || !synced) return;
      snapshots.push({
        step: event.seq,
        ready: running._ready.toArray().map(trace_id),
        heap: running._scheduled.map(trace_id),
        unfinished: [...all_tasks(running)].map(trace_id).sort((a, b) => a - b),
      });
    },
  });
  return { result, snapshots };
}

function expectReplayMatches(files: Record<string, string>, entry: string): number {
  const { result, snapshots } = traceWithSnapshots(files, entry);
  const events = result.trace ?? [];
  expect(events.length).toBeGreaterThan(0);
  expect(events.filter((event) => parse_trace_event(event) !== event)).toEqual([]);
  const replay = new TraceReplay(events);
  for (const snapshot of snapshots) {
    const view = replay.at(snapshot.step);
    const at = `after event ${snapshot.step}: ${JSON.stringify(events[snapshot.step])}`;
    expect(
      view.ready.map((h) => h.id),
      `ready queue ${at}`,
    ).toEqual(snapshot.ready);
    expect(
      view.heap.map((h) => h.id),
      `timer heap ${at}`,
    ).toEqual(snapshot.heap);
    const unfinished = view.tasks
      .filter((t) => !["done", "failed", "cancelled"].includes(t.state))
      .map((t) => t.id)
      .sort((a, b) => a - b);
    // A task is announced as it is made and its first step scheduled, a moment before it
    // joins all_tasks().
    const event = events[snapshot.step];
    const previous = events[snapshot.step - 1];
    const joining =
      event.type === "task_created" ||
      (event.type === "handle_scheduled" &&
        previous?.type === "task_created" &&
        previous.task === event.task);
    if (!joining) {
      expect(unfinished, `unfinished tasks ${at}`).toEqual(snapshot.unfinished);
    }
  }
  for (let step = 0; step < events.length; step++) {
    expect(narrate(replay, step)).toMatch(/\S/);
  }
  return snapshots.length;
}

const dir = new URL("./differential/", import.meta.url);
const corpus = readdirSync(dir)
  .filter((file) => file.endsWith(".ts"))
  .sort();

describe("the replayed queues are the loop's real queues at every step", () => {
  test.each(corpus)("%s", (file) => {
    const checked = expectReplayMatches({ [file]: readFileSync(new URL(file, dir), "utf8") }, file);
    expect(checked).toBeGreaterThan(0);
  });

  test("cancelled timers leave the heap from its top, or all at once when most are cancelled", () => {
    const source = `import * as asyncio from "asyncio";
async function main() {
  const loop = asyncio.get_running_loop();
  const early = [loop.call_later(0.1, print, "early"), loop.call_later(0.2, print, "early")];
  for (const h of early) h.cancel();
  await asyncio.sleep(0);
  const many = Array.from({ length: 150 }, (_, i) => loop.call_later(1 + i, print, i));
  for (const h of many.slice(0, 120)) h.cancel();
  await asyncio.sleep(0);
  await asyncio.sleep(125);
}
asyncio.run(main());
`;
    expectReplayMatches({ "main.ts": source }, "main.ts");
    const { trace = [] } = execute({ "main.ts": source }, { trace: true });
    const dropped = trace.filter((e) => e.type === "timers_dropped");
    expect(dropped.map((e) => e.type === "timers_dropped" && e.rebuilt)).toEqual([false, true]);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])("random program, seed %i", (seed) => {
    expectReplayMatches({ "main.ts": generate(seed).ts }, "main.ts");
  });
});

describe("reaching a step", () => {
  const source = `import * as asyncio from "asyncio";
async function ping(n: number) {
  for (let i = 0; i < n; i++) await asyncio.sleep(0);
}
async function main() {
  await asyncio.gather(...Array.from({ length: 40 }, () => ping(20)));
}
asyncio.run(main());
`;
  const { trace = [] } = execute({ "main.ts": source }, { trace: true });
  const replay = new TraceReplay(trace);

  test("forwards, backwards and at random gives the same view", () => {
    expect(replay.length).toBeGreaterThan(1000);
    const forwards = Array.from({ length: replay.length }, (_, i) => replay.at(i));
    for (let i = replay.length - 1; i >= 0; i -= 7) {
      expect(replay.at(i)).toEqual(forwards[i]);
    }
  });

  test("before the first event nothing is queued, and the last step ends with no task left", () => {
    const start = replay.at(-1);
    expect(start.ready).toEqual([]);
    expect(start.tasks).toEqual([]);
    const end = replay.at(replay.length - 1);
    expect(end.tasks.every((t) => t.state === "done")).toBe(true);
  });
});

describe("what the replay says of a known program", () => {
  const source = `import * as asyncio from "asyncio";
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "a");
  const h = loop.call_soon(print, "b");
  h.cancel();
  loop.call_later(1, print, "c");
  await asyncio.sleep(2);
  print("d");
}
asyncio.run(main());
`;
  const { trace = [] } = execute({ "main.ts": source }, { trace: true });
  const replay = new TraceReplay(trace);

  test("while main waits in sleep(2), the cancelled handle is still queued, marked", () => {
    const suspended = replay.find((e) => e.type === "task_suspended" && e.name === "Task-1");
    const view = replay.at(suspended);
    expect(view.ready.map((h) => h.label)).toEqual(["print('a')", "print('b')"]);
    expect(view.cancelled.has(view.ready[1].id)).toBe(true);
    expect(view.timers.map((t) => t.label)).toEqual([
      "print('c')",
      expect.stringMatching(/^_set_result_unless_cancelled\(/),
    ]);
    const main = view.tasks.find((t) => t.name === "Task-1");
    expect(main).toMatchObject({ state: "suspended", line: 8, coro: "main" });
    expect(main?.stack.map((f) => f.name)).toEqual(["main", "sleep"]);
    expect(narrate(replay, suspended)).toContain("is suspended at line 8");
  });

  test("the narration reads in Chinese on a Chinese page, with CPython's names unchanged", () => {
    const suspended = replay.find((e) => e.type === "task_suspended" && e.name === "Task-1");
    expect(narrate(replay, suspended, "zh-cn")).toMatch(
      /^Task-1 挂起于第 8 行，等待 .+（在 sleep\(\) 内）：.+\.add_done_callback\(Task-1 · __wakeup\)。$/,
    );
    expect(narrate(replay, -1, "zh-cn")).toBe("程序还没有开始：按一个单步按钮开始。");
  });

  test("the output so far grows with the steps", () => {
    const printedC = replay.find((e) => e.type === "output" && e.text === "c\n");
    expect(replay.output(replay.at(printedC))).toEqual([{ stream: "stdout", text: "a\nc\n" }]);
    expect(replay.output(replay.at(printedC - 1))).toEqual([{ stream: "stdout", text: "a\n" }]);
  });
});

describe("the context each task runs in", () => {
  const source = `import * as asyncio from "asyncio";
import * as contextvars from "contextvars";
async function work() {
  await asyncio.sleep(0);
}
async function main() {
  const own = asyncio.create_task(work(), { name: "own" });
  const shared = new contextvars.Context();
  const first = asyncio.create_task(work(), { name: "first", context: shared });
  const second = asyncio.create_task(work(), { name: "second", context: shared });
  await asyncio.gather(own, first, second);
}
asyncio.run(main());
`;
  const { trace = [] } = execute({ "main.ts": source }, { trace: true });
  const replay = new TraceReplay(trace);
  const created = (name: string) =>
    replay.find((e) => e.type === "task_created" && e.name === name);

  test("a task copies its creator's context; tasks given one context share it", () => {
    const view = replay.at(created("second"));
    const contextOf = (name: string) => view.tasks.find((t) => t.name === name)?.context;
    expect(new Set(["Task-1", "own", "first"].map(contextOf)).size).toBe(3);
    expect(contextOf("second")).toBe(contextOf("first"));
  });

  test("the caption says when a new task shares a context", () => {
    expect(narrate(replay, created("own"))).toBe(
      "create_task: own wraps the coroutine work() (line 3).",
    );
    expect(narrate(replay, created("first"))).toBe(
      "create_task: first wraps the coroutine work() (line 3).",
    );
    expect(narrate(replay, created("second"))).toMatch(
      /^create_task: second wraps the coroutine work\(\) \(line 3\), in Context-\d+, the context first runs in too\.$/,
    );
  });
});

describe("events crossing from the executor are checked", () => {
  const good = {
    type: "handle_scheduled",
    loop: 1,
    handle: 2,
    label: "cb()",
    queue: "ready",
    seq: 0,
    time: 0,
  };

  test("a well-formed event passes, a malformed one does not", () => {
    expect(parse_trace_event(good)).toBe(good);
    for (const bad of [
      null,
      "handle_scheduled",
      { ...good, type: "no_such_event" },
      { ...good, queue: "elsewhere" },
      { ...good, handle: "2" },
      { ...good, label: undefined },
      { ...good, seq: 0.5 },
      { ...good, when: "soon" },
      {
        type: "task_suspended",
        task: 1,
        name: "Task-1",
        future: null,
        futureLabel: null,
        stack: [{}],
        seq: 1,
        time: 0,
      },
    ]) {
      expect(parse_trace_event(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

test("every language's narration has the same sentences, with the same {placeholders}", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const english = narrations.en;
  for (const [lang, messages] of Object.entries(narrations)) {
    expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(placeholders(text), `${lang} ${key}`).toEqual(
        placeholders(english[key as keyof typeof english]),
      );
    }
  }
});
