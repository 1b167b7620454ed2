/**
 * A reader's visit, the small things that trip them: where focus goes, what the keys do, where
 * the output shows, what a share link opens, what the search box takes, what grades a
 * prediction. Each test does what a reader does and checks what they would see.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import {
  CHAPTER,
  DEMO,
  openPlayground,
  replaceCode,
  runAndWait,
  streamText,
  wakePlayground,
} from "./helpers.ts";
import { demoExpected } from "./programs.ts";

const LOOP_CHAPTER = "expert/call-soon-call-later/";
const LOOP_DEMO = "expert/call-soon-call-later";

const visualizerOf = (playground: Locator) =>
  playground.getByRole("region", { name: "Event-loop visualizer" });

test("Visualize puts focus in the visualizer, whose arrow keys step at once; Close puts it back", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  const visualize = playground.getByRole("button", { name: "Visualize" });
  await visualize.click();
  const visualizer = visualizerOf(playground);
  await expect(visualizer).toBeFocused();
  const position = visualizer.getByTestId("vis-position");
  await expect(position).toContainText("Step 0 of");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(position).toContainText("Step 2 of");
  await visualizer.getByRole("button", { name: "Close" }).click();
  await expect(visualizer).toBeHidden();
  await expect(visualize).toBeFocused();
});

test("while the visualizer steps, the console below does not show the whole output", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await playground.getByRole("button", { name: "Visualize" }).click();
  const visualizer = visualizerOf(playground);
  await expect(visualizer).toBeVisible();
  await expect(playground).toHaveAttribute("data-status", "done");
  // At the first step nothing is printed yet, in the visualizer and under it.
  await expect(visualizer.getByRole("region", { name: "Output so far" })).toHaveText(
    "Output so far",
  );
  expect(await streamText(playground, "stdout")).toBe("");
  // At the end, the visualizer holds what CPython printed; the console still nothing.
  await page.keyboard.press("End");
  await expect(visualizer.locator(".vis-output-text")).toHaveJSProperty(
    "textContent",
    demoExpected(DEMO),
  );
  expect(await streamText(playground, "stdout")).toBe("");
});

test("the file tabs are one Tab stop, the arrow keys moving between them", async ({ page }) => {
  const playground = await openPlayground(page);
  const tabs = playground.getByRole("tablist", { name: "Files" }).getByRole("tab");
  await expect(tabs).toHaveCount(2);
  const [ts, py] = [tabs.nth(0), tabs.nth(1)];
  await expect(ts).toHaveAttribute("aria-selected", "true");
  // Tabbing from Clock (the last control) lands on the shown file's tab, then leaves the list.
  await playground.getByLabel("Clock").focus();
  await page.keyboard.press("Tab");
  await expect(ts).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(py).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(ts).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(py).toBeFocused();
  await expect(py).toHaveAttribute("aria-selected", "true");
  await expect(playground.locator(".cm-content").first()).toContainText("async def main");
  await page.keyboard.press("ArrowRight"); // round to the first again
  await expect(ts).toBeFocused();
  await page.keyboard.press("End");
  await expect(py).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(ts).not.toBeFocused();
  await expect(py).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(py).toBeFocused();
});

test("the visualized copy that opens itself as the chapter scrolls by grades no prediction", async ({
  page,
}) => {
  await page.goto(LOOP_CHAPTER);
  const exercise = page.locator(`[data-predict="${LOOP_DEMO}"]`);
  await exercise.scrollIntoViewIfNeeded();
  // The reader moves a line, so a prediction stands, then reads on.
  const moveDown = exercise.getByRole("button", { name: "Move down" });
  await expect(moveDown).toBeEnabled();
  await exercise.getByRole("listbox").getByRole("option").first().click();
  await moveDown.click();
  await expect(exercise.getByRole("status")).toHaveText(/press Run to check/);
  const visualized = page.locator(`[data-demo="${LOOP_DEMO}"]`).nth(1);
  await visualized.scrollIntoViewIfNeeded();
  await expect(visualizerOf(visualized)).toBeVisible({ timeout: 15_000 });
  await expect(exercise.getByRole("status")).toHaveText(/press Run to check/);
  await expect(exercise).toHaveAttribute("data-result", "none");
  // The reader's own Run of it grades.
  await runAndWait(await wakePlayground(page, LOOP_DEMO));
  await expect(exercise).toHaveAttribute("data-result", /right|wrong/);
});

/** The link the playground's Share copied. */
async function shareLinkOf(page: Page, playground: Locator): Promise<string> {
  await playground.getByRole("button", { name: "Share" }).click();
  await expect(playground.getByRole("status")).toContainText("Copied a link");
  return page.evaluate(() => navigator.clipboard.readText());
}

