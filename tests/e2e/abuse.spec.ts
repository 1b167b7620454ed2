/**
 * What a hostile or careless program or link can do to the playground, and what the reader
 * sees: a clear message within seconds, a page that answers meanwhile, their edit kept, and a
 * playground that runs the demo again without a reload. (The fixture fails any test in which a
 * request left the site's origin.)
 */
import type { Locator, Page } from "@playwright/test";
import { deflateSync, strToU8 } from "fflate";
import { expect, test } from "./fixtures.ts";
import { CHAPTER, consoleOf, DEMO, openPlayground, replaceCode, runAndWait } from "./helpers.ts";
import { demoExpected } from "./programs.ts";

/** How long a message may take to appear: the 3-second watchdog plus a busy machine's slack. */
const SOON = 12_000;

const asyncMain = (...body: string[]) =>
  [
    'import * as asyncio from "asyncio";',
    "async function main() {",
    ...body,
    "}",
    "asyncio.run(main());",
    "",
  ].join("\n");

/** The page answers a click at once (its thread is not held by the program or its output). */
async function expectResponsive(playground: Locator) {
  const started = Date.now();
  const compiled = playground.getByLabel("Show compiled");
  await compiled.click();
  await expect(compiled).toBeChecked();
  await compiled.click();
  await expect(compiled).not.toBeChecked();
  expect(Date.now() - started, "ms the page took to answer two clicks").toBeLessThan(3000);
}

/** The reader's code is still in the editor; then Reset brings the demo back, and it runs. */
async function expectRecovered(playground: Locator, edited: string) {
  await expect(playground.locator(".cm-content").first()).toContainText(edited);
  await playground.getByRole("button", { name: "Reset" }).click();
  await playground.getByRole("alertdialog").getByRole("button", { name: "Discard edits" }).click();
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
}

/** A share link to the chapter carrying exactly `payload`, deflated as the site's are. */
function shareLink(payload: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(payload)), { level: 9 });
  return `${CHAPTER}#share=${Buffer.from(bytes).toString("base64url")}`;
}

/** Follows a share link carrying `payload` (from another page, as a reader would). */
async function followLink(page: Page, payload: unknown): Promise<Locator> {
  await page.goto("about:blank");
  await page.goto(shareLink(payload));
  return page.locator(`[data-demo="${DEMO}"]`);
}

test("1. a print flood without newlines is cut at the character limit and stopped", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    asyncMain('  while (true) print("x".repeat(1000), { end: "" });'),
  );
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground.locator(".pg-status")).toContainText(
    "output truncated after 1,000,000 characters",
    { timeout: SOON },
  );
  await expectResponsive(playground);
  await expectRecovered(playground, 'while (true) print("x".repeat(1000)');
});

test("2. one huge print: the console draws a bounded part and offers the whole", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await replaceCode(page, playground, 'print("x".repeat(50 * 1024 * 1024));\n');
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground).toHaveAttribute("data-status", "done", { timeout: SOON });
  const output = consoleOf(playground);
  await expect(output).toContainText("characters not shown");
  const drawn = await output.evaluate((element) => element.textContent?.length ?? 0);
  expect(drawn).toBeLessThan(50_000);
  await expectResponsive(playground);

  const saved = page.waitForEvent("download");
  await output.getByRole("button", { name: "Download the whole output" }).click();
  const file = await (await saved).createReadStream();
  let size = 0;
  for await (const part of file) size += (part as Buffer).length;
  expect(size).toBeGreaterThanOrEqual(1_000_000);
  await expectRecovered(playground, 'print("x".repeat(50 * 1024 * 1024))');
});

