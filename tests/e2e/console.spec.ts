import { expect, test } from "./fixtures.ts";
import { consoleOf, openPlayground, replaceCode, runAndWait } from "./helpers.ts";
import { program } from "./programs.ts";

test("an uncaught exception prints a traceback whose lines lead to the code", async ({ page }) => {
  const failing = program("traceback");
  const playground = await openPlayground(page);
  await replaceCode(page, playground, failing.source);
  await runAndWait(playground);
  const output = consoleOf(playground);
  await expect(output.locator(".pg-stdout")).toHaveText(failing.expected);
  await expect(output.locator(".pg-stderr")).toContainText('File "main.ts", line 5, in fetch');
  await expect(output.locator(".pg-stderr")).toContainText("Exception: no page 2");
  await expect(playground.locator(".pg-status")).toContainText("Ended with Exception");

  await output.getByRole("button", { name: 'File "main.ts", line 5' }).click();
  await expect(playground.locator(".cm-activeLine")).toContainText("throw new Error");
});

test("on the real clock, output appears as it happens", async ({ page }) => {
  const timed = program("realtime");
  const playground = await openPlayground(page);
  await replaceCode(page, playground, timed.source);
  await playground.getByLabel("Clock").selectOption("real");
  await playground.getByRole("button", { name: "Run" }).click();
  await expect(consoleOf(playground)).toHaveText("first");
  await expect(playground).toHaveAttribute("data-status", "running");
  await expect(playground).toHaveAttribute("data-status", "done");
  await expect(consoleOf(playground)).toHaveJSProperty("textContent", timed.expected);
  const wall = Number(
    /in (\d+) ms/.exec((await playground.locator(".pg-status").textContent()) ?? "")?.[1],
  );
  expect(wall).toBeGreaterThanOrEqual(1500);
});

test("Show compiled reveals the generator the playground runs", async ({ page }) => {
  const playground = await openPlayground(page);
  await playground.getByLabel("Show compiled").check();
  const compiled = playground.getByRole("region", { name: "Compiled JavaScript" });
  await expect(compiled).toContainText("function* ()");
  await expect(compiled).toContainText("yield* __rt.await_(asyncio.sleep(seconds), 6)");
  // Highlighted as the editor is: keywords stand out.
  await expect(compiled.locator(".tok-keyword", { hasText: "yield" }).first()).toBeVisible();
});
