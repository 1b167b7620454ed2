/**
 * The proof behind every demo: its Python twin, run by CPython 3.14, prints expected.txt; and
 * its TypeScript, run by our compiler and runtime, prints the same. (The browser's copy of the
 * proof is the end-to-end suite.) Also: every demo is complete, and every playground a chapter
 * embeds names a demo that exists.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { execute } from "../../playground-runtime/src/execute/index.ts";
import { runPython } from "../../playground-runtime/twin/cpython.ts";
import {
  chapterPages,
  demoFolders,
  readTwinFile,
  TWIN_FILES,
  typescriptFiles,
} from "../demo-folders.ts";

const folders = demoFolders();

test("there are demos to prove", () => {
  expect(folders.length).toBeGreaterThan(0);
});

test("every demo folder has main.ts, its Python twin and CPython's expected output", () => {
  const incomplete = folders.flatMap((folder) =>
    TWIN_FILES.filter((name) => !existsSync(join(folder.dir, name))).map(
      (name) => `${folder.path} lacks ${name}`,
    ),
  );
  expect(incomplete).toEqual([]);
});

test("every playground in a chapter names a demo that exists", () => {
  const known = new Set(
    folders.filter((folder) => folder.path.startsWith("content/demos/")).map((f) => f.id),
  );
  const missing = chapterPages().flatMap((page) =>
    page.demos
      .filter((id) => !known.has(id))
      .map((id) => `${page.path} embeds missing demo "${id}"`),
  );
  expect(missing).toEqual([]);
});

describe.each(folders)("$path", (folder) => {
  const expected = existsSync(join(folder.dir, "expected.txt"))
    ? readTwinFile(folder, "expected.txt")
    : null;

  test("CPython prints expected.txt for the twin", async () => {
    const result = await runPython(readTwinFile(folder, "main.py"), { filename: "main.py" });
    expect(result.stdout).toBe(expected);
  });

  test("our runtime prints expected.txt for the playground", async () => {
    let stdout = "";
    await execute(typescriptFiles(folder), {
      entry: "main.ts",
      clock: "virtual",
      onStdout: (text: string) => {
        stdout += text;
      },
      onStderr: () => {},
    });
    expect(stdout).toBe(expected);
  });
});
