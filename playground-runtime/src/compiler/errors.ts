/**
 * What the compiler can refuse, worded for a reader who thinks in Python: the messages CPython
 * would give where Python has the same mistake, and a sentence saying what to write instead
 * where a playground cannot follow the TypeScript.
 */

/**
 * A program the playground cannot run, positioned in the reader's own source (1-based line
 * and column). `name` is the Python exception it stands for: `SyntaxError`, or
 * `ModuleNotFoundError` for an import that names no available module.
 */
export class CompileError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(
    message: string,
    file: string,
    line: number,
    column: number,
    name: "SyntaxError" | "ModuleNotFoundError" = "SyntaxError",
  ) {
    super(message);
    this.name = name;
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** CPython's message for `await` in a function that is not `async`. */
export const AWAIT_OUTSIDE_ASYNC = "'await' outside async function";

/** CPython's message for a module-level `await`, and the playground's way to write it. */
export const AWAIT_OUTSIDE_FUNCTION =
  "'await' outside function: a playground has no top-level await; put the code in `async function main() { … }` and run it with `asyncio.run(main())`";

/** CPython's message for `async for` (TypeScript's `for await`) in a function that is not async. */
export const ASYNC_FOR_OUTSIDE_ASYNC = "'async for' outside async function";

/** A `using` declaration as a loop's variable has no Python spelling. */
export const FOR_USING =
  "'for (await using …)' has no Python form: loop over the managers and write `await using v = mgr;` (Python's `async with mgr as v:`) as the first line of the loop's body";

/** CPython's message for `yield from` in an async generator (TypeScript's `yield*`). */
export const YIELD_FROM_IN_ASYNC = "'yield from' inside async function";

/** CPython's message for `return value` in an async generator. */
export const RETURN_IN_ASYNC_GENERATOR = "'return' with value in async generator";

/** Lines only Python writes: a reader pasted the twin (or wrote Python) into the TypeScript tab. */
const PYTHON_LINES = [
  /^\s*(async\s+)?def\s+\w+\s*\(/,
  // `import asyncio` (no `from`, no quotes), `import asyncio, time`, `import x as y`.
  /^\s*import\s+[\w.]+(\s+as\s+\w+)?(\s*,\s*[\w.]+(\s+as\s+\w+)?)*\s*(#.*)?$/,
  /^\s*from\s+[\w.]+\s+import\s+[\w*(]/,
  // A block opened by a trailing colon.
  /^\s*(if|elif|else|for|while|with|try|except|finally|class|async\s+(with|for))\b.*:\s*(#.*)?$/,
];

/**
 * The playground's message for a syntax error on a line that is Python (or just after one),
 * else null. `twin` is the Python file beside `file` (`main.ts` → `main.py`).
 */
export function pythonPasted(source: string, file: string, line: number): string | null {
  const lines = source.split("\n");
  const near = [lines[line - 1], lines[line - 2]].filter((text) => text !== undefined);
  if (!near.some((text) => PYTHON_LINES.some((pattern) => pattern.test(text)))) return null;
  const twin = `${file.replace(/\.[cm]?[jt]sx?$/, "")}.py`;
  return `invalid syntax: this editor runs TypeScript; the Python twin is in the ${twin} tab; see Reading TypeScript as Python`;
}

/** An import the playground cannot satisfy, naming what it can. */
export function moduleNotFound(spec: string, available: readonly string[]): string {
  return `Cannot find module '${spec}'. Available: ${available.join(", ")}`;
}
