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

/** CPython's message for `yield from` in an async generator (TypeScript's `yield*`). */
export const YIELD_FROM_IN_ASYNC = "'yield from' inside async function";

/** CPython's message for `return value` in an async generator. */
export const RETURN_IN_ASYNC_GENERATOR = "'return' with value in async generator";

/** An import the playground cannot satisfy, naming what it can. */
export function moduleNotFound(spec: string, available: readonly string[]): string {
  return `Cannot find module '${spec}'. Available: ${available.join(", ")}`;
}