test("a share link opens at its playground, changes only that copy, and keeps later edits", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(LOOP_CHAPTER);
  // The chapter's second copy, the visualized one, is the one shared.
  const second = await wakePlayground(page, LOOP_DEMO, 1);
  await replaceCode(page, second, 'print("shared from the second copy");\n');
  const link = await shareLinkOf(page, second);
  // The link is opened where nothing is saved (edits are kept per demo, in the browser).
  await page.evaluate(() => localStorage.clear());

  const reader = await context.newPage();
  await reader.goto(link);
  const copies = reader.locator(`[data-demo="${LOOP_DEMO}"]`);
  const [first, shared] = [copies.nth(0), copies.nth(1)];
  await expect(shared.locator(".cm-content").first()).toContainText("shared from the second copy");
  await expect(shared.getByRole("status")).toContainText("It has not run");
  await expect(shared.getByRole("toolbar", { name: "Playground controls" })).toBeInViewport();
  // The first copy, once the reader scrolls up to it, still shows the demo's code.
  await first.scrollIntoViewIfNeeded();
  await expect(first.getByText("Preview · the editor loads")).toBeVisible();
  await expect(first.locator(".pg-static")).toContainText("call_soon");
  await expect(first.locator(".cm-content")).toHaveCount(0);
  await expect(first.getByText("It has not run")).toHaveCount(0);

  // An edit made after opening the link survives a reload of the same link.
  await replaceCode(reader, shared, 'print("edited after opening");\n');
  await reader.reload();
  await expect(shared.locator(".cm-content").first()).toContainText("edited after opening", {
    timeout: 15_000,
  });
});

test("Ctrl+K right after load: what is typed at once lands in the search box", async ({ page }) => {
  // The search box is built late (Pagefind's UI loads once the page is idle): its script is
  // held back a while, as on a slow phone, so the typing surely comes first.
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    const response = await route.fetch();
    const script = await response.text();
    if (script.includes("pagefind-ui__")) await new Promise((done) => setTimeout(done, 2000));
    await route.fulfill({ response, body: script });
  });
  await page.goto(CHAPTER, { waitUntil: "domcontentloaded" });
  await page.keyboard.press("ControlOrMeta+k");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.type("gather");
  const box = page.getByRole("dialog").getByRole("textbox", { name: "Search" });
  await expect(box).toBeFocused({ timeout: 15_000 });
  await expect(box).toHaveValue("gather");
  await expect(page.getByRole("dialog").locator(".pagefind-ui__result").first()).toBeVisible({
    timeout: 15_000,
  });
});

test("the visualizer breaks its lines between words, never inside a name", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LOOP_CHAPTER);
  const visualized = page.locator(`[data-demo="${LOOP_DEMO}"]`).nth(1);
  await visualized.scrollIntoViewIfNeeded();
  const visualizer = visualizerOf(visualized);
  await expect(visualizer.getByRole("listitem").first()).toBeVisible({ timeout: 15_000 });
  // Every name (and number) of every row is drawn on one line.
  const split = await visualizer.locator(".vis-list li").evaluateAll((rows) =>
    rows.flatMap((row) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (const word of text.matchAll(/[\w.]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(word[0]);
        }
      }
      return broken;
    }),
  );
  expect(split).toEqual([]);
});

