/**
 * Starlight route middleware (its documented seam for per-page head data): every page names
 * its link-preview card as og:image and twitter:image. A translated page shares its English
 * twin's card: the cards are drawn at build time with the fonts the machine has, and those
 * draw Latin text only.
 */
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { splitPageId } from "./i18n/lang.ts";

export const onRequest = defineRouteMiddleware((context) => {
  const { id, head } = context.locals.starlightRoute;
  const { slug } = splitPageId(id);
  const image = new URL(`${import.meta.env.BASE_URL}og/${slug}.png`, context.site).href;
  head.push(
    { tag: "meta", attrs: { property: "og:image", content: image } },
    { tag: "meta", attrs: { property: "og:image:width", content: "1200" } },
    { tag: "meta", attrs: { property: "og:image:height", content: "630" } },
    { tag: "meta", attrs: { name: "twitter:image", content: image } },
  );
});
