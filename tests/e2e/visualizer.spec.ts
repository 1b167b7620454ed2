import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { openPlayground } from "./helpers.ts";
import { demoExpected } from "./programs.ts";

const CHAPTER = "expert/call-soon-call-later/";
const DEMO = "expert/call-soon-call-later";

/** The chapter's second playground: the one it opens visualized. */
const visualizedPlayground = (page: Page) => page.locator(`[data-demo="${DEMO}"]`).nth(1);

/** The chapter's visualizer, opened by the chapter at the step its prose is about. */
async function openChapterVisualizer(page: Page): Promise<Locator> {
  await page.goto(CHAPTER);
  const playground = visualizedPlayground(page);
  await playground.scrollIntoViewIfNeeded();
  const visualizer = playground.getByRole("region", { name: "Event-loop visualizer" });
  await expect(visualizer).toBeVisible({ timeout: 15_000 });
  return visualizer;
}

const items = (visualizer: Locator, panel: string) =>
  visualizer.getByRole("region", { name: panel }).getByRole("listitem");

/** What CPython printed for the demo when main was about to sleep: its queue lengths. */
function queueLengthsBeforeSleep(): { ready: number; timers: number } {
  const line = demoExpected(DEMO).split("\n")[0];
  const match = /ready queue: (\d+) handles \| scheduled heap: (\d+) timers/.exec(line);
  if (!match) throw new Error(`unexpected first line: ${line}`);
  return { ready: Number(match[1]), timers: Number(match[2]) };
}

test("the chapter opens the visualizer where main suspends, with the queues CPython reported", async ({
  page,
}) => {
  const visualizer = await openChapterVisualizer(page);
  const { ready, timers } = queueLengthsBeforeSleep();
  await expect(visualizer.getByTestId("vis-caption")).toContainText(
    "Task-1 is suspended at line 25",
  );
  await expect(items(visualizer, "Ready queue")).toHaveText([
    "log('call_soon #1')",
    "<lambda>()",
    "log('call_soon #3')",
  ]);
  expect(ready).toBe(3);
  // The heap CPython counted, plus the timer sleep(0.3) has just set; the first to fire is the
  // zero-delay one, the sleep's the last.
  await expect(items(visualizer, "Timer heap")).toHaveCount(timers + 1);
  await expect(items(visualizer, "Timer heap").first()).toContainText("log('call_later(0)')");
  await expect(items(visualizer, "Timer heap").last()).toContainText(
    "_set_result_unless_cancelled",
  );
  const main = items(visualizer, "Tasks").filter({ hasText: "Task-1" });
  await expect(main).toHaveAttribute("data-state", "suspended");
  await expect(main).toContainText("await chain: main() line 25 → sleep()");
  // The editor marks the line main waits at.
  await expect(visualizedPlayground(page).locator(".pg-line-waiting")).toContainText(
    "await asyncio.sleep(0.3)",
  );
});

test("stepping forward moves a due timer behind the ready handles; stepping back restores", async ({
  page,
}) => {
  const visualizer = await openChapterVisualizer(page);
  const ready = items(visualizer, "Ready queue");
  const before = await ready.allTextContents();
  const forward = visualizer.getByRole("button", { name: "Forward" });
  // Forward until the due zero-delay timer has moved.
  for (let i = 0; i < 5; i++) {
    await forward.click();
    if ((await visualizer.getByTestId("vis-caption").textContent())?.startsWith("The timer")) break;
  }
  await expect(visualizer.getByTestId("vis-caption")).toContainText(
    "The timer log('call_later(0)') is due",
  );
  await expect(ready).toHaveText([...before, "log('call_later(0)')"]);
  await expect(items(visualizer, "Timer heap")).toHaveCount(queueLengthsBeforeSleep().timers);

  // Back with the keyboard, to where the chapter opened.
  await visualizer.getByTestId("vis-caption").click();
  await expect(visualizer).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowLeft");
  await expect(visualizer.getByTestId("vis-caption")).toContainText(
    "Task-1 is suspended at line 25",
  );
  await expect(ready).toHaveText(before);

  // A whole turn at once: Shift+→ lands on the next turn of _run_once.
  await page.keyboard.press("Shift+ArrowRight");
  await expect(visualizer.getByTestId("vis-caption")).toContainText("Turn 2 of _run_once");
  await page.keyboard.press("End");
  await expect(visualizer.getByTestId("vis-position")).toContainText("t = 0.300 s");
  await expect(items(visualizer, "Tasks").filter({ hasText: "Task-1" })).toHaveAttribute(
    "data-state",
    "done",
  );
  const output = visualizer.getByRole("region", { name: "Output so far" });
  await expect(output.locator("pre")).toHaveJSProperty("textContent", demoExpected(DEMO));
  await page.keyboard.press("Home");
  await expect(items(visualizer, "Tasks")).toHaveCount(0);
});

test("Visualize on any playground traces the reader's own code, and Play runs through it", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await playground.getByRole("button", { name: "Visualize" }).click();
  const visualizer = playground.getByRole("region", { name: "Event-loop visualizer" });
  await expect(visualizer.getByTestId("vis-position")).toContainText("Step 0 of");
  await visualizer.getByRole("combobox", { name: "Speed" }).selectOption("30");
  await visualizer.getByRole("button", { name: "Play" }).click();
  await expect(visualizer.getByRole("button", { name: "Play" })).toBeVisible({ timeout: 20_000 });
  await expect(visualizer.getByTestId("vis-position")).toContainText("t = 3.000 s");
  // main and its two tasks, then the two shutdown steps asyncio.run runs as tasks: all done.
  const tasks = items(visualizer, "Tasks");
  await expect(tasks).toHaveCount(5);
  expect(
    await tasks.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-state"))),
  ).toEqual(Array(5).fill("done"));
  await visualizer.getByRole("button", { name: "Close" }).click();
  await expect(visualizer).toHaveCount(0);
  await expect(playground.locator(".pg-line")).toHaveCount(0);
});

test("the scrubber reaches any step, and the visualizer fits a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const visualizer = await openChapterVisualizer(page);
  const scrubber = visualizer.getByRole("slider", { name: "Step" });
  await scrubber.fill("0");
  await expect(visualizer.getByTestId("vis-position")).toContainText("Step 1 of");
  await expect(visualizer.getByTestId("vis-caption")).toContainText("create_task: Task-1");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

for (const theme of ["light", "dark"] as const) {
  test(`an open visualizer has no axe violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const visualizer = await openChapterVisualizer(page);
    expect(await axeViolations(page, { include: ".playground:has(.vis)" })).toEqual([]);
    await expect(visualizer).toBeVisible();
  });
}
