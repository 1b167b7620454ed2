/** One link-preview card per page of the guide: /og/<page id>.png (the home page is /og/index.png). */

import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { levelOf } from "../../learning-path.ts";
import { cardPng } from "../../lib/og-card.ts";

export const getStaticPaths = (async () => {
  const pages = await getCollection("docs");
  return pages.map((page) => ({ params: { slug: page.id }, props: { title: page.data.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const level = levelOf(params.slug ?? "index")?.level;
  const png = await cardPng(props.title as string, level === "Start here" ? undefined : level);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
