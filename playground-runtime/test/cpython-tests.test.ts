// CPython's own asyncio tests, ported. `test/cpython/SUITE.json` lists every test method of one
// of CPython 3.14's test files (`Lib/test/test_asyncio/test_locks.py`, …) with its status here:
//
// - "passing": ported as a pair (`test/cpython/SUITE/PAIR.ts` + `.py`, the `.py` the test's own
//   scenario written as a program) and our runtime agrees with CPython on it;
// - "failing": ported, and our runtime still differs (`reason` says how);
// - "not-portable": it needs what a playground has not (sockets, OS threads, gc introspection,
//   mocks…), and `reason` says which.
//
// A pair is compared as the differential corpus compares (`pairs.ts`); a syntax test's pair
// (`compare: stderr without source`) is a program CPython refuses to compile, and ours must
// refuse it with the same SyntaxError on the same line. A "failing" pair must
// still differ, so a fix that makes it agree moves it to "passing"; and the runtime's README
// states the counts, checked here against the lists.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { comparedStderr, comparesStderr, type PairSide, runOurs, runTheirs } from "./pairs.ts";

/** One test method's entry in a suite's list. */
interface Entry {
  status: "passing" | "failing" | "not-portable";
  /** The pair that ports it (several methods may share one), for the ported ones. */
  pair?: string;
  /** Why it differs ("failing") or cannot be ported ("not-portable"). */
  reason?: string;
}

interface Suite {
  /** The CPython file, as `Lib/test/test_asyncio/test_locks.py`. */
  source: string;
  /** `Class.test_method` → its entry, in the file's order. */
  tests: Record<string, Entry>;
}

const dir = new URL("./cpython/", import.meta.url);
const suiteNames = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length))
  .sort();
const suites = suiteNames.map(
  (name) =>
    [name, JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Suite] as const,
);
const read = (suite: string, file: string) =>
  readFileSync(new URL(`${suite}/${file}`, dir), "utf8");
const pairFiles = (suite: string) => {
  try {
    return readdirSync(new URL(`${suite}/`, dir));
  } catch {
    return [];
  }
};

/** The README's table row for a suite: `| file | methods | passing | failing | not portable |`. */
const countsRow = ({ source, tests }: Suite) => {
  const entries = Object.values(tests);
  const count = (status: Entry["status"]) => entries.filter((e) => e.status === status).length;
  return `| \`${source}\` | ${entries.length} | ${count("passing")} | ${count("failing")} | ${count("not-portable")} |`;
};

/** Whether our side agrees with CPython's, as the differential corpus decides it. */
const agrees = (ts: string, py: string, ours: PairSide, theirs: PairSide) =>
  ours.stdout === theirs.stdout &&
  (!comparesStderr(ts, py) ||
    comparedStderr(ts, ours.stderr) === comparedStderr(py, theirs.stderr)) &&
  JSON.stringify(ours.turns) === JSON.stringify(theirs.turns);

describe("CPython's own tests, ported", () => {
  test("the lists are well formed and name every pair", () => {
    expect(suites.length).toBeGreaterThan(0);
    for (const [name, { source, tests }] of suites) {
      expect(source, name).toMatch(/^Lib\/test\/.+\.py$/);
      for (const [method, entry] of Object.entries(tests)) {
        const where = `${name}: ${method}`;
        expect(method, where).toMatch(/^\w+\.test\w*$/);
        expect(["passing", "failing", "not-portable"], where).toContain(entry.status);
        if (entry.status === "not-portable") expect(entry.pair, where).toBeUndefined();
        else expect(entry.pair, where).toMatch(/^\w+$/);
        if (entry.status !== "passing") expect(entry.reason?.trim(), where).toBeTruthy();
      }
      const listed = new Set(Object.values(tests).flatMap((e) => (e.pair ? [e.pair] : [])));
      const files = pairFiles(name);
      for (const pair of listed) {
        expect(files, `${name}/${pair}.ts`).toContain(`${pair}.ts`);
        expect(files, `${name}/${pair}.py`).toContain(`${pair}.py`);
      }
      const stray = files.filter((f) => !listed.has(f.replace(/\.(ts|py)$/, "")));
      expect(stray, `${name}: pair files no test method names`).toEqual([]);
    }
  });

  test("the runtime's README states the counts", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    for (const [, suite] of suites) expect(readme).toContain(countsRow(suite));
  });

  for (const [name, { tests }] of suites) {
    const byPair = new Map<string, { status: Entry["status"]; methods: string[] }>();
    for (const [method, { status, pair }] of Object.entries(tests)) {
      if (!pair) continue;
      const seen = byPair.get(pair);
      if (seen && seen.status !== status)
        throw new Error(`${name}/${pair}: listed both ${seen.status} and ${status}`);
      byPair.set(pair, { status, methods: [...(seen?.methods ?? []), method] });
    }
    for (const [pair, { status, methods }] of byPair) {
      test(`${name}/${pair} (${methods.join(", ")}) is ${status}`, async () => {
        const ts = read(name, `${pair}.ts`);
        const py = read(name, `${pair}.py`);
        const theirs = await runTheirs(pair, py);
        // A syntax test's program is one CPython refuses to compile: its SyntaxError report
        // is then what the pair compares (stderr), and our compiler must refuse it alike.
        const refused = comparesStderr(ts, py) && /^SyntaxError: .*\n?$/m.test(theirs.error ?? "");
        if (!refused) {
          expect(theirs.error, `the Python side itself failed:\n${theirs.stderr}`).toBeUndefined();
        }
        const ours = runOurs(pair, ts);
        if (status === "passing") {
          expect(ours.stdout).toBe(theirs.stdout);
          if (comparesStderr(ts, py)) {
            expect(comparedStderr(ts, ours.stderr)).toBe(comparedStderr(py, theirs.stderr));
          }
          expect(ours.turns, "ready and timer queue lengths at each loop turn").toEqual(
            theirs.turns,
          );
        } else {
          expect(
            agrees(ts, py, ours, theirs),
            "it agrees with CPython now: list it as passing",
          ).toBe(false);
        }
      });
    }
  }
});
