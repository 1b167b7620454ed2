/**
 * A learning-path chapter's link in a language: its translated page where there is one, its
 * title as that page gives it. Starlight serves an untranslated page under the language's
 * prefix too (the English text, with its notice), so the link stays in the reader's language.
 */
import { getCollection } from "astro:content";
import { type Lang, pagePath } from "../../i18n/lang.ts";

const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

export async function chapterLink(
  slug: string,
  lang: Lang,
): Promise<{ href: string; title: string; description?: string }> {
  // The collection, not getEntry: asking for a page not yet translated is not an error here.
  const pages = new Map((await getCollection("docs")).map((page) => [page.id, page]));
  const english = pages.get(slug);
  if (!english) throw new Error(`The learning path names "${slug}", which is not a page.`);
  const translated = lang === "en" ? undefined : pages.get(`${lang}/${slug}`);
  const { title, description } = (translated ?? english).data;
  return { href: `${base}${pagePath(slug, lang)}`, title, description };
}
