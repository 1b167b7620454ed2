/**
 * Runs one generated program both ways — the Python twin under CPython 3.14 (the oracle) and
 * the playground under our runtime — and reports whether they printed the same.
 */
import { execute } from "../../src/execute/index.ts";
import { runPython } from "../../twin/cpython.ts";
import { generate, type Program } from "./generator.ts";

export interface Outcome {
  program: Program;
  expected: string;
  got: string;
}

export async function runBoth(seed: number): Promise<Outcome> {
  const program = generate(seed);
  const python = await runPython(program.py, { filename: "main.py" });
  let got = "";
  const result = execute(
    { "main.ts": program.ts },
    { onStdout: (text) => (got += text), onStderr: () => {} },
  );
  const expected = python.stdout + (python.error ? `\n[${python.error}]` : "");
  if (!result.ok) got += `\n[${result.error?.type}: ${result.error?.message}]`;
  return { program, expected, got };
}
