/**
 * One link-preview card per page of the guide, in its language: /og/<slug>.png for an English
 * page (the home page is /og/index.png), /og/zh-cn/<slug>.png for its Chinese twin.
 */

import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { type Lang, splitPageId } from "../../i18n/lang.ts";
import { levelOf } from "../../learning-path.ts";
import { cardPath, cardPng } from "../../lib/og-card.ts";

export const getStaticPaths = (async () => {
  const pages = await getCollection("docs");
  return pages.map((page) => {
    const { lang, slug } = splitPageId(page.id);
    return { params: { slug: cardPath(page.id) }, props: { title: page.data.title, lang, slug } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { title, lang, slug } = props as { title: string; lang: Lang; slug: string };
  const level = levelOf(slug);
  const shown = level && level.level.en !== "Start here" ? level.level[lang] : undefined;
  const png = await cardPng(title, shown, lang);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
