import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

export const CHAPTER = "beginner/await-vs-task/";
export const DEMO = "principle/await-vs-task";

/** The demo's playground, once its editor has loaded. */
export async function openPlayground(page: Page, path = CHAPTER, demo = DEMO): Promise<Locator> {
  await page.goto(path);
  const playground = page.locator(`[data-demo="${demo}"]`);
  await playground.scrollIntoViewIfNeeded();
  await expect(playground.locator(".cm-content").first()).toBeVisible();
  return playground;
}

/** Replaces the active file's code, as a reader would: select all, then type. */
export async function replaceCode(page: Page, playground: Locator, code: string): Promise<void> {
  await playground.locator(".cm-content").first().click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}

export async function runAndWait(playground: Locator): Promise<void> {
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground).toHaveAttribute("data-status", "done");
}

export function consoleOf(playground: Locator): Locator {
  return playground.getByTestId("console");
}
