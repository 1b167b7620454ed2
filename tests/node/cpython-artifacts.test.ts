/**
 * The CPython artefacts a chapter shows (`dis` listings, frame dumps) are CPython's output,
 * never pasted: each is regenerated here from its demo's Python twin under CPython 3.14 and
 * must equal the committed file. A stale one fails with the command that refreshes it.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ARTIFACTS, artifactPath, committed, generate } from "../../scripts/cpython-artifacts.ts";
import { chapterPages, readChapter } from "../demo-folders.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

describe.each(ARTIFACTS)("$demo/$output", (artifact) => {
  test("is what CPython 3.14 prints for it now (refresh: npm run artifacts)", async () => {
    const text = await generate(artifact);
    expect(text.length).toBeGreaterThan(0);
    expect(committed(artifact), `${artifactPath(artifact)} is stale or missing`).toBe(text);
  });
});

test("every <CpythonOutput> in a chapter shows an artefact this script makes", () => {
  const made = new Set(ARTIFACTS.map((artifact) => `${artifact.demo}/${artifact.output}`));
  const unknown = chapterPages().flatMap((page) =>
    [...readChapter(page).matchAll(/<CpythonOutput\s+demo="([^"]+)"\s+file="([^"]+)"/g)]
      .map((match) => `${match[1]}/${match[2]}`)
      .filter((id) => !made.has(id) || !existsSync(join(ROOT, "content/demos", id)))
      .map((id) => `${page.path} shows ${id}, which no artefact makes`),
  );
  expect(unknown).toEqual([]);
});
