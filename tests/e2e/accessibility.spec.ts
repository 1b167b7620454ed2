import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { CHAPTER, openPlayground } from "./helpers.ts";

for (const theme of ["dark", "light"] as const) {
  test(`the chapter page has no axe violations (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openPlayground(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the playground's controls are reachable by keyboard, with a visible focus", async ({
  page,
}) => {
  const playground = await openPlayground(page);
  await playground.getByRole("button", { name: "Run", exact: true }).focus();
  // The chapter's demo has a Python twin, so Compare sits between Visualize and Reset.
  for (const name of ["Visualize", "Compare", "Reset", "Copy", "Share", "Download"]) {
    await page.keyboard.press("Tab");
    const button = playground.getByRole("button", { name, exact: true });
    await expect(button).toBeFocused();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, `${name} shows its focus`).not.toBe("none");
  }
  await expect(playground.getByRole("log")).toHaveAttribute("aria-live", "polite");
});

test("on a phone-width screen the playground fits the width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const playground = await openPlayground(page, CHAPTER);
  const box = await playground.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(375);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(375);
});

test("the accessibility check reports a violation when there is one", async ({ page }) => {
  await page.goto(CHAPTER);
  await page.evaluate(() => {
    const faint = document.createElement("p");
    faint.textContent = "grey on grey";
    faint.style.cssText = "color: #777; background: #888";
    document.querySelector("main")?.append(faint);
  });
  expect(await axeViolations(page, { rules: ["color-contrast"] })).toEqual([
    expect.stringMatching(/^color-contrast: /),
  ]);
});
