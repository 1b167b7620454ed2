/**
 * The Python twin under real CPython in the page: pyodide's files come from the site itself,
 * once, into the sandbox's worker; runs print what CPython prints (the twin's expected.txt).
 * pyodide loads in seconds, so the proofs share one page, in order, as a reader's visit would.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { CHAPTER, consoleOf, DEMO, replaceCode, wakePlayground } from "./helpers.ts";

const expected = (demo: string) =>
  readFileSync(new URL(`../../content/demos/${demo}/expected.txt`, import.meta.url), "utf8");

test.describe.configure({ mode: "serial" });

let page: Page;
const outside: string[] = [];
const pyodideRequests: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage();
  const site = new URL(baseURL ?? "").origin;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["http:", "https:"].includes(url.protocol)) return;
    if (url.origin !== site) outside.push(request.url());
    if (/pyodide|python_stdlib/.test(url.pathname)) pyodideRequests.push(url.pathname);
  });
});

test.afterAll(async () => {
  await page.close();
});

test("the Python tab runs the edited twin under CPython, after a progress bar", async () => {
  test.setTimeout(90_000);
  await page.goto(CHAPTER);
  const playground = await wakePlayground(page, DEMO);
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  const twin = readFileSync(
    new URL(`../../content/demos/${DEMO}/main.py`, import.meta.url),
    "utf8",
  );
  await replaceCode(page, playground, `${twin}\nprint("edited by the reader")\n`);
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(playground.getByRole("progressbar", { name: "CPython download" })).toBeVisible();
  await expect(playground).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  const stdout = await consoleOf(playground).locator(".pg-stdout").allTextContents();
  expect(stdout.join("")).toBe(`${expected(DEMO)}edited by the reader\n`);
  expect(pyodideRequests.length).toBeGreaterThan(0);
});

test("a runaway Python program is stopped within 3 s while the page answers", async () => {
  test.setTimeout(60_000);
  const playground = page.locator(`[data-demo="${DEMO}"]`).first();
  await replaceCode(page, playground, "while True:\n    pass\n");
  // The page times what the reader sees (Playwright's polling would add its own delays): from
  // the click on Run to the console saying the program was stopped.
  const stopped = playground.evaluate(
    (frame) =>
      new Promise<number>((resolve) => {
        let clicked = 0;
        frame.addEventListener(
          "click",
          (event) => {
            if ((event.target as Element).closest("[data-control=run]"))
              clicked = performance.now();
          },
          { capture: true },
        );
        new MutationObserver(() => {
          const said = frame.querySelector(".pg-console-wrap")?.textContent ?? "";
          if (clicked !== 0 && said.includes("did not return to the event loop")) {
            resolve(performance.now() - clicked);
          }
        }).observe(frame, { childList: true, subtree: true, characterData: true });
      }),
  );
  await playground.getByRole("button", { name: "Run", exact: true }).click();
  await expect(playground).toHaveAttribute("data-status", "running");
  // The page answers meanwhile: the clock menu opens and changes while CPython spins.
  const clock = playground.getByRole("combobox", { name: "Clock" });
  await clock.selectOption("real");
  await expect(clock).toHaveValue("real");
  // CPython is up (the run before loaded it): stopped, and said so, within the 3 s.
  const after = await stopped;
  test.info().annotations.push({ type: "stopped after", description: `${Math.round(after)} ms` });
  expect(after).toBeLessThan(3_000);
  await expect(playground.locator(".pg-console-wrap")).toContainText(
    "did not return to the event loop for 2 s",
  );
  await expect(playground.locator(".cm-content").first()).toContainText("while True:");
});

test("a traceback from CPython names the reader's line, and clicking it shows it", async () => {
  test.setTimeout(60_000);
  const playground = page.locator(`[data-demo="${DEMO}"]`).first();
  await replaceCode(page, playground, 'def boom():\n    raise ValueError("no")\n\n\nboom()\n');
  // The stopped program's worker is gone: CPython starts again in a new one, from the bytes
  // the sandbox holds (no download), which takes seconds.
  await playground.getByRole("button", { name: "Run", exact: true }).click();
  await expect(playground).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  const frame = consoleOf(playground).getByRole("button", { name: 'File "main.py", line 2' });
  await expect(frame).toBeVisible();
  await frame.click();
  await expect(playground.locator(".cm-activeLine")).toContainText('raise ValueError("no")');
  await expect(consoleOf(playground)).toContainText("ValueError: no");
});

test("the Python console is axe-clean", async () => {
  expect(await axeViolations(page, { include: `[data-demo="${DEMO}"]` })).toEqual([]);
});

test("another page's playground runs Python without a new download", async () => {
  test.setTimeout(60_000);
  const before = pyodideRequests.length;
  await page.goto("beginner/why-call-soon/");
  const demo = "beginner/call-soon-fairness";
  const playground = await wakePlayground(page, demo);
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  await playground.getByRole("button", { name: "Run", exact: true }).click();
  await expect(playground).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  const stdout = await consoleOf(playground).locator(".pg-stdout").allTextContents();
  expect(stdout.join("")).toBe(expected(demo));
  // The files come from the page's Cache API: no request reaches the server for them.
  expect(pyodideRequests.slice(before)).toEqual([]);
  // And beside them, the first interpreter's snapshot, which this page's started from.
  const kept = await page.evaluate(async () =>
    (await (await caches.open("inside-await-pyodide")).keys()).map((request) => request.url),
  );
  expect(kept.filter((url) => url.endsWith("?interpreter-snapshot"))).toHaveLength(1);
});

/** Plays the playground's visualizer to its end: the tasks' states and the clock it ends on. */
async function playToEnd(playground: Locator): Promise<{ tasks: (string | null)[]; end: string }> {
  const visualizer = playground.getByRole("region", { name: "Event-loop visualizer" });
  await expect(visualizer.getByTestId("vis-position")).toContainText("Step 0 of", {
    timeout: 30_000,
  });
  await visualizer.getByRole("combobox", { name: "Speed" }).selectOption("30");
  await visualizer.getByRole("button", { name: "Play" }).click();
  await expect(visualizer.getByRole("button", { name: "Play" })).toBeVisible({ timeout: 30_000 });
  const tasks = await visualizer
    .getByRole("region", { name: "Tasks" })
    .getByRole("listitem")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-state")));
  const end = /t = [\d.]+ s/.exec(
    (await visualizer.getByTestId("vis-position").textContent()) ?? "",
  );
  await visualizer.getByRole("button", { name: "Close" }).click();
  return { tasks, end: end?.[0] ?? "" };
}

