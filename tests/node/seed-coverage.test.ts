/**
 * docs/seed-coverage.md maps every section of the seed the guide was made from to the pages
 * and demos that teach it. These checks keep the map honest as chapters move: no seed section
 * without a row, no row without a chapter, and every chapter and demo it names is real — a
 * page on the learning path, and a demo that one of the row's chapters actually embeds.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { learningPath } from "../../src/learning-path.ts";
import { chapterPages, demoFolders } from "../demo-folders.ts";

const TABLE = new URL("../../docs/seed-coverage.md", import.meta.url);

/** The seed's sections (OUTLINE.md), each numbered as the table numbers it. */
const range = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);
const SEED_SECTIONS = [
  ...range("T", 5), // theory notes
  ...range("1", 5), // await_principle_demo.py
  "1.K",
  ...range("2", 6), // await_advanced_demo.py
  "2.K",
  ...range("3", 6), // await_best_practices.py
  "3.K",
  ...range("4", 6), // event_loop_internals.py
  "4.K",
  ...range("C", 5), // core concepts summary
  ...range("L", 4), // learning path
  ...range("P", 2), // performance comparison
  ...range("D", 3), // debugging tips
  ...range("R", 5), // resources
  ...range("S", 12), // cheat sheet
  ...range("K", 12), // learning checklist
  ...range("N", 4), // next steps
  "Q.1", // quick start
  "G.1", // goals
  ...range("I", 7), // where the seed is imprecise
];

interface Row {
  line: number;
  seed: string;
  chapters: string[];
  demos: string[];
  problems: string[];
}

/** The backticked names of a cell, and whatever else it holds besides commas and spaces. */
function names(cell: string): { names: string[]; rest: string } {
  return {
    names: [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]),
    rest: cell.replace(/`[^`]+`/g, "").replace(/[,\s]/g, ""),
  };
}

function parseTable(markdown: string): Row[] {
  const lines = markdown.split("\n");
  const header = lines.findIndex((line) => /^\|\s*seed\s*\|/.test(line));
  if (header < 0) return [];
  const rows: Row[] = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith("|"); i++) {
    const cells = lines[i]
      .split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
    const problems: string[] = [];
    if (cells.length !== 5) problems.push(`has ${cells.length} cells, not 5`);
    const [seed = "", , what = "", chapterCell = "", demoCell = ""] = cells;
    if (!what) problems.push("says nothing about the seed section");
    const chapters = names(chapterCell);
    if (chapters.rest) problems.push(`chapters cell has more than slugs: "${chapterCell}"`);
    const demos = demoCell === "—" ? { names: [], rest: "" } : names(demoCell);
    if (demos.rest || (demoCell !== "—" && demos.names.length === 0)) {
      problems.push(`demos cell is neither demo ids nor "—": "${demoCell}"`);
    }
    rows.push({ line: i + 1, seed, chapters: chapters.names, demos: demos.names, problems });
  }
  return rows;
}

const rows = parseTable(readFileSync(TABLE, "utf8"));
const pages = new Map(chapterPages().map((page) => [page.slug, page]));
const onThePath = new Set(learningPath.flatMap((level) => level.chapters.map((c) => c.slug)));
const demos = new Set(
  demoFolders()
    .filter((folder) => folder.path.startsWith("content/demos/"))
    .map((folder) => folder.id),
);

test("every section of the seed has a row, and no row appears twice", () => {
  const seen = rows.map((row) => row.seed);
  expect(SEED_SECTIONS.filter((id) => !seen.includes(id))).toEqual([]);
  expect(seen.filter((id, i) => seen.indexOf(id) !== i)).toEqual([]);
  expect(seen.filter((id) => !SEED_SECTIONS.includes(id))).toEqual([]);
});

describe.each(rows)("row $seed (line $line)", (row) => {
  test("is well formed", () => {
    expect(row.problems).toEqual([]);
  });

  test("names at least one chapter, each a page on the learning path", () => {
    expect(row.chapters.length).toBeGreaterThan(0);
    expect(row.chapters.filter((slug) => !pages.has(slug))).toEqual([]);
    expect(row.chapters.filter((slug) => !onThePath.has(slug))).toEqual([]);
  });

  test("names only demos that exist and that one of its chapters embeds", () => {
    expect(row.demos.filter((id) => !demos.has(id))).toEqual([]);
    const embedded = new Set(row.chapters.flatMap((slug) => pages.get(slug)?.demos ?? []));
    expect(row.demos.filter((id) => !embedded.has(id))).toEqual([]);
  });
});
