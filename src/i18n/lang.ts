/**
 * The guide's languages. English is the default and lives at the site's root; every other
 * language lives under its own prefix (`/zh-cn/…`), with the same page paths below it.
 */
export const languages = {
  en: { label: "English", lang: "en" },
  "zh-cn": { label: "简体中文", lang: "zh-CN" },
} as const;

export type Lang = keyof typeof languages;

/** The language Astro names a page's locale by (`Astro.currentLocale`), or a page's `lang`. */
export function langOf(locale: string | undefined): Lang {
  const lower = locale?.toLowerCase() ?? "";
  return lower === "zh-cn" || lower.startsWith("zh") ? "zh-cn" : "en";
}

/** The language of the page this runs in (its `<html lang>`); English outside a page. */
export function pageLang(): Lang {
  // Read through globalThis: this module is also loaded where there is no DOM (build, tests).
  const page = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  return langOf(page?.documentElement.lang);
}

/**
 * A page id (`zh-cn/beginner/await-vs-task`, `beginner/await-vs-task`, `zh-cn`) split into
 * its language and the slug it has in every language (`index` for the home page). Progress,
 * the learning path and the demos go by that slug, so they are the same in each language.
 */
export function splitPageId(id: string): { lang: Lang; slug: string } {
  for (const lang of Object.keys(languages) as Lang[]) {
    if (lang === "en") continue;
    if (id === lang) return { lang, slug: "index" };
    if (id.startsWith(`${lang}/`)) return { lang, slug: id.slice(lang.length + 1) };
  }
  return { lang: "en", slug: id || "index" };
}

/** The path (below the site's base) of `slug`'s page in `lang`, with a trailing slash. */
export function pagePath(slug: string, lang: Lang): string {
  const path = slug === "index" ? "" : `${slug}/`;
  return lang === "en" ? path : `${lang}/${path}`;
}
