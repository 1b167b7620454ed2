import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { runAndWait, wakePlayground } from "./helpers.ts";

const CHAPTER = "reference/serial-vs-concurrent/";
const DEMO = "reference/serial-vs-concurrent";
/** The demo's lanes: main, the five gathered fetches, asyncio.run's two shut-down tasks. */
const LANES = [
  "Task-1",
  "Task-2",
  "Task-3",
  "Task-4",
  "Task-5",
  "Task-6",
  "Task-7",
  "Task-8",
  "callbacks",
  "timers due",
];

const lanesOf = (timeline: Locator) => timeline.locator(".tl-lane");
const lane = (timeline: Locator, name: string) => timeline.locator(`.tl-lane[data-lane="${name}"]`);
const bars = (timeline: Locator, name: string) => lane(timeline, name).locator(".tl-run");

/** The serial-vs-concurrent playground, visualized: its visualizer and the timeline in it. */
async function openVisualized(page: Page) {
  await page.goto(CHAPTER);
  const playground = await wakePlayground(page, DEMO);
  await playground.getByRole("button", { name: "Visualize" }).click();
  const visualizer = playground.getByRole("region", { name: "Event-loop visualizer" });
  await expect(visualizer).toBeVisible({ timeout: 15_000 });
  const timeline = visualizer.locator("figure.tl");
  await expect(timeline).toBeVisible();
  return { playground, visualizer, timeline };
}

/** The axis's line for a label ("1 s"). */
const gridLine = (timeline: Locator, label: string) =>
  timeline
    .locator(".tl-axis g")
    .filter({ has: timeline.page().getByText(label, { exact: true }) })
    .locator("line");

/** The horizontal centre of an element on screen. */
async function centre(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error("not on screen");
  return box.x + box.width / 2;
}

test("the chapter shows its demo's timeline with JavaScript off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  for (const demo of [DEMO, "reference/blocking-vs-nonblocking"]) {
    const timeline = page.locator(`[data-demo="${demo}"] figure.tl`);
    await expect(timeline.getByRole("img", { name: /Timeline of the run/ })).toBeVisible();
    await expect(timeline.getByText("The timeline as text")).toBeVisible();
  }
  const serial = page.locator(`[data-demo="${DEMO}"] figure.tl`);
  await expect(lanesOf(serial)).toHaveCount(LANES.length);
  expect(
    await lanesOf(serial).evaluateAll((gs) => gs.map((g) => g.getAttribute("data-lane"))),
  ).toEqual(LANES);
  // The blocking demo's five naps each held the loop for a second.
  const held = page.locator('[data-demo="reference/blocking-vs-nonblocking"] .tl-held');
  await expect(held).toHaveCount(5);
  await expect(held.first().locator("title")).toHaveText(/held for 1\.000 s by Task-2 · __step/);
  await page.locator(`[data-demo="${DEMO}"] summary`).click();
  await expect(serial.locator("pre")).toContainText("Task-2     │");
  await context.close();
});

test("the timeline shows serial waits one after another, then five tasks at once", async ({
  page,
}) => {
  const { timeline } = await openVisualized(page);
  expect(
    await lanesOf(timeline).evaluateAll((gs) => gs.map((g) => g.getAttribute("data-lane"))),
  ).toEqual(LANES);
  // The axis reads 0 s to 6 s; a reader lines bars up against it.
  const tick = async (label: string) => centre(gridLine(timeline, label));
  const second = (await tick("1 s")) - (await tick("0 s"));
  expect(second).toBeGreaterThan(40);
  // main waits on five sleeps in a row, a second each, from 0 s to 5 s.
  const waits = lane(timeline, "Task-1").locator(".tl-wait");
  await expect(waits).toHaveCount(6);
  for (let i = 0; i < 5; i++) {
    const box = (await waits.nth(i).boundingBox())!;
    expect(Math.abs(box.x - (await tick(`${i} s`)))).toBeLessThan(3);
    expect(Math.abs(box.width - second)).toBeLessThan(3);
  }
  // Each gathered fetch starts at 5 s and is done at 6 s: the five lanes overlap entirely.
  for (const name of ["Task-2", "Task-3", "Task-4", "Task-5", "Task-6"]) {
    const first = (await bars(timeline, name).first().boundingBox())!;
    expect(Math.abs(first.x - (await tick("5 s")))).toBeLessThan(3);
    const done = lane(timeline, name).locator(".tl-mark-done");
    expect(Math.abs((await centre(done)) - (await tick("6 s")))).toBeLessThan(3);
  }
  await expect(bars(timeline, "Task-2").first()).toHaveAccessibleName(
    "Task-2 fetch() ran at 5.000 s from main.ts line 3, waited on Future-7 in sleep()",
  );
});

