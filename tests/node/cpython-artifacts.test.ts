/**
 * The CPython artefacts a chapter shows (`dis` listings, frame dumps) are CPython's output,
 * never pasted: each is regenerated here from its demo's Python twin under CPython 3.14 and
 * must equal the committed file. A stale one fails with the command that refreshes it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ARTIFACTS, artifactPath, committed, generate } from "../../scripts/cpython-artifacts.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const CHAPTERS = join(ROOT, "content/docs");

function chapterFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return chapterFiles(path);
    return entry.name.endsWith(".mdx") ? [path] : [];
  });
}

describe.each(ARTIFACTS)("$demo/$output", (artifact) => {
  test("is what CPython 3.14 prints for it now (refresh: npm run artifacts)", async () => {
    const text = await generate(artifact);
    expect(text.length).toBeGreaterThan(0);
    expect(committed(artifact), `${artifactPath(artifact)} is stale or missing`).toBe(text);
  });
});

test("every <CpythonOutput> in a chapter shows an artefact this script makes", () => {
  const made = new Set(ARTIFACTS.map((artifact) => `${artifact.demo}/${artifact.output}`));
  const unknown = chapterFiles(CHAPTERS).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/<CpythonOutput\s+demo="([^"]+)"\s+file="([^"]+)"/g)]
      .map((match) => `${match[1]}/${match[2]}`)
      .filter((id) => !made.has(id) || !existsSync(join(ROOT, "content/demos", id)))
      .map((id) => `${file.slice(CHAPTERS.length + 1)} shows ${id}, which no artefact makes`),
  );
  expect(unknown).toEqual([]);
});
