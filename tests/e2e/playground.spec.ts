import { expect, test } from "./fixtures.ts";
import { CHAPTER, consoleOf, DEMO, openPlayground, replaceCode, runAndWait } from "./helpers.ts";
import { demoExpected, program } from "./programs.ts";

test("the chapter shows its demo's code with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await expect(playground.locator(".pg-static")).toContainText(
    'asyncio.create_task(fetch("a", 1))',
  );
  await context.close();
});

test("the editor takes the room the static code had: nothing below it moves", async ({
  browser,
  page,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noScript.newPage();
  await staticPage.goto(CHAPTER);
  const before = await staticPage.locator(`[data-demo="${DEMO}"]`).boundingBox();
  await noScript.close();
  const playground = await openPlayground(page);
  const after = await playground.boundingBox();
  expect(Math.abs((after?.height ?? 0) - (before?.height ?? 0))).toBeLessThan(2);
});

test("Run prints what CPython prints for the demo", async ({ page }) => {
  const playground = await openPlayground(page);
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
  await expect(playground.locator(".pg-status")).toContainText("Finished");
});

test("an edited program runs with Ctrl+Enter and prints its own output", async ({ page }) => {
  const edited = program("countdown");
  const playground = await openPlayground(page);
  await replaceCode(page, playground, edited.source);
  await page.keyboard.press("Control+Enter");
  await expect(playground).toHaveAttribute("data-status", "done");
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", edited.expected);
});

test("edits survive a reload, and Reset restores the demo", async ({ page }) => {
  const edited = program("countdown");
  let playground = await openPlayground(page);
  await replaceCode(page, playground, edited.source);
  await page.reload();
  playground = await openPlayground(page);
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", edited.expected);

  await playground.getByRole("button", { name: "Reset" }).click();
  await playground.getByRole("alertdialog").getByRole("button", { name: "Discard edits" }).click();
  await expect(playground.locator(".cm-content").first()).toContainText("await two Tasks");
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
});

test("a share link carries the edit and does not run it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const edited = program("countdown");
  const playground = await openPlayground(page);
  await replaceCode(page, playground, edited.source);
  await playground.getByRole("button", { name: "Share" }).click();
  await expect(playground.getByRole("status")).toContainText("Copied a link");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("#share=");

  const reader = await context.newPage();
  await reader.goto(link);
  const shared = reader.locator(`[data-demo="${DEMO}"]`);
  await expect(shared.locator(".cm-content").first()).toContainText("countdown");
  await expect(shared.getByRole("status")).toContainText("It has not run");
  await expect(consoleOf(shared)).toHaveText("");
  await expect(shared).toHaveAttribute("data-status", "idle");
  await runAndWait(shared);
  await expect(consoleOf(shared)).toHaveJSProperty("textContent", edited.expected);
});

test("a broken share link says so and keeps the demo", async ({ page }) => {
  await page.goto(`${CHAPTER}#share=not-really-a-share-link`);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await expect(playground.getByRole("alert")).toContainText("This share link is broken");
  await expect(playground.locator(".cm-content").first()).toContainText("await two Tasks");
});
