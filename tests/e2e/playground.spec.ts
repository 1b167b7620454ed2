import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";
import {
  CHAPTER,
  consoleOf,
  DEMO,
  openPlayground,
  replaceCode,
  runAndWait,
  wakePlayground,
} from "./helpers.ts";
import { demoExpected, program } from "./programs.ts";

test("the chapter shows its demo's code with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await expect(playground.locator(".pg-static")).toContainText(
    'asyncio.create_task(fetch("a", 1))',
  );
  // Whole: Show more could not open it without scripts.
  await expect(playground.locator(".pg-fold")).toBeHidden();
  const box = await playground.locator(".pg-code").boundingBox();
  const last = await playground.locator(".pg-static .line").last().boundingBox();
  expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(
    (box?.y ?? 0) + (box?.height ?? 0),
  );
  await context.close();
});

test("the editor takes the room the static code had: nothing below it moves", async ({ page }) => {
  await page.goto(CHAPTER);
  const preview = page.locator(`[data-demo="${DEMO}"]`).first();
  await preview.scrollIntoViewIfNeeded();
  // The preview as the page has it once it can act on it (its note says so).
  await expect(preview.getByText("Preview · the editor loads")).toBeVisible();
  const before = await preview.boundingBox();
  const playground = await wakePlayground(page, DEMO);
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

const twinSource = () =>
  readFileSync(new URL(`../../content/demos/${DEMO}/main.py`, import.meta.url), "utf8");

test("Copy copies the file of the tab shown, the Python twin too", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const playground = await openPlayground(page);
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  await playground.getByRole("button", { name: "Copy" }).click();
  await expect(playground.getByRole("status").filter({ hasText: "Copied" })).toHaveText(
    "Copied main.py to the clipboard.",
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twinSource());
});

test("Download saves the file of the tab shown, as edited", async ({ page }) => {
  const playground = await openPlayground(page);
  const save = async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      playground.getByRole("button", { name: "Download", exact: true }).click(),
    ]);
    return {
      name: download.suggestedFilename(),
      text: readFileSync((await download.path())!, "utf8"),
    };
  };
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  const edited = 'print("edited for Download")\n';
  await replaceCode(page, playground, edited);
  expect(await save()).toEqual({ name: "main.py", text: edited });
  await playground.getByRole("tab", { name: /main\.ts/ }).click();
  expect(await save()).toEqual({
    name: "main.ts",
    text: readFileSync(new URL(`../../content/demos/${DEMO}/main.ts`, import.meta.url), "utf8"),
  });
});

test("line numbers are the code's size, on its baseline, on every tab; tabs keep the height", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  const height = (await playground.boundingBox())?.height;
  for (const tab of [/main\.py/, /main\.ts/]) {
    await playground.getByRole("tab", { name: tab }).click();
    // Line 3's number and line 3's code: same size, and their text sits on the same line.
    const [number, code] = await playground.evaluate((root) => {
      const textBox = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        // A long line may wrap (beside the console): its first row is the number's.
        const box = range.getClientRects()[0];
        return { size: getComputedStyle(el).fontSize, bottom: Math.round(box.bottom) };
      };
      const numbers = root.querySelectorAll(".cm-lineNumbers .cm-gutterElement");
      const lines = root.querySelectorAll(".cm-line");
      // The gutter's first element is a hidden sizer: line 3 is the fourth.
      return [textBox(numbers[3]), textBox(lines[2])];
    });
    expect(number.size).toBe(code.size);
    expect(Math.abs(number.bottom - code.bottom)).toBeLessThanOrEqual(1);
    expect((await playground.boundingBox())?.height).toBe(height);
  }
});

test("the editor loads on intent, not on sight, and says it is loading", async ({ page }) => {
  const editorRequests: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/LivePlayground\.[^/]*\.js$/, async (route) => {
    editorRequests.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await playground.scrollIntoViewIfNeeded();
  const note = playground.locator(".pg-tabs-note");
  await expect(note).toContainText("Preview");
  await page.waitForTimeout(1000);
  expect(editorRequests, "the editor loaded before the reader asked").toEqual([]);
  // The largest paint stays the build-time code until then.
  await expect(playground.locator(".pg-static")).toBeVisible();

  await playground.getByRole("button", { name: "Run" }).focus();
  await expect(note).toHaveText("Loading the editor…");
  expect(editorRequests).toHaveLength(1);
  release();
  await expect(playground.locator(".cm-content").first()).toBeVisible({ timeout: 15_000 });
});

test("Run on the static code wakes the editor and runs the demo", async ({ page }) => {
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await playground.scrollIntoViewIfNeeded();
  await expect(playground.locator(".pg-tabs-note")).toContainText("Preview");
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground).toHaveAttribute("data-status", "done", { timeout: 20_000 });
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
});

test("an edited playground says so, and Reset asks in the page before discarding", async ({
  page,
}) => {
  page.on("dialog", (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`);
  });
  const edited = program("countdown");
  let playground = await openPlayground(page);
  const reset = playground.getByRole("button", { name: "Reset" });
  await expect(reset).toHaveText("Reset");
  await replaceCode(page, playground, edited.source);
  await expect(reset).toHaveText("edited · Reset");
  await page.reload();
  playground = await openPlayground(page);
  await expect(reset).toHaveText("edited · Reset");

  await reset.click();
  const ask = playground.getByRole("alertdialog", { name: "Discard your edits" });
  await expect(ask.getByRole("button", { name: "Keep editing" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(ask).toHaveCount(0);
  await expect(playground.locator(".cm-content").first()).toContainText("countdown");

  await reset.click();
  await ask.getByRole("button", { name: "Discard edits" }).click();
  await expect(playground.locator(".cm-content").first()).toContainText("await two Tasks");
  await expect(reset).toHaveText("Reset");
  await page.reload();
  playground = await openPlayground(page);
  await expect(playground.locator(".cm-content").first()).toContainText("await two Tasks");
});

test("on a phone, long lines wrap and the controls are 44 px targets on at most three rows", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const edited = program("countdown");
  const playground = await openPlayground(page);
  await replaceCode(page, playground, edited.source); // "edited · Reset" takes room too
  const scroller = playground.locator(".cm-scroller");
  expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const boxes = await playground
    .locator(".pg-toolbar")
    .locator("button, select, label")
    .evaluateAll((controls) => controls.map((el) => el.getBoundingClientRect().toJSON()));
  for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
  // Eight controls of 44 px (Compare too, on a demo with a twin) flow onto three rows at most.
  const rows = new Set(boxes.map((box: DOMRect) => Math.round(box.top)));
  expect(rows.size).toBeLessThanOrEqual(3);
});

test("tabbing onto the code wakes the editor without trapping Tab in it", async ({ page }) => {
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await playground.scrollIntoViewIfNeeded();
  await expect(playground.locator(".pg-tabs-note")).toContainText("Preview");
  await playground.locator(".pg-static pre").focus();
  // Sandpack's editor box: Enter starts editing, Tab leaves.
  const box = playground.locator(".sp-cm");
  await expect(box).toBeFocused({ timeout: 15_000 });
  await page.keyboard.press("Tab");
  await expect(box).not.toBeFocused();
  await expect(playground.locator(".cm-line").first()).toHaveText(
    'import * as asyncio from "asyncio";',
  );
});