test("3. a memory bomb: the sandbox is rebuilt and the reader told why", async ({ page }) => {
  test.setTimeout(120_000);
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    [
      'import * as asyncio from "asyncio";',
      "const hoard: number[][] = [];",
      "async function main() {",
      "  while (true) {",
      "    hoard.push(new Array(10_000_000).fill(1.5));",
      "    await asyncio.sleep(0);",
      "  }",
      "}",
      "asyncio.run(main());",
      "",
    ].join("\n"),
  );
  // The sandbox's process dies of it, and Playwright takes the page for crashed with it
  // (it does so for any of a page's processes), though the page lives on: from here on the
  // page is driven through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  const inPage = async <T>(expression: string): Promise<T> => {
    const { result } = (await cdp.send("Runtime.evaluate", {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  };
  const within = `document.querySelector('[data-demo="${DEMO}"]')`;
  const status = () => inPage<string>(`${within}.querySelector(".pg-status").textContent`);
  const click = (name: string) =>
    inPage(
      `[...${within}.querySelectorAll("button")].find((b) => b.textContent === ${JSON.stringify(name)}).click()`,
    );
  await playground.getByRole("button", { name: "Run" }).click();
  await expect.poll(status, { timeout: 60_000, intervals: [500] }).toContain("ran out of memory");

  // The page answered throughout, the reader's code is still there, and the demo runs again.
  expect(await inPage<string>(`${within}.querySelector(".cm-content").textContent`)).toContain(
    "hoard.push(new Array(10_000_000)",
  );
  await inPage(
    `[...${within}.querySelectorAll("button")].find((b) => b.textContent.endsWith("Reset")).click()`,
  );
  await expect
    .poll(() => inPage<boolean>(`!!${within}.querySelector('[role="alertdialog"]')`))
    .toBe(true);
  await click("Discard edits");
  await click("Run");
  await expect
    .poll(() => inPage<string>(`${within}.getAttribute("data-status")`), { timeout: SOON })
    .toBe("done");
  expect(
    await inPage<string>(`${within}.querySelector('[data-testid="console"]').textContent`),
  ).toBe(demoExpected(DEMO));
  expect(await status()).toContain("Finished");
});

test("4. a program cannot forge the executor's heartbeat or messages; Stop ends it", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    [
      'print("postMessage:", typeof (self as any).postMessage);',
      "const scope = self as any;",
      "const forged = [",
      '  { type: "output", chunks: [{ stream: "stdout", text: "FORGED OUTPUT" }] },',
      '  { type: "done", summary: { ok: true, stopped: "FORGED STATUS", virtualTime: 0, wallTime: 0 } },',
      "];",
      "while (true) {",
      "  for (const message of forged) {",
      '    try { scope.postMessage({ type: "heartbeat" }); } catch {}',
      "    try { scope.postMessage(message); } catch {}",
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground.locator(".pg-status")).toContainText(
    "did not return to the event loop for 2 s",
    { timeout: SOON },
  );
  const output = consoleOf(playground);
  await expect(output).toContainText("postMessage: undefined");
  await expect(output).not.toContainText("FORGED");
  await expect(playground.locator(".pg-status")).not.toContainText("FORGED");

  // Stop, mid-run, ends the run at once and the next run works.
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground).toHaveAttribute("data-status", "running");
  await playground.getByRole("button", { name: "Stop" }).click();
  await expect(playground.locator(".pg-status")).toHaveText("Stopped.");
  await expectResponsive(playground);
  await expectRecovered(playground, 'scope.postMessage({ type: "heartbeat" })');
});

for (const [name, files] of [
  ["no files", {}],
  ["files as a list", []],
  ["no entry file", { "other.ts": 'print("no main here");\n' }],
  ["a file name with a newline", { "main.ts": "print(1);\n", 'x.ts\nprint("escaped");//': "" }],
] as const) {
  test(`5/7. a share link with ${name} is broken; the reader's edit is kept, and a reload is clean`, async ({
    page,
  }) => {
    const edit = 'print("my own edit");\n';
    let playground = await openPlayground(page);
    await replaceCode(page, playground, edit);
    playground = await followLink(page, { demo: DEMO, files });
    await expect(playground.getByRole("alert")).toContainText("This share link is broken");
    await expect(playground.locator(".cm-content").first()).toContainText("my own edit", {
      timeout: 15_000,
    });
    expect(new URL(page.url()).hash).toBe("");
    await runAndWait(playground);
    await expect(consoleOf(playground)).toHaveText("my own edit\n");
    await page.reload();
    playground = await openPlayground(page);
    await expect(playground.getByRole("alert")).toHaveCount(0);
    await expectRecovered(playground, "my own edit");
  });
}

test("6. a share link inflating to 100 MB is refused while inflating", async ({ page }) => {
  const playground = await followLink(page, {
    demo: DEMO,
    files: { "main.ts": "x".repeat(100 * 1024 * 1024) },
  });
  await expect(playground.getByRole("alert")).toContainText("larger than 256 KB", {
    timeout: SOON,
  });
  await playground.scrollIntoViewIfNeeded();
  await expect(playground.locator(".cm-content").first()).toContainText("await two Tasks", {
    timeout: 15_000,
  });
  await expectResponsive(playground);
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
});

