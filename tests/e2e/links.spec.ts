import { expect, test } from "./fixtures.ts";

test("every link between the site's pages leads to a page", async ({ page, request, baseURL }) => {
  // It visits every page of the site, in both languages: give it five minutes.
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? "").origin;
  const sitemap = await (await request.get("sitemap-0.xml")).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => origin + new URL(match[1]).pathname,
  );
  expect(pages.length).toBeGreaterThan(3);

  const targets = new Map<string, string>();
  for (const url of pages) {
    await page.goto(url, { waitUntil: "domcontentloaded" });
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      target.hash = "";
      if (!targets.has(target.href)) targets.set(target.href, url);
    }
  }
  const broken: string[] = [];
  for (const [target, from] of targets) {
    const response = await request.get(target);
    if (!response.ok()) broken.push(`${target} (linked from ${from}): ${response.status()}`);
  }
  expect(broken).toEqual([]);
});
