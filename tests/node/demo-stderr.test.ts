/**
 * Some chapters teach what asyncio prints on stderr — a never-awaited coroutine's warning, a
 * task exception nobody retrieved. demos.test.ts proves stdout line for line; here, each
 * message such a chapter promises must appear on stderr both when CPython runs the twin and
 * when our runtime runs the playground. (The lines around them name different files and
 * frames — main.py and CPython's asyncio sources, or main.ts — so they are not compared.)
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { execute } from "../../playground-runtime/src/execute.ts";
import { runPython } from "../../playground-runtime/twin/cpython.ts";

const PROMISES: { demo: string; stderr: string[] }[] = [
  {
    demo: "practice/pitfalls",
    stderr: [
      "RuntimeWarning: coroutine 'fetch' was never awaited",
      "Task exception was never retrieved",
      "Exception: nobody will hear this",
    ],
  },
];

const read = (demo: string, file: string) =>
  readFileSync(new URL(`../../content/demos/${demo}/${file}`, import.meta.url), "utf8");

describe.each(PROMISES)("$demo", ({ demo, stderr }) => {
  test("CPython prints the promised messages on stderr", async () => {
    const run = await runPython(read(demo, "main.py"), { filename: "main.py" });
    for (const message of stderr) expect(run.stderr).toContain(message);
  });

  test("our runtime prints them too", async () => {
    let err = "";
    await execute(
      { "main.ts": read(demo, "main.ts") },
      {
        entry: "main.ts",
        clock: "virtual",
        onStdout: () => {},
        onStderr: (text: string) => {
          err += text;
        },
      },
    );
    for (const message of stderr) expect(err).toContain(message);
  });
});
