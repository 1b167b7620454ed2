/**
 * The cheat sheet promises every public name of the runtime: each name `asyncio` exports has
 * a row, and each row's chapter is a page of the guide.
 */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import * as asyncio from "../../playground-runtime/src/asyncio/index.ts";

const rows: { id: string; python: string; chapter?: string; demo?: string }[] = parse(
  readFileSync(new URL("../../content/reference/cheat-sheet.yaml", import.meta.url), "utf8"),
);
const ALIASES: Record<string, string> = { AbstractEventLoop: "BaseEventLoop" };

test("every name asyncio exports has a cheat-sheet row", () => {
  const ids = new Set(rows.map((row) => row.id));
  const missing = Object.keys(asyncio).filter((name) => !ids.has(ALIASES[name] ?? name));
  expect(missing).toEqual([]);
});

test("every chapter and demo a row links to exists", () => {
  const broken = rows.flatMap((row) => [
    ...(row.chapter &&
    !existsSync(new URL(`../../content/docs/${row.chapter}.mdx`, import.meta.url))
      ? [`${row.id} → chapter ${row.chapter}`]
      : []),
    ...(row.demo && !existsSync(new URL(`../../content/demos/${row.demo}/main.ts`, import.meta.url))
      ? [`${row.id} → demo ${row.demo}`]
      : []),
  ]);
  expect(broken).toEqual([]);
});
