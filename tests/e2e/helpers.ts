import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

export const CHAPTER = "beginner/await-vs-task/";
export const DEMO = "beginner/await-vs-task";

/** The page's path below the site's base for a learning-path slug ("index" is the root). */
export function pagePath(slug: string): string {
  return slug === "index" ? "" : `${slug}/`;
}

/**
 * One playground of the page already open (the `nth` of the demo's, when a chapter shows a
 * demo twice), scrolled into view and awake (editor loaded). The editor loads on intent, so
 * this presses on the code, as a reader who wants to edit it would, once the page can answer.
 * Waking loads the editor's script, ~900 KB: on a busy 2-core machine that can take longer
 * than an assertion's default 5 s, hence the longer wait.
 */
/** Where a press on a playground's code lands: in its first lines, shown collapsed or not. */
const PRESS = { x: 60, y: 24 };

export async function wakePlayground(page: Page, demo: string, nth = 0): Promise<Locator> {
  const playground = page.locator(`[data-demo="${demo}"]`).nth(nth);
  await playground.scrollIntoViewIfNeeded();
  // Until the page has hydrated a press does nothing, so it is tried again; once the
  // playground is waking (data-waking) it is not pressed twice. The press is near the code's
  // top: long code is collapsed, and its middle may be in the hidden part.
  const asleep = playground.locator(".pg-code:not([data-waking]) .pg-static");
  const editor = playground.locator(".cm-content").first();
  await expect(async () => {
    if (await asleep.isVisible()) await asleep.click({ position: PRESS, timeout: 1000 });
    await expect(editor).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  return playground;
}

/** The demo's playground, once its editor has loaded. */
export async function openPlayground(page: Page, path = CHAPTER, demo = DEMO): Promise<Locator> {
  await page.goto(path);
  return wakePlayground(page, demo);
}

/** Replaces the active file's code, as a reader would: select all, then type. */
export async function replaceCode(page: Page, playground: Locator, code: string): Promise<void> {
  await playground.locator(".cm-content").first().click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

/** Presses Run (`label`: its name in the page's language) and waits for the run to end. */
export async function runAndWait(playground: Locator, label = "Run"): Promise<void> {
  // Exactly "Run": a timeline's bars are buttons too, and one may name _run_until_complete_cb.
  await playground.getByRole("button", { name: label, exact: true }).click();
  await expect(playground).toHaveAttribute("data-status", "done");
}

export function consoleOf(playground: Locator): Locator {
  return playground.getByTestId("console");
}

/** Everything the console shows from one stream, its chunks joined in order. */
export function streamText(playground: Locator, stream: "stdout" | "stderr"): Promise<string> {
  return consoleOf(playground)
    .locator(`.pg-${stream}`)
    .evaluateAll((chunks) => chunks.map((chunk) => chunk.textContent ?? "").join(""));
}
