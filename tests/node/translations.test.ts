/**
 * Every page of the guide has its twin in each language (the production build refuses to run
 * otherwise, in astro.config.mjs): the check itself, on the guide and on a made-up folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { untranslatedPages } from "../../src/i18n/pages.ts";

const DOCS = new URL("../../content/docs", import.meta.url).pathname;

describe("translations", () => {
  test("every English page has a Chinese twin, and every Chinese page an English one", () => {
    expect(untranslatedPages(DOCS)).toEqual([]);
  });

  test("a page missing in Chinese, and a Chinese page left over from a rename, are named", () => {
    const docs = mkdtempSync(join(tmpdir(), "docs-"));
    for (const page of ["index", "beginner/a", "beginner/b", "zh-cn/index", "zh-cn/beginner/c"]) {
      mkdirSync(dirname(join(docs, `${page}.mdx`)), { recursive: true });
      writeFileSync(join(docs, `${page}.mdx`), "---\ntitle: x\n---\n");
    }
    expect(untranslatedPages(docs)).toEqual([
      { lang: "zh-cn", missing: ["beginner/a", "beginner/b"], extra: ["beginner/c"] },
    ]);
  });
});
