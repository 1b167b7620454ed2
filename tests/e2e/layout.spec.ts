/**
 * Where a playground's parts sit, as a reader sees them on a laptop and on a phone: the console
 * (or the visualizer, while it is open) beside the code on a wide playground, under it on a
 * narrow one; and what is kept where (edits belong to the copy of a demo they were made in).
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import {
  consoleOf,
  DEMO,
  openPlayground,
  replaceCode,
  runAndWait,
  wakePlayground,
} from "./helpers.ts";
import { demoExpected } from "./programs.ts";

const LOOP_CHAPTER = "expert/call-soon-call-later/";
const LOOP_DEMO = "expert/call-soon-call-later";

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error("not displayed");
  return found;
};
const codeOf = (playground: Locator) => playground.locator(".pg-source");
const visualizerOf = (playground: Locator) =>
  playground.getByRole("region", { name: "Event-loop visualizer" });

/** Visualize, then step until the editor marks a line. */
async function visualizeToAMark(page: Page, playground: Locator): Promise<Locator> {
  await playground.getByRole("button", { name: "Visualize" }).click();
  await expect(visualizerOf(playground)).toBeFocused();
  const mark = playground.locator(".cm-content .pg-line").first();
  await expect(async () => {
    await page.keyboard.press("ArrowRight");
    await expect(mark).toBeVisible({ timeout: 200 });
  }).toPass();
  return mark;
}

const horizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("at 1280×800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the console is beside the code, from its top; a Run's output shows there and the page stays put", async ({
    page,
  }) => {
    const playground = await openPlayground(page);
    await playground.getByRole("button", { name: "Run", exact: true }).evaluate((run) => {
      run.scrollIntoView({ block: "start" });
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    const [code, output] = [codeOf(playground), playground.locator(".pg-console-wrap")];
    const [codeBox, outputBox] = [await box(code), await box(output)];
    expect(outputBox.x).toBeGreaterThanOrEqual(codeBox.x + codeBox.width - 1);
    expect(Math.abs(outputBox.y - codeBox.y)).toBeLessThan(2);
    await runAndWait(playground);
    await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
    // How it ended, and every line it printed, are on screen.
    await expect(playground.locator(".pg-status")).toBeInViewport({ ratio: 1 });
    await expect(playground.locator(".pg-status")).toHaveText(/^Finished in/);
    const printedBottom = await consoleOf(playground).evaluate((console) => {
      const text = document.createRange();
      text.selectNodeContents(console);
      return text.getBoundingClientRect().bottom;
    });
    expect(printedBottom).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test("long output scrolls inside the console, which keeps its height", async ({ page }) => {
    const playground = await openPlayground(page);
    const output = playground.locator(".pg-console-wrap");
    await replaceCode(page, playground, 'for (let i = 0; i < 300; i++) print("line " + i);\n');
    const before = (await box(output)).height;
    await runAndWait(playground);
    await expect(consoleOf(playground)).toContainText("line 299");
    expect((await box(output)).height).toBe(before);
    const console = consoleOf(playground);
    expect(await console.evaluate((c) => c.scrollHeight > c.clientHeight)).toBe(true);
  });

  test("the visualizer's queues are beside the line marks they explain, and stay as the code scrolls", async ({
    page,
  }) => {
    const playground = await openPlayground(page, LOOP_CHAPTER, LOOP_DEMO);
    const mark = await visualizeToAMark(page, playground);
    const ready = visualizerOf(playground).getByRole("region", { name: "Ready queue" });
    await expect(mark).toBeInViewport();
    await expect(ready).toBeInViewport();
    expect((await box(ready)).x).toBeGreaterThan((await box(codeOf(playground))).x + 300);
    // Reading lower in the code, all of it shown, the queues are still on screen beside it.
    await playground.getByRole("button", { name: /^Show \d+ more lines$/ }).click();
    await playground
      .locator(".cm-line")
      .nth(24)
      .evaluate((line) => {
        line.scrollIntoView({ block: "center" });
      });
    await expect(ready).toBeInViewport();
  });
});

test.describe("at 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the console is under the code, nothing scrolls sideways, the controls are 44 px tall, and a Run brings the output into view", async ({
    page,
  }) => {
    const playground = await openPlayground(page);
    const codeBox = await box(codeOf(playground));
    const output = playground.locator(".pg-console-wrap");
    expect((await box(output)).y).toBeGreaterThanOrEqual(codeBox.y + codeBox.height - 1);
    for (const control of await playground.locator(".pg-toolbar button").all()) {
      expect((await box(control)).height).toBeGreaterThanOrEqual(44);
    }
    await playground.getByRole("button", { name: "Run", exact: true }).evaluate((run) => {
      run.scrollIntoView({ block: "start" });
    });
    await runAndWait(playground);
    await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
    await expect(output).toBeInViewport();
    expect(await horizontalScroll(page)).toBe(0);
  });

  test("the visualizer opens right under the code, its panels one above the other", async ({
    page,
  }) => {
    const playground = await openPlayground(page, LOOP_CHAPTER, LOOP_DEMO);
    await visualizeToAMark(page, playground);
    const codeBox = await box(codeOf(playground));
    const visualizer = visualizerOf(playground);
    expect(Math.abs((await box(visualizer)).y - (codeBox.y + codeBox.height))).toBeLessThan(2);
    const ready = await box(visualizer.getByRole("region", { name: "Ready queue" }));
    const timers = await box(visualizer.getByRole("region", { name: "Timer heap" }));
    expect(timers.y).toBeGreaterThan(ready.y + ready.height - 1);
    expect(await horizontalScroll(page)).toBe(0);
  });
});