test("Visualize on the Python tab steps through CPython's queues, as the TypeScript's do", async () => {
  test.setTimeout(90_000);
  const playground = page.locator('[data-demo="beginner/call-soon-fairness"]').first();
  await playground.getByRole("button", { name: "Visualize" }).click();
  const python = await playToEnd(playground);
  await playground.getByRole("tab", { name: /main\.ts/ }).click();
  await playground.getByRole("button", { name: "Visualize" }).click();
  const typescript = await playToEnd(playground);
  expect(python.tasks.length).toBeGreaterThan(0);
  expect(python.tasks.every((state) => state === "done")).toBe(true);
  expect(python).toEqual(typescript);
});

test("Compare agrees on the shipped demo, and shows a line diff after an edit to the Python", async () => {
  test.setTimeout(60_000);
  const playground = page.locator('[data-demo="beginner/call-soon-fairness"]').first();
  const comparison = playground.getByRole("region", { name: "Comparison with CPython" });
  await playground.getByRole("button", { name: "Compare" }).click();
  await expect(comparison).toContainText("Same output", { timeout: 30_000 });
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  const twin = readFileSync(
    new URL("../../content/demos/beginner/call-soon-fairness/main.py", import.meta.url),
    "utf8",
  );
  await replaceCode(page, playground, `${twin}print("only in Python")\n`);
  await playground.getByRole("button", { name: "Compare" }).click();
  await expect(comparison).toContainText("The outputs differ", { timeout: 30_000 });
  await expect(comparison.locator(".pg-diff-added")).toHaveText(["+ only in Python"]);
  await expect(comparison.locator(".pg-diff-removed")).toHaveCount(0);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await comparison.getByRole("button", { name: "Copy bug report" }).click();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('print("only in Python")');
  expect(report).toContain("### main.ts");
  expect(report).toContain("CPython 3.14 printed\n\n```text\n");
});

