/**
 * The demo folders the proofs run: the guide's demos (content/demos) and the programs the
 * end-to-end tests type into a playground (tests/e2e/programs). Each holds main.ts, its Python
 * twin main.py, and expected.txt — what CPython printed for the twin. Also the guide's pages
 * (content/docs) and the demos each one embeds, for the checks that walk the chapters.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type Lang, pagePath } from "../src/i18n/lang.ts";
import { pageSlugs } from "../src/i18n/pages.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const DEMO_ROOTS = ["content/demos", "tests/e2e/programs"];
export const TWIN_FILES = ["main.ts", "main.py", "expected.txt"] as const;

export interface DemoFolder {
  /** The folder relative to the repository, e.g. content/demos/beginner/await-vs-task. */
  path: string;
  /** The id chapters use: the path below content/demos (or tests/e2e/programs). */
  id: string;
  dir: string;
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir);
  const here = entries.some((name) => name.endsWith(".ts") || name.endsWith(".py")) ? [dir] : [];
  return [
    ...here,
    ...entries
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isDirectory())
      .flatMap(walk),
  ];
}

export function demoFolders(): DemoFolder[] {
  return DEMO_ROOTS.flatMap((root) => {
    const base = join(ROOT, root);
    if (!existsSync(base)) return [];
    return walk(base).map((dir) => ({
      path: relative(ROOT, dir),
      id: relative(base, dir),
      dir,
    }));
  });
}

/** The demo's TypeScript files by name (the playground's files). */
export function typescriptFiles(folder: DemoFolder): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder.dir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => [name, readFileSync(join(folder.dir, name), "utf8")]),
  );
}

export function readTwinFile(folder: DemoFolder, name: (typeof TWIN_FILES)[number]): string {
  return readFileSync(join(folder.dir, name), "utf8");
}

const DOCS = join(ROOT, "content/docs");

export interface ChapterPage {
  /** The page's slug, as the learning path names it: beginner/await-vs-task, index. */
  slug: string;
  /** The page's path below the site's base: beginner/await-vs-task/, zh-cn/beginner/…/. */
  url: string;
  /** The MDX file, relative to the repository. */
  path: string;
  /** The demos its playgrounds show (`<Playground demo="…" />`), in page order. */
  demos: string[];
}

/**
 * Every page of the guide in `lang` (content/docs, a translation's under content/docs/<lang>),
 * with the demos it embeds.
 */
export function chapterPages(lang: Lang = "en"): ChapterPage[] {
  const root = lang === "en" ? DOCS : join(DOCS, lang);
  return pageSlugs(DOCS, lang).map((slug) => {
    const file = join(root, `${slug}.mdx`);
    return {
      slug,
      url: pagePath(slug, lang),
      path: relative(ROOT, file),
      demos: [...readFileSync(file, "utf8").matchAll(/<Playground\s+demo="([^"]+)"/g)].map(
        (match) => match[1],
      ),
    };
  });
}

/** A page's MDX source. */
export function readChapter(page: ChapterPage): string {
  return readFileSync(join(ROOT, page.path), "utf8");
}
