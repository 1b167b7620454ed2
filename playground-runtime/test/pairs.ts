/**
 * Running one paired program: our runtime on the TypeScript side, CPython 3.14 (the oracle) on
 * the Python side. The differential corpus and the ports of CPython's own tests compare pairs
 * the same way: the same stdout, the same stderr where both files ask for it, and the same
 * ready-queue and timer-heap lengths at every loop turn.
 */
import { execute } from "../src/execute/index.ts";
import { type PythonRun, runPython } from "../twin/cpython.ts";
import { turnsOf } from "./queue-states.ts";

/** What one side of a pair gave. */
export interface PairSide {
  stdout: string;
  stderr: string;
  turns: [number, number][];
}

/** Whether the pair's first lines ask for stderr to be compared as well. */
export const comparesStderr = (ts: string, py: string) =>
  /^\/\/ compare: stderr\b/.test(ts) && /^# compare: stderr\b/.test(py);

/**
 * stderr as a pair compares it. `compare: stderr without source` drops each traceback
 * frame's source line (and its carets), a SyntaxError's (its `File …, line N` has no `in`)
 * and a warning's (`file:N: SomeWarning: …`, then its line): the two languages spell the
 * same statement apart (`throw new X()`, `raise X()`), while the frames, headers, lines and
 * chains must agree.
 */
export function comparedStderr(source: string, stderr: string): string {
  if (!/^(\/\/|#) compare: stderr without source\b/.test(source)) return stderr;
  return stderr
    .replace(/^( {2}File "[^"]*", line \d+(?:, in .*)?\n)(?: {4}.*\n)+/gm, "$1")
    .replace(/^(\S+:\d+: \w*Warning: .*\n) {2}.*\n/gm, "$1");
}

/** Our runtime's output for NAME.ts, with its file name spelled as the twin's. */
export function runOurs(name: string, source: string): PairSide {
  let stdout = "";
  let stderr = "";
  const { trace = [] } = execute(
    { [`${name}.ts`]: source },
    {
      entry: `${name}.ts`,
      clock: "virtual",
      trace: true,
      onStdout: (text) => {
        stdout += text;
      },
      onStderr: (text) => {
        stderr += text;
      },
    },
  );
  const asTwin = (text: string) => text.replaceAll(`${name}.ts`, `${name}.py`);
  return { stdout: asTwin(stdout), stderr: asTwin(stderr), turns: turnsOf(trace) };
}

/** CPython's output for NAME.py. */
export async function runTheirs(name: string, source: string): Promise<PythonRun & PairSide> {
  const run = await runPython(source, { filename: `${name}.py`, recordTurns: true });
  return { ...run, turns: run.turns ?? [] };
}
