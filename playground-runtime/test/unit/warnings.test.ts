/**
 * The warnings the runtime gives, as CPython 3.14's `warnings` gives them (the texts are what
 * CPython printed for the same calls written in Python, the helper in a module of its own): a DeprecationWarning
 * for a line of the program's main file, once per line, with its source; none for a line of a
 * module it imports, which CPython's default filters ignore; and again in the next program.
 */
import { expect, test } from "vitest";
import { execute } from "../../src/execute/index.ts";

function stderrOf(files: Record<string, string>): string {
  let stderr = "";
  execute(files, {
    onStdout: () => {},
    onStderr: (text) => {
      stderr += text;
    },
  });
  return stderr;
}

const lines = (...source: string[]) => `${source.join("\n")}\n`;

const ISCOROUTINEFUNCTION =
  "DeprecationWarning: 'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16; use inspect.iscoroutinefunction() instead";

const program = {
  "main.ts": lines(
    'import * as asyncio from "asyncio";',
    'import * as inspect from "inspect";',
    'import { check } from "./helpers";',
    "async function work() {}",
    "for (let i = 0; i < 3; i++) asyncio.iscoroutinefunction(work);",
    "inspect.iscoroutinefunction(work);",
    "check(work);",
    "async function* gen() { yield 1; }",
    "const thrown = gen().athrow(GeneratorExit, new GeneratorExit(), null);",
    "thrown.close();",
  ),
  "helpers.ts": lines(
    'import * as asyncio from "asyncio";',
    "export function check(fn) { return asyncio.iscoroutinefunction(fn); }",
  ),
};

test("a deprecated call in the main file warns once for its line; one in a module does not", () => {
  const expected = [
    `main.ts:5: ${ISCOROUTINEFUNCTION}`,
    "  for (let i = 0; i < 3; i++) asyncio.iscoroutinefunction(work);",
    "main.ts:9: DeprecationWarning: the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
    "  const thrown = gen().athrow(GeneratorExit, new GeneratorExit(), null);",
    "",
  ].join("\n");
  expect(stderrOf(program)).toBe(expected);
  // A new program is a new interpreter: its lines warn again.
  expect(stderrOf(program)).toBe(expected);
});
