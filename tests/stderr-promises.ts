/**
 * What the guide's demos print on stderr. Most print nothing there; a few exist to show
 * asyncio's warnings, and their chapters promise the reader these messages. Only the
 * messages are listed, in the order CPython prints them, not whole lines: the lines around
 * them name different files and frames under CPython (main.py, asyncio's own sources) and in
 * the playground (main.ts).
 * tests/node/demo-stderr.test.ts proves each list against CPython; the end-to-end suite
 * checks the console shows it.
 */
export const STDERR_PROMISES: Record<string, string[]> = {
  "advanced/pitfalls": [
    "Task exception was never retrieved",
    "Exception: nobody will hear this",
    "RuntimeWarning: coroutine 'fetch' was never awaited",
  ],
  "reference/debugging": [
    "RuntimeWarning: coroutine 'fetch' was never awaited",
    "Executing <Task pending name='Task-1' coro=<main() running at",
    "took 0.250 seconds",
  ],
};

/** The messages a demo promises on stderr; none means stderr stays empty. */
export function stderrPromised(demo: string): string[] {
  return STDERR_PROMISES[demo] ?? [];
}
