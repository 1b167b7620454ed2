/**
 * What a crawler, a link preview and a lost reader find: robots.txt, each page's preview
 * card, and a 404 page that leads back into the guide.
 */
import { expect, test } from "./fixtures.ts";

test("robots.txt lets every page be indexed and names the sitemap", async ({ request }) => {
  const response = await request.get("robots.txt");
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain("User-agent: *\nAllow: /");
  expect(text).toMatch(/^Sitemap: \S+\/inside-await\/sitemap-index\.xml$/m);
});

test("a chapter's link preview is a 1200×630 card of its own", async ({ page, request }) => {
  await page.goto("beginner/await-vs-task/");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/inside-await\/og\/beginner\/await-vs-task\.png$/);
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image ?? "");
  // The card is served by this site, whatever origin the build was told it has.
  const card = await request.get(new URL(image ?? "").pathname.replace("/inside-await/", ""));
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  // Another page has another card.
  const home = await request.get("og/index.png");
  expect(home.ok()).toBe(true);
  expect((await home.body()).equals(png)).toBe(false);
});

test("a Chinese chapter's link preview is a card of its own, not its English twin's", async ({
  page,
  request,
}) => {
  await page.goto("zh-cn/beginner/await-vs-task/");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/inside-await\/og\/zh-cn\/beginner\/await-vs-task\.png$/);
  const card = await request.get(new URL(image ?? "").pathname.replace("/inside-await/", ""));
  expect(card.headers()["content-type"]).toBe("image/png");
  const png = await card.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  const english = await request.get("og/beginner/await-vs-task.png");
  expect((await english.body()).equals(png)).toBe(false);
});

test("an unknown address shows the guide's 404 page, which leads to the learning path", async ({
  page,
}) => {
  const response = await page.goto("no/such/chapter/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not in the guide");
  await page.getByRole("link", { name: "learning path" }).click();
  await expect(page).toHaveURL(/\/inside-await\/start\/learning-path\/$/);
});