test("while the visualizer is open nothing asks to press Run; closed, the console says how the run ended", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await playground.getByRole("button", { name: "Visualize" }).click();
  const visualizer = visualizerOf(playground);
  await expect(visualizer).toBeVisible();
  await expect(playground).toHaveAttribute("data-status", "done");
  await expect(playground).not.toContainText("Press Run");
  await visualizer.getByRole("button", { name: "Close" }).click();
  await expect(playground.locator(".pg-status")).toHaveText(/^Finished in/);
});

test("an edit is kept for the copy it was made in: after a reload the chapter's other copy shows the demo", async ({
  page,
}) => {
  await page.goto(LOOP_CHAPTER);
  const first = await wakePlayground(page, LOOP_DEMO);
  await replaceCode(page, first, 'print("my edit");\n');
  await expect(first.getByText("edited", { exact: false }).first()).toBeVisible();
  await page.reload();
  const reloaded = page.locator(`[data-demo="${LOOP_DEMO}"]`);
  await expect(reloaded.nth(0).locator(".cm-content").first()).toHaveText('print("my edit");');
  const second = reloaded.nth(1);
  await second.scrollIntoViewIfNeeded();
  // The visualized copy opens on the demo, at the moment its prose explains.
  await expect(visualizerOf(second)).toBeVisible({ timeout: 15_000 });
  await expect(second.locator(".cm-content").first()).toContainText("loop.call_later(0.2");
});

test.describe("on a desktop, as a long chapter loads", () => {
  test.use({ viewport: { width: 1350, height: 940 } });

  test("the table of contents is at the right from the first paint, before the text is parsed", async ({
    page,
  }) => {
    await page.goto("expert/task-lifecycle-cancel/");
    const contents = page.locator(".right-sidebar");
    const settled = await box(contents);
    // A long page paints while the browser is still parsing it: the contents (earlier in the
    // document) are there, the chapter's text not yet. The contents must already sit where
    // they will stay, or they jump right as the text arrives.
    await page.locator(".main-pane").evaluate((text) => text.remove());
    const first = await box(contents);
    expect(first.x).toBe(settled.x);
    expect(settled.x).toBeGreaterThan(1350 / 2);
  });
});
