// The differential corpus: every test/differential/NAME.ts is a playground program, NAME.py the
// same program in Python. CPython 3.14 runs the twin on the virtual-time loop (the oracle), our
// runtime runs the TypeScript, and the two must print the same lines in the same order. A
// first-line `// compare: stderr` / `# compare: stderr` pragma makes stderr part of the contract
// too (`compare: stderr without source`: tracebacks without each frame's source line). File names printed in reprs and log lines are compared as NAME.py.
//
// The visualizer's queues are held to CPython's too: at every turn of every loop, the ready
// queue and the timer heap that our trace implies have the lengths CPython's `_ready` and
// `_scheduled` have at the same point of its own `_run_once`.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { comparedStderr, comparesStderr, runOurs, runTheirs } from "./pairs.ts";

const dir = new URL("./differential/", import.meta.url);
const files = readdirSync(dir);
const stems = (ext: string) =>
  files
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
const tsNames = stems(".ts");
const pyNames = stems(".py");
const names = tsNames.filter((name) => pyNames.includes(name));

const read = (file: string) => readFileSync(new URL(file, dir), "utf8");

describe("differential corpus", () => {
  test("every .ts has a .py twin and every .py a .ts", () => {
    expect(tsNames.filter((name) => !pyNames.includes(name))).toEqual([]);
    expect(pyNames.filter((name) => !tsNames.includes(name))).toEqual([]);
    expect(names.length).toBeGreaterThanOrEqual(60);
  });

  for (const name of names) {
    test(name, async () => {
      const ts = read(`${name}.ts`);
      const py = read(`${name}.py`);
      const expected = await runTheirs(name, py);
      expect(expected.error, `the Python twin itself failed:\n${expected.stderr}`).toBeUndefined();
      const got = runOurs(name, ts);
      expect(got.stdout).toBe(expected.stdout);
      if (comparesStderr(ts, py)) {
        expect(comparedStderr(ts, got.stderr)).toBe(comparedStderr(py, expected.stderr));
      }
      expect(got.turns, "ready and timer queue lengths at each loop turn").toEqual(expected.turns);
    });
  }
});