test("arrow keys move along the bars and the visualizer follows; a click jumps there", async ({
  page,
}) => {
  const { playground, visualizer, timeline } = await openVisualized(page);
  const position = visualizer.getByTestId("vis-position");
  const first = bars(timeline, "Task-1").first();
  // One tab stop: the first bar; the rest are reached with the arrows.
  await expect(first).toHaveAttribute("tabindex", "0");
  await expect(timeline.locator('.tl-run[tabindex="0"]')).toHaveCount(1);
  await first.focus();
  await expect(position).toContainText("t = 0.000 s");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(":focus")).toHaveAccessibleName(
    /^Task-1 main\(\) ran at 1\.000 s from main\.ts line 14/,
  );
  await expect(position).toContainText("t = 1.000 s");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(":focus")).toHaveAccessibleName(/^Task-2 fetch\(\) ran at 5\.000 s/);
  await expect(position).toContainText("t = 5.000 s");
  await expect(timeline.getByTestId("tl-status")).toContainText("Task-2 fetch() ran at 5.000 s");
  await page.keyboard.press("End");
  await expect(page.locator(":focus")).toHaveAccessibleName(
    /^Task-2 fetch\(\) ran at 6\.000 s .*then returned 0/,
  );
  // The step forward/back keys still belong to the visualizer outside the timeline.
  await expect(visualizer.getByTestId("vis-caption")).toContainText("Task-2");

  // A click on Task-4's last step: the visualizer shows it, the editor marks its line.
  const bar = bars(timeline, "Task-4").last();
  const step = await bar.getAttribute("data-step");
  await bar.click();
  await expect(visualizer).toHaveAttribute("data-step", step!);
  await expect(visualizer.getByTestId("vis-caption")).toContainText("Task-4");
  await expect(playground.locator(".pg-line-running")).toContainText("await asyncio.sleep(1)");
  // The cursor stands at the visualizer's step: at 6 s.
  const cursor = timeline.locator(".tl-cursor");
  const six = await centre(gridLine(timeline, "6 s"));
  expect(Math.abs((await centre(cursor)) - six)).toBeLessThan(3);
});

test("Run draws the reader's own timeline; a bar opens the visualizer there", async ({ page }) => {
  await page.goto(CHAPTER);
  const playground = await wakePlayground(page, DEMO);
  await expect(playground.locator("figure.tl")).toContainText("Drawn from this demo's run");
  await playground.locator(".cm-content").first().click();
  // One fetch fewer in the gather: the reader's edit shows in the timeline.
  await page.keyboard.press("ControlOrMeta+a");
  const edited = readFileSync(
    "content/demos/reference/serial-vs-concurrent/main.ts",
    "utf8",
  ).replace("fetch(3), fetch(4)", "fetch(3)");
  await page.keyboard.insertText(edited);
  await runAndWait(playground);
  const timeline = playground.locator("figure.tl");
  await expect(timeline.getByRole("button", { name: "Download SVG" })).toBeVisible();
  await expect(timeline).not.toContainText("Drawn from this demo's run");
  await expect(lane(timeline, "Task-5")).toHaveCount(1);
  await expect(lane(timeline, "Task-5")).toContainText("fetch");
  await expect(lane(timeline, "Task-6")).toContainText("shutdown");
  // A focused bar marks the line its step ran from: a task's first step, at its def.
  const bar = bars(timeline, "Task-3").first();
  await bar.focus();
  await expect(playground.locator(".pg-line-running")).toContainText("async function fetch");
  await expect(playground.locator(".pg-line-note-running")).toContainText(
    "Task-3 fetch() ran at 5.000 s",
  );
  // A click opens the visualizer at its step.
  const step = await bar.getAttribute("data-step");
  await bar.click();
  const visualizer = playground.getByRole("region", { name: "Event-loop visualizer" });
  await expect(visualizer).toHaveAttribute("data-step", step!);
  await expect(visualizer.getByTestId("vis-caption")).toContainText("Task-3");
});

test("Copy as text and Download SVG give the timeline away", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { timeline } = await openVisualized(page);
  await timeline.getByRole("button", { name: "Copy as text" }).click();
  await expect(timeline.getByTestId("tl-status")).toHaveText("Copied the timeline as text.");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain("Task-2     │");
  expect(text).toContain("█ running a step");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    timeline.getByRole("button", { name: "Download SVG" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("timeline.svg");
  const svg = readFileSync((await download.path())!, "utf8");
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // Standing alone, it keeps the page's colours: the bars are painted, not classed.
  expect(svg).toMatch(/<rect[^>]*style="fill:rgb\(/);
  expect(svg).not.toContain("tabindex");
});

test("the turn-by-turn scale gives steps that take no time their own width", async ({ page }) => {
  const { timeline } = await openVisualized(page);
  const width = async () => (await bars(timeline, "Task-2").first().boundingBox())!.width;
  // A step of a few nanoseconds: a tick (2 px and its outline).
  expect(await width()).toBeLessThanOrEqual(4);
  await timeline.getByLabel("Across").selectOption({ label: "turns of the loop" });
  await expect(timeline.locator("svg.tl-svg")).toHaveAttribute("data-scale", "turn");
  expect(await width()).toBeGreaterThan(5);
  await expect(timeline.locator(".tl-tick").first()).toHaveText("turn 1");
});

test("at phone width the timeline scrolls inside itself, the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const { timeline } = await openVisualized(page);
  const scroller = timeline.locator(".tl-scroll");
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  // Drawn at full size: one second is as wide as on a desktop.
  await expect(timeline.locator("svg.tl-svg")).toHaveAttribute("width", "600");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const theme of ["light", "dark"] as const) {
  test(`the timelines have no axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(CHAPTER);
    await page.locator("figure.tl").first().scrollIntoViewIfNeeded();
    expect(await axeViolations(page, { include: "figure.tl" }), "static").toEqual([]);
    await openVisualized(page);
    expect(await axeViolations(page, { include: ".playground:has(.vis)" }), "live").toEqual([]);
  });
}