test("Show compiled asks the sandbox's compiler, and shows its code tidied for reading", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await playground.getByLabel("Show compiled").check();
  const compiled = playground.getByRole("region", { name: "Compiled JavaScript" });
  const code = compiled.locator("pre");
  await expect(code).toContainText("function* ()");
  const lines = ((await code.textContent()) ?? "").split("\n");
  // Line for line with the reader's code: main.ts's line 6 awaits the sleep.
  expect(lines[5]).toBe("  yield* __rt.await_(asyncio.sleep(seconds), 6);");
  expect(lines.filter((line) => line.startsWith("function "))).toHaveLength(2);
  expect(lines.filter((line) => line.includes("void ("))).toEqual([]);
  // No script the page runs holds the compiler (one of its error messages marks it): only
  // the executor's code does, which the page fetches as text for the sandbox's workers.
  const scripts = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => entry.name.endsWith(".js") && entry.initiatorType !== "fetch")
      .map((entry) => entry.name),
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const text = await (await page.request.get(url)).text();
    expect(text.includes("'await' outside async function"), url).toBe(false);
  }
  // An edit shows compiled too; a syntax error shows what the compiler said.
  await replaceCode(page, playground, "const x = ;\n");
  await expect(compiled.locator(".pg-stderr")).toContainText("invalid syntax", { timeout: 10_000 });
});

for (const theme of ["light", "dark"] as const) {
  test(`Show compiled's code reads at AA contrast (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const playground = await openPlayground(page);
    await playground.getByLabel("Show compiled").check();
    const code = playground.locator(".pg-compiled pre");
    await expect(code).toContainText("function* ()");
    // Every piece of it: names and punctuation (no colour of their own) as much as keywords.
    const contrasts = await code.locator("span").evaluateAll((spans) => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = (color: string) => {
        const [r, g, b] = rgb(color).map((c) => {
          const v = c / 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      // The first background behind the code that is not transparent.
      let background = "rgb(255, 255, 255)";
      for (let behind = spans[0]?.parentElement; behind; behind = behind.parentElement) {
        const color = getComputedStyle(behind).backgroundColor;
        if (rgb(color)[3] !== 0) {
          background = color;
          break;
        }
      }
      return spans.map((span) => {
        const [a, b] = [luminance(getComputedStyle(span).color), luminance(background)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      });
    });
    expect(Math.min(...contrasts)).toBeGreaterThanOrEqual(4.5);
  });
}

/** The code box's bottom edge, where a collapsed playground clips its code. */
const codeBottom = async (playground: Locator) => {
  const found = await playground.locator(".pg-code").boundingBox();
  if (!found) throw new Error("no code box");
  return found.y + found.height;
};
/** Whether a line's top shows above the code box's bottom edge (a collapsed box clips the rest). */
const lineShows = async (playground: Locator, line: Locator) => {
  const found = await line.boundingBox();
  return found !== null && found.y < (await codeBottom(playground)) - 1;
};
/**
 * How many of these lines start below the code box's bottom edge: the ones it hides (the
 * empty line after the code's final newline is not one).
 */
const linesHidden = (playground: Locator, lines: string) =>
  playground.evaluate((root, selector) => {
    const edge = root.querySelector(".pg-code")?.getBoundingClientRect().bottom ?? 0;
    const all = [...root.querySelectorAll(selector)];
    if (all.at(-1)?.textContent === "") all.pop();
    return all.filter((line) => line.getBoundingClientRect().top >= edge - 0.5).length;
  }, lines);
const SHOW_MORE = /^Show (\d+) more lines$/;
/** The number the Show more button says. */
const saysHidden = async (button: Locator) =>
  Number(SHOW_MORE.exec((await button.textContent()) ?? "")?.[1]);

test("code longer than 20 rows shows its first 20 behind Show more, before and after the editor loads; the button counts what it hides; opening it keeps the place and the edits", async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const playground = page.locator(`[data-demo="${DEMO}"]`).first();
  await playground.scrollIntoViewIfNeeded();
  // The preview: main.ts's first 20 rows, the button saying how many lines are hidden (lines
  // wrap beside the console, so it is more than 30 - 20).
  const more = playground.getByRole("button", { name: SHOW_MORE });
  await expect(playground.getByText("Preview · the editor loads")).toBeVisible();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  const controlled = await more.getAttribute("aria-controls");
  await expect(playground.locator(`#${controlled}`)).toHaveClass(/pg-code/);
  const hiddenBefore = await saysHidden(more);
  expect(hiddenBefore).toBeGreaterThanOrEqual(10);
  expect(await linesHidden(playground, ".pg-static .line")).toBe(hiddenBefore);
  const previewHeight = (await playground.locator(".pg-code").boundingBox())?.height;

  // Pressed, it wakes the editor open, at the same place on the page, focus on it.
  await more.scrollIntoViewIfNeeded();
  const top = (await playground.boundingBox())?.y;
  await more.click();
  const less = playground.getByRole("button", { name: "Show fewer lines" });
  await expect(less).toHaveAttribute("aria-expanded", "true");
  await expect(playground.locator(".cm-content")).toBeVisible();
  await expect(less).toBeFocused();
  expect((await playground.boundingBox())?.y).toBe(top);
  const editorLines = playground.locator(".cm-content .cm-line");
  expect(await lineShows(playground, editorLines.nth(29))).toBe(true);

  // Closed with the keyboard, the editor hides what the preview did, in the preview's room.
  await page.keyboard.press("Enter");
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  expect((await playground.locator(".pg-code").boundingBox())?.height).toBe(previewHeight);
  expect(await saysHidden(more)).toBe(hiddenBefore);
  expect(await linesHidden(playground, ".cm-content .cm-line")).toBe(hiddenBefore);
  // The reader's edit in the shown part, made then, is there when it opens again, and the
  // count follows it.
  await editorLines.first().click();
  await page.keyboard.press("Home");
  await page.keyboard.type("// mine\n");
  await expect(more).toHaveText(`Show ${hiddenBefore + 1} more lines`);
  await more.press("Space");
  await expect(less).toHaveAttribute("aria-expanded", "true");
  await expect(editorLines.first()).toHaveText("// mine");
  expect(await lineShows(playground, editorLines.nth(30))).toBe(true);

  // The Python tab (31 lines) says its own count, in the same room; the fold is the playground's.
  await less.click();
  await playground.getByRole("tab", { name: /main\.py/ }).click();
  await expect(playground.locator(".cm-content")).toContainText("async def");
  expect(await saysHidden(more)).toBe(await linesHidden(playground, ".cm-content .cm-line"));
  expect((await playground.locator(".pg-code").boundingBox())?.height).toBe(previewHeight);
});