test("an edit to the Python survives a reload, as a TypeScript edit does", async () => {
  await page.reload();
  const playground = await wakePlayground(page, "beginner/call-soon-fairness");
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  await expect(playground.locator(".cm-content").first()).toContainText('print("only in Python")');
  await playground.getByRole("tab", { name: /main\.ts/ }).click();
  await expect(playground.locator(".cm-content").first()).not.toContainText("only in Python");
});

test("a share link carries the Python edit, and opens it for a reader without it", async () => {
  const playground = page.locator('[data-demo="beginner/call-soon-fairness"]').first();
  await playground.getByRole("button", { name: "Share" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // A new context: none of this reader's saved edits, only the link.
  const other = await page.context().browser()?.newPage();
  if (!other) throw new Error("no browser");
  await other.goto(link);
  const opened = await wakePlayground(other, "beginner/call-soon-fairness");
  await expect(opened.locator(".pg-notice")).toContainText("Loaded code from a share link");
  await opened.getByRole("tab", { name: /main\.py/ }).click();
  await expect(opened.locator(".cm-content").first()).toContainText('print("only in Python")');
  await other.close();
});

test("Reset acts on the tab it is pressed on, asking about that file only", async () => {
  const demo = "beginner/call-soon-fairness";
  const source = (file: string) =>
    readFileSync(new URL(`../../content/demos/${demo}/${file}`, import.meta.url), "utf8");
  let playground = page.locator(`[data-demo="${demo}"]`).first();
  const reset = playground.getByRole("button", { name: "Reset" });
  const code = playground.locator(".cm-content").first();
  const tab = (name: RegExp) => playground.getByRole("tab", { name });
  // The Python tab holds the edit of the tests before; the TypeScript one gets one too.
  await tab(/main\.ts/).click();
  await replaceCode(page, playground, `${source("main.ts")}print("only in TypeScript");\n`);
  await tab(/main\.py/).click();
  await expect(reset).toHaveText("edited · Reset");
  await reset.click();
  const ask = playground.getByRole("alertdialog", { name: "Discard your edits to main.py" });
  await ask.getByRole("button", { name: "Discard edits" }).click();
  await expect(code).not.toContainText("only in Python");
  await expect(code).toContainText(source("main.py").split("\n")[0]);
  await expect(reset).toHaveText("Reset");
  // The other tab kept its edit, its mark, and keeps them over a reload.
  await tab(/main\.ts/).click();
  await expect(code).toContainText("only in TypeScript");
  await expect(reset).toHaveText("edited · Reset");
  await page.reload();
  playground = await wakePlayground(page, demo);
  await expect(code).toContainText("only in TypeScript");
  await tab(/main\.py/).click();
  await expect(code).not.toContainText("only in Python");
  await expect(reset).toHaveText("Reset");
  // Reset on an unedited tab asks nothing and changes nothing elsewhere.
  await reset.click();
  await expect(playground.getByRole("alertdialog")).toHaveCount(0);
  await tab(/main\.ts/).click();
  await expect(code).toContainText("only in TypeScript");
  await reset.click();
  await playground
    .getByRole("alertdialog", { name: "Discard your edits to main.ts" })
    .getByRole("button", { name: "Discard edits" })
    .click();
  await expect(code).not.toContainText("only in TypeScript");
  await expect(reset).toHaveText("Reset");
});

test("nothing leaves the origin", async () => {
  expect(outside).toEqual([]);
});
