/**
 * Starlight route middleware (its documented seam for per-page head data): every page names
 * its link-preview card, in its own language, as og:image and twitter:image.
 */
import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { cardPath } from "./lib/og-card.ts";

export const onRequest = defineRouteMiddleware((context) => {
  const { id, head } = context.locals.starlightRoute;
  const image = new URL(`${import.meta.env.BASE_URL}og/${cardPath(id)}.png`, context.site).href;
  head.push(
    { tag: "meta", attrs: { property: "og:image", content: image } },
    { tag: "meta", attrs: { property: "og:image:width", content: "1200" } },
    { tag: "meta", attrs: { property: "og:image:height", content: "630" } },
    { tag: "meta", attrs: { name: "twitter:image", content: image } },
  );
});