test("a traceback line, the cursor or a visualizer mark in the collapsed part opens it", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  const more = playground.getByRole("button", { name: SHOW_MORE });
  const less = playground.getByRole("button", { name: "Show fewer lines" });
  // 24 comment lines, then code whose traceback names line 29 and whose tasks wait there.
  const padding = Array.from({ length: 24 }, (_, i) => `// line ${i + 1}`).join("\n");
  const program = `${padding}
import asyncio from "asyncio";

async function child() {
  await asyncio.sleep(0);
  throw new ValueError("from line 29");
}

async function main() {
  await asyncio.create_task(child());
}

asyncio.run(main());
`;
  // Typing it put the cursor at its end, in the collapsed part: that opened it.
  await replaceCode(page, playground, program);
  await expect(less).toBeVisible();
  await less.click();
  // 36 lines, of which 20 show (a comment does not wrap).
  await expect(more).toHaveText("Show 16 more lines");

  await runAndWait(playground);
  const frame = playground.getByRole("button", { name: /File "main\.ts", line 29/ });
  await frame.click();
  await expect(less).toBeVisible();
  const line29 = playground.locator(".cm-content .cm-line").nth(28);
  await expect(line29).toContainText("from line 29");
  expect(await lineShows(playground, line29)).toBe(true);

  // The arrow keys into the collapsed part open it too.
  await less.click();
  await playground.locator(".cm-content .cm-line").first().click();
  for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowDown");
  await expect(less).toBeVisible();

  // The visualizer marking a line there opens it.
  await less.click();
  await playground.getByRole("button", { name: "Visualize" }).click();
  const visualizer = visualizerOf(playground);
  await expect(visualizer).toBeFocused();
  await expect(async () => {
    await page.keyboard.press("ArrowRight");
    await expect(playground.locator(".cm-content .pg-line").first()).toBeVisible({ timeout: 200 });
  }).toPass();
  await expect(less).toBeVisible();
  const marked = await playground.locator(".cm-content .pg-line").first().boundingBox();
  expect(marked && marked.y < (await codeBottom(playground))).toBe(true);
});
