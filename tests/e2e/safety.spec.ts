import { expect, test } from "./fixtures.ts";
import { consoleOf, openPlayground, replaceCode, runAndWait } from "./helpers.ts";

test("a program that never returns to the loop is stopped and the page stays responsive", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    [
      'import * as asyncio from "asyncio";',
      "async function main() {",
      "  while (true) {}",
      "}",
      "asyncio.run(main());",
      "",
    ].join("\n"),
  );
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(playground).toHaveAttribute("data-status", "running");
  // The page answers while the program spins in its worker: it reads its own state before
  // the program is stopped. (A program on the page's thread would hold it until then, and
  // nothing would be left to stop it.) Only the order counts: a loaded machine answers late.
  expect(await playground.evaluate((frame) => frame.getAttribute("data-status"))).toBe("running");
  await expect(playground.locator(".pg-status")).toContainText(
    "did not return to the event loop for 2 s",
    { timeout: 10_000 },
  );
  await expect(playground.getByRole("button", { name: "Run" })).toBeEnabled();
});

test("a program that never ends on the virtual clock hits the iteration limit", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    [
      'import * as asyncio from "asyncio";',
      "async function main() {",
      "  while (true) await asyncio.sleep(1);",
      "}",
      "asyncio.run(main());",
      "",
    ].join("\n"),
  );
  await playground.getByRole("button", { name: "Run" }).click();
  // A million loop turns take a moment, with the page responsive throughout.
  await expect(playground.locator(".pg-status")).toContainText("1,000,000", { timeout: 30_000 });
});

test("a syntax error is reported at its line, in the console and the editor", async ({ page }) => {
  const playground = await openPlayground(page);
  await replaceCode(
    page,
    playground,
    ['import * as asyncio from "asyncio";', "", "const x = ;", ""].join("\n"),
  );
  await runAndWait(playground);
  await expect(consoleOf(playground)).toContainText("SyntaxError");
  await expect(consoleOf(playground)).toContainText("line 3");
  await expect(playground.locator(".cm-lintRange-error")).toBeVisible();
});

test("printed HTML stays text", async ({ page }) => {
  const playground = await openPlayground(page);
  const markup = "<img src=x onerror=alert(1)><b>bold</b>";
  await replaceCode(page, playground, `print(${JSON.stringify(markup)});\n`);
  await runAndWait(playground);
  await expect(consoleOf(playground)).toContainText(markup);
  await expect(consoleOf(playground).locator("img, b")).toHaveCount(0);
});

test("a program cannot reach the site's storage, cookies or DOM", async ({ page }) => {
  const playground = await openPlayground(page);
  await page.evaluate(() => {
    localStorage.setItem("inside-await:secret", "s3cret");
    // biome-ignore lint/suspicious/noDocumentCookie: the test plants a cookie on purpose
    document.cookie = "session=s3cret";
  });
  await replaceCode(
    page,
    playground,
    [
      "const probes: [string, () => unknown][] = [",
      '  ["localStorage", () => localStorage.getItem("inside-await:secret")],',
      '  ["indexedDB", () => indexedDB.open("inside-await")],',
      '  ["caches", () => caches.keys()],',
      '  ["document", () => document.cookie],',
      '  ["parent", () => (self as any).parent.document.title],',
      "];",
      "for (const [name, probe] of probes) {",
      "  try {",
      "    probe();",
      '    print(name, "reachable");',
      "  } catch (e) {",
      '    print(name, "blocked");',
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  await runAndWait(playground);
  const output = consoleOf(playground);
  for (const name of ["localStorage", "indexedDB", "caches", "document", "parent"]) {
    await expect(output).toContainText(`${name} blocked`);
  }
  await expect(output).not.toContainText("reachable");
  await expect(output).not.toContainText("s3cret");
});
