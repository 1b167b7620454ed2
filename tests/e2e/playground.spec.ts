import { expect, test } from "./fixtures.ts";
import { demoExpected, program } from "./programs.ts";

const CHAPTER = "beginner/await-vs-task/";
const DEMO = "principle/await-vs-task";

test("the chapter shows its demo's code before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await expect(playground.locator(".pg-static")).toContainText(
    'asyncio.create_task(fetch("a", 1))',
  );
  await context.close();
});

test("Run prints what CPython prints for the demo", async ({ page }) => {
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground).toHaveAttribute("data-status", "done");
  await expect(playground.getByTestId("console")).toHaveJSProperty(
    "textContent",
    demoExpected(DEMO),
  );
});

test("an edited program runs, with Ctrl+Enter, and prints its own output", async ({ page }) => {
  const edited = program("countdown");
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`);
  const editor = playground.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(edited.source);
  await page.keyboard.press("Control+Enter");
  await expect(playground).toHaveAttribute("data-status", "done");
  await expect(playground.getByTestId("console")).toHaveJSProperty("textContent", edited.expected);
});
