import { learningPath } from "../../src/learning-path.ts";
import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { pagePath } from "./helpers.ts";

const GROUPS = [
  "Start here",
  "Beginner — how await works",
  "Intermediate — advanced principles",
  "Advanced — best practices",
  "Expert — event-loop internals",
  "Reference",
];

test("the sidebar is the learning path: six levels, in order", async ({ page }) => {
  await page.goto("");
  const groups = page.locator("#starlight__sidebar .top-level > li > details > summary");
  await expect(groups).toHaveText(GROUPS);
});

test("a chapter marked done stays done, in the sidebar and on the landing page", async ({
  page,
}) => {
  await page.goto("beginner/await-vs-task/");
  await expect(page.locator(".level-badge")).toHaveText("Beginner");
  const link = page.locator("#starlight__sidebar a", { hasText: "await vs Task" });
  await expect(link.locator(".done-badge")).toBeHidden();
  const mark = page.getByRole("button", { name: "Mark as done" });
  await mark.click();
  await expect(mark).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await expect(link).toContainText("(done)");
  await expect(link.locator(".done-badge")).toBeVisible();

  await page.goto("");
  await expect(page.locator("[data-progress-count]")).toHaveText(/^1 of \d+$/);
});

test("checklist ticks survive a reload", async ({ page }) => {
  await page.goto("reference/checklist/");
  const first = page.getByRole("checkbox").first();
  await first.check();
  await page.reload();
  await expect(page.getByRole("checkbox").first()).toBeChecked();
  await expect(page.getByRole("checkbox").nth(1)).not.toBeChecked();
});

test("typing 'call soon' in the cheat-sheet filter keeps call_soon and hides the rest", async ({
  page,
}) => {
  await page.goto("reference/cheat-sheet/");
  await page.getByLabel("Filter").fill("call soon");
  const callSoon = page.locator("#cs-call_soon");
  await expect(callSoon).toBeVisible();
  // Its links name the chapter by its title, never by an internal id.
  await expect(callSoon.getByRole("link", { name: "Why the loop uses call_soon" })).toBeVisible();
  await expect(page.locator("#cs-gather")).toBeHidden();
  await expect(page.locator("#cs-await-coroutine")).toBeHidden();
  for (const spelling of ["call_soon", "callsoon"]) {
    await page.getByLabel("Filter").fill(spelling);
    await expect(callSoon).toBeVisible();
  }
  await expect(page).toHaveURL(/\?q=callsoon$/);
});

test("?q=gather pre-filters the cheat sheet", async ({ page }) => {
  await page.goto("reference/cheat-sheet/?q=gather");
  await expect(page.getByLabel("Filter")).toHaveValue("gather");
  await expect(page.locator("#cs-gather")).toBeVisible();
  await expect(page.locator("#cs-call_soon")).toBeHidden();
});

test("the cheat sheet lists every row without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("reference/cheat-sheet/");
  await expect(page.locator("#cs-call_soon")).toBeVisible();
  await expect(page.locator("#cs-gather")).toBeVisible();
  await context.close();
});

test("the search button has a name at every width", async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("");
    await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
  }
});

test("site search opens with / and finds add_done_callback in the wake-up chapter", async ({
  page,
}) => {
  await page.goto("");
  const search = page.locator("#starlight__search input");
  // Pagefind's box is created once the page is idle; a reader never types before that.
  await search.waitFor({ state: "attached" });
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await search.fill("add_done_callback");
  // The first search loads Pagefind's index: allow it the time a slow machine takes.
  await expect(
    page.getByRole("dialog").locator("a[href*='beginner/waking-a-task']").first(),
  ).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press("Escape");
  await page.keyboard.press("ControlOrMeta+k");
  await expect(search).toBeFocused();
});

const pages = learningPath.flatMap((level) => level.chapters.map(({ slug }) => pagePath(slug)));

for (const path of pages) {
  test(`no axe violations on /${path}, in the dark theme and the light`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(path);
    expect(await axeViolations(page), "dark theme").toEqual([]);
    // The themes differ only in colour: the light one is checked for contrast.
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator(":root")).toHaveAttribute("data-theme", "light");
    expect(await axeViolations(page, { rules: ["color-contrast"] }), "light theme").toEqual([]);
  });
}