test("8. a real-time sleep waits without using a core, and Stop ends it", async ({ page }) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    asyncMain('  print("sleeping");', "  await asyncio.sleep(3600);"),
  );
  await playground.getByLabel("Clock").selectOption("real");
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(consoleOf(playground)).toHaveText("sleeping\n", { timeout: SOON });
  const browser = page.context().browser();
  if (!browser) throw new Error("the test needs the browser's DevTools session");
  const cdp = await browser.newBrowserCDPSession();
  const cpu = async () => {
    const { processInfo } = (await cdp.send("SystemInfo.getProcessInfo")) as {
      processInfo: { type: string; cpuTime: number }[];
    };
    return processInfo
      .filter((process) => process.type === "renderer")
      .reduce((sum, process) => sum + process.cpuTime, 0);
  };
  const before = await cpu();
  await page.waitForTimeout(2000);
  const used = (await cpu()) - before;
  // A spin takes all of a core it can get (on a busy machine, a fifth of one is 0.4 s here);
  // waiting on a timer takes next to nothing.
  expect(used, "renderer CPU seconds over two seconds of sleep").toBeLessThan(0.15);
  await expect(playground).toHaveAttribute("data-status", "running");
  await playground.getByRole("button", { name: "Stop" }).click();
  await expect(playground.locator(".pg-status")).toHaveText("Stopped.");
  await expectResponsive(playground);
  await playground.getByLabel("Clock").selectOption("virtual");
  await expectRecovered(playground, "await asyncio.sleep(3600)");
});

test("a share link does not replace the reader's saved edit unless they choose it", async ({
  page,
}) => {
  let playground = await openPlayground(page);
  await replaceCode(page, playground, 'print("my own edit");\n');
  playground = await followLink(page, {
    demo: DEMO,
    files: { "main.ts": 'print("the link\'s code");\n' },
  });
  await expect(playground.getByRole("status")).toContainText("Your edit is kept");
  await expect(playground.locator(".cm-content").first()).toContainText("my own edit", {
    timeout: 15_000,
  });
  await playground.getByRole("button", { name: "Use the link's code" }).click();
  await expect(playground.locator(".cm-content").first()).toContainText("the link's code");
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveText("the link's code\n");
});

test("two tabs on one demo: an edit in one is offered in the other, never written over it", async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  const here = await openPlayground(page);
  const there = await openPlayground(other);
  await replaceCode(page, here, 'print("edited here");\n');
  await replaceCode(other, there, 'print("edited there");\n');
  await expect(here.getByRole("status")).toContainText("edited in another tab");
  await expect(here.locator(".cm-content").first()).toContainText("edited here");
  await here.getByRole("button", { name: "Load that version" }).click();
  await expect(here.locator(".cm-content").first()).toContainText("edited there");
  await runAndWait(here);
  await expect(consoleOf(here)).toHaveText("edited there\n");
});

test("the site's Content-Security-Policy keeps the page itself on its origin", async ({ page }) => {
  const playground = await openPlayground(page);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    "content",
    /default-src 'self'/,
  );
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener("securitypolicyviolation", (event) => resolve(event.blockedURI)),
    );
    const fetched = await fetch("https://example.com/").then(
      () => "reached",
      () => "blocked",
    );
    return { fetched, violation: await violation };
  });
  expect(outcome).toEqual({ fetched: "blocked", violation: "https://example.com/" });
  // The sandbox works under it: the demo runs.
  await runAndWait(playground);
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", demoExpected(DEMO));
});

test("deep recursion is a RecursionError, its traceback de-duplicated as Python's", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    [
      'import * as asyncio from "asyncio";',
      "async function down(n: number): Promise<number> {",
      "  return (await down(n + 1)) + 1;",
      "}",
      "asyncio.run(down(0));",
      "",
    ].join("\n"),
  );
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground.locator(".pg-status")).toContainText("Ended with RecursionError", {
    timeout: SOON,
  });
  const output = consoleOf(playground);
  await expect(output).toContainText(/\[Previous line repeated \d+ more times\]/);
  await expect(output).toContainText("RecursionError: maximum recursion depth exceeded");
  await expect(output).not.toContainText("RangeError");
  await expect(output).not.toContainText("never awaited");
  expect(await output.locator('text=File "main.ts", line 3, in down').count()).toBeLessThanOrEqual(
    3,
  );
  await expectResponsive(playground);
  await expectRecovered(playground, "return (await down(n + 1)) + 1;");
});
