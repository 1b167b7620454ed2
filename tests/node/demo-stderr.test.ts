/**
 * Some chapters teach what asyncio prints on stderr — a never-awaited coroutine's warning, a
 * task exception nobody retrieved, debug mode's slow-step log. demos.test.ts proves stdout
 * line for line; here, each message such a chapter promises (tests/stderr-promises.ts) must
 * appear on stderr, in the order listed, both when CPython runs the twin and when our runtime
 * runs the playground, and every other demo must print nothing on stderr under either.
 */
import { describe, expect, test } from "vitest";
import { execute } from "../../playground-runtime/src/execute/index.ts";
import { runPython } from "../../playground-runtime/twin/cpython.ts";
import { demoFolders, readTwinFile, typescriptFiles } from "../demo-folders.ts";
import { STDERR_PROMISES, stderrPromised } from "../stderr-promises.ts";

const demos = demoFolders().filter((folder) => folder.path.startsWith("content/demos/"));

test("every demo with promised stderr exists", () => {
  const known = new Set(demos.map((folder) => folder.id));
  expect(Object.keys(STDERR_PROMISES).filter((id) => !known.has(id))).toEqual([]);
});

describe.each(demos)("$id", (folder) => {
  const promised = stderrPromised(folder.id);
  const check = (stderr: string) => {
    if (promised.length === 0) expect(stderr).toBe("");
    let from = 0;
    for (const message of promised) {
      const at = stderr.indexOf(message, from);
      expect(at, `"${message}" after what precedes it, in:\n${stderr}`).toBeGreaterThanOrEqual(0);
      from = at + message.length;
    }
  };

  test(`CPython prints ${promised.length ? "the promised messages" : "nothing"} on stderr`, async () => {
    const run = await runPython(readTwinFile(folder, "main.py"), { filename: "main.py" });
    check(run.stderr);
  });

  test(`our runtime prints ${promised.length ? "them too" : "nothing either"}`, async () => {
    let stderr = "";
    await execute(typescriptFiles(folder), {
      entry: "main.ts",
      clock: "virtual",
      onStdout: () => {},
      onStderr: (text: string) => {
        stderr += text;
      },
    });
    check(stderr);
  });
});
