/** One link-preview card per page of the guide: /og/<page id>.png (the home page is /og/index.png). */

import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { splitPageId } from "../../i18n/lang.ts";
import { levelOf } from "../../learning-path.ts";
import { cardPng } from "../../lib/og-card.ts";

export const getStaticPaths = (async () => {
  // English pages only: a translation shares its twin's card (src/route-data.ts).
  const pages = await getCollection("docs", (page) => splitPageId(page.id).lang === "en");
  return pages.map((page) => ({ params: { slug: page.id }, props: { title: page.data.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const level = levelOf(params.slug ?? "index")?.level.en;
  const png = await cardPng(props.title as string, level === "Start here" ? undefined : level);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
