// The trace recorded inside CPython (twin/trace_loop.py), held to two standards for every
// demo and every differential pair:
//
// 1. Replayed (src/replay.ts), it gives at every loop turn the ready queue's and the timer
//    heap's lengths that CPython's own loop reports at that turn (`recordTurns`), and tracing
//    changes nothing the program prints.
// 2. It gives the same sequence of queue states, handle by handle, as our runtime's trace of
//    the TypeScript twin, with labels spelled as twin-names.ts says (the mapping the README
//    writes down) and nothing looser.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { TraceEvent } from "../src/asyncio/trace.ts";
import { execute } from "../src/execute.ts";
import { demoFolders, readTwinFile, typescriptFiles } from "../../tests/demo-folders.ts";
import { type PythonRun, runPython } from "../twin/cpython.ts";
import { type QueueState, queueStates, turnsOf } from "./queue-states.ts";
import { boundMethodMatch, pyLabel, SET_ORDERED_TASKS, tsLabel } from "./twin-names.ts";

interface Pair {
  name: string;
  ts: Record<string, string>;
  entry: string;
  py: string;
  pyFile: string;
}

const differential = new URL("./differential/", import.meta.url);
const pairs: Pair[] = [
  ...demoFolders().map((folder) => ({
    name: folder.path,
    ts: typescriptFiles(folder),
    entry: "main.ts",
    py: readTwinFile(folder, "main.py"),
    pyFile: "main.py",
  })),
  ...readdirSync(differential)
    .filter((file) => file.endsWith(".py"))
    .map((file) => {
      const name = file.slice(0, -3);
      return {
        name,
        ts: { [`${name}.ts`]: readFileSync(new URL(`${name}.ts`, differential), "utf8") },
        entry: `${name}.ts`,
        py: readFileSync(new URL(file, differential), "utf8"),
        pyFile: file,
      };
    }),
];

function tsTrace(pair: Pair): TraceEvent[] {
  const { trace = [] } = execute(pair.ts, {
    entry: pair.entry,
    clock: "virtual",
    trace: true,
    onStdout: () => {},
    onStderr: () => {},
  });
  return trace;
}

/** Each task's name, by what it is: its coroutine and how it ended. */
function tasksByIdentity(trace: readonly TraceEvent[], spell: (s: string) => string) {
  const coro = new Map<number, string>();
  const byKey = new Map<string, string[]>();
  for (const event of trace) {
    if (event.type === "task_created") coro.set(event.task, spell(event.coro));
    if (event.type === "task_done") {
      const key = `${coro.get(event.task)} ${event.outcome} ${spell(event.detail)}`;
      byKey.set(key, [...(byKey.get(key) ?? []), event.name]);
    }
  }
  return byKey;
}

/**
 * For a pair whose task numbering is CPython's set order: each TypeScript task name mapped to
 * the CPython task that is the same task (same coroutine, same outcome), where that is unique.
 */
function taskRenaming(ts: readonly TraceEvent[], py: readonly TraceEvent[], pair: Pair) {
  const program = pair.pyFile.slice(0, -3);
  const ours = tasksByIdentity(ts, tsLabel);
  const theirs = tasksByIdentity(py, (s) => pyLabel(s, pair.name, program));
  const renaming = new Map<string, string>();
  for (const [key, names] of ours) {
    const other = theirs.get(key);
    if (names.length === 1 && other?.length === 1) renaming.set(names[0], other[0]);
  }
  return renaming;
}

/** Whether two queue states are the same, handle by handle, under the bound-method rule. */
function sameState(ts: QueueState, py: QueueState, pySource: string, ordered: boolean): boolean {
  const same = (a: string[], b: string[]) =>
    a.length === b.length &&
    a.every((label, i) => label === b[i] || boundMethodMatch(label, b[i], pySource));
  const sorted = (labels: string[]) => [...labels].sort();
  const [tr, pr, th, ph] = ordered
    ? [ts.ready, py.ready, ts.heap, py.heap]
    : [sorted(ts.ready), sorted(py.ready), sorted(ts.heap), sorted(py.heap)];
  const [tsEvent, pyEvent] = [ts.event.split(" "), py.event.split(" ")];
  return (
    ts.loop === py.loop &&
    tsEvent[0] === pyEvent[0] &&
    same([tsEvent.slice(1).join(" ")], [pyEvent.slice(1).join(" ")]) &&
    same(tr, pr) &&
    same(th, ph)
  );
}

const runs = new Map<string, Promise<PythonRun>>();
const traced = (pair: Pair) => {
  let run = runs.get(pair.name);
  if (run === undefined) {
    run = runPython(pair.py, { filename: pair.pyFile, recordTurns: true, recordTrace: true });
    runs.set(pair.name, run);
  }
  return run;
};

describe.each(pairs)("$name", (pair) => {
  test("the replayed CPython trace has CPython's queue lengths at every turn", async () => {
    const run = await traced(pair);
    expect(run.trace?.length ?? 0).toBeGreaterThan(0);
    expect(turnsOf(run.trace ?? [])).toEqual(run.turns);
    const plain = await runPython(pair.py, { filename: pair.pyFile });
    expect({ stdout: run.stdout, stderr: run.stderr }, "tracing changes what it prints").toEqual({
      stdout: plain.stdout,
      stderr: plain.stderr,
    });
  });

  test("the TypeScript and Python traces pass through the same queue states", async () => {
    const py = (await traced(pair)).trace ?? [];
    const ts = tsTrace(pair);
    const program = pair.pyFile.slice(0, -3);
    const setOrdered = SET_ORDERED_TASKS.includes(pair.name);
    const renaming = setOrdered ? taskRenaming(ts, py, pair) : new Map<string, string>();
    const ours = queueStates(ts, (label) =>
      tsLabel(label).replace(/\bTask-\d+\b/g, (name) => renaming.get(name) ?? name),
    );
    const theirs = queueStates(py, (label) => pyLabel(label, pair.name, program));
    expect(ours.length, "queue-changing events").toBe(theirs.length);
    const first = ours.findIndex((state, i) => !sameState(state, theirs[i], pair.py, !setOrdered));
    expect(first < 0 ? null : { ts: ours[first], py: theirs[first] }, `state ${first}`).toBeNull();
  });
});
