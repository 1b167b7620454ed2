// The trace recorded inside CPython (twin/trace_loop.py), held to two standards for every
// demo and every differential pair:
//
// 1. Replayed (src/visualizer/replay.ts), it gives at every loop turn the ready queue's and the timer
//    heap's lengths that CPython's own loop reports at that turn (`recordTurns`), and tracing
//    changes nothing the program prints.
// 2. It gives the same sequence of queue states, handle by handle, as our runtime's trace of
//    the TypeScript twin, with labels spelled as twin-names.ts says (the mapping the README
//    writes down) and nothing looser.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { demoFolders, readTwinFile, typescriptFiles } from "../../tests/demo-folders.ts";
import type { TraceEvent } from "../src/asyncio/trace.ts";
import { execute } from "../src/execute/index.ts";
import { type PythonRun, runPython } from "../twin/cpython.ts";
import { type QueueState, queueStates, turnsOf } from "./queue-states.ts";
import {
  boundMethodMatch,
  pyLabel,
  SET_ORDERED_TASKS,
  SHUTDOWN_ORDERED_TASKS,
  tsLabel,
} from "./twin-names.ts";

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

/** Whether two queue states are the same, handle by handle, under the bound-method rule. */
function sameState(ts: QueueState, py: QueueState, pySource: string): boolean {
  const same = (a: string[], b: string[]) =>
    a.length === b.length &&
    a.every((label, i) => label === b[i] || boundMethodMatch(label, b[i], pySource));
  const [tsEvent, pyEvent] = [ts.event.split(" "), py.event.split(" ")];
  return (
    ts.loop === py.loop &&
    tsEvent[0] === pyEvent[0] &&
    same([tsEvent.slice(1).join(" ")], [pyEvent.slice(1).join(" ")]) &&
    same(ts.ready, py.ready) &&
    same(ts.heap, py.heap)
  );
}

/** A queue state's shape: what kind of event made it, and how long each queue is. */
const shape = (state: QueueState) =>
  `${state.event.split(" ")[0]} loop ${state.loop}: ${state.ready.length} ready, ${state.heap.length} timers`;

/** Text with each object address (`at 0x7f…`, as reprs print them) blanked. */
const withoutAddresses = (text: string) => text.replace(/\bat 0x[0-9a-f]+/g, "at 0x…");

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
    // The tracer's own objects move every later one in memory: addresses are not compared.
    const printed = ({ stdout, stderr }: PythonRun) => ({
      stdout: withoutAddresses(stdout),
      stderr: withoutAddresses(stderr),
    });
    expect(printed(run), "tracing changes what it prints").toEqual(printed(plain));
  });

  test("the TypeScript and Python traces pass through the same queue states", async () => {
    const py = (await traced(pair)).trace ?? [];
    const ts = tsTrace(pair);
    const ours = queueStates(ts, tsLabel);
    const theirs = queueStates(py, (label) => pyLabel(label, pair.name, pair.pyFile.slice(0, -3)));
    if (SHUTDOWN_ORDERED_TASKS.includes(pair.name)) {
      // CPython cancels in its memory's order (see SHUTDOWN_ORDERED_TASKS), and gathers the
      // results in it: the same events on the same callbacks, in some order.
      const events = (states: QueueState[]) =>
        states.map((state) => state.event.replace(/\(.*$/, "")).sort();
      expect(events(ours)).toEqual(events(theirs));
      return;
    }
    if (SET_ORDERED_TASKS.includes(pair.name)) {
      // CPython's order is its memory's (see SET_ORDERED_TASKS): the same shapes, in order.
      expect(ours.map(shape)).toEqual(theirs.map(shape));
      return;
    }
    expect(ours.length, "queue-changing events").toBe(theirs.length);
    const first = ours.findIndex((state, i) => !sameState(state, theirs[i], pair.py));
    expect(first < 0 ? null : { ts: ours[first], py: theirs[first] }, `state ${first}`).toBeNull();
  });

  test("the same tasks share a context in both traces", async () => {
    // Contexts are numbered as first mentioned, which can differ where tasks come from a
    // set: compared as groups of task names, each group a context.
    const groups = (trace: TraceEvent[]) => {
      const tasksIn = new Map<string, string[]>();
      for (const event of trace) {
        if (event.type !== "task_created") continue;
        tasksIn.set(event.context, [...(tasksIn.get(event.context) ?? []), event.name]);
      }
      return [...tasksIn.values()].map((names) => names.sort().join(", ")).sort();
    };
    expect(groups(tsTrace(pair))).toEqual(groups((await traced(pair)).trace ?? []));
  });
});
