/**
 * The guide's pages in each of its languages, read from content/docs at build time (Node only):
 * English at the top, a translation's under content/docs/<lang>/, at the same paths.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { type Lang, languages } from "./lang.ts";

const translations: readonly Lang[] = (Object.keys(languages) as Lang[]).filter(
  (lang) => lang !== "en",
);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith(".mdx") ? [path] : [];
  });
}

/** The slugs of the pages `docs` holds in `lang` (`beginner/await-vs-task`, `index`), sorted. */
export function pageSlugs(docs: string, lang: Lang): string[] {
  const root = lang === "en" ? docs : join(docs, lang);
  return mdxFiles(root)
    .map((file) => relative(root, file).replace(/\.mdx$/, ""))
    .filter((slug) => lang !== "en" || !translations.includes(slug.split("/")[0] as Lang))
    .sort();
}

/**
 * Each translation's gaps: English pages it has no page for, and its pages with no English
 * page at that path (a renamed chapter's stale copy). Empty when every page has its twin.
 */
export function untranslatedPages(
  docs: string,
): { lang: Lang; missing: string[]; extra: string[] }[] {
  const english = new Set(pageSlugs(docs, "en"));
  return translations
    .map((lang) => {
      const translated = new Set(pageSlugs(docs, lang));
      return {
        lang,
        missing: [...english].filter((slug) => !translated.has(slug)),
        extra: [...translated].filter((slug) => !english.has(slug)),
      };
    })
    .filter((gap) => gap.missing.length > 0 || gap.extra.length > 0);
}
