import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { CHAPTER } from "./helpers.ts";

for (const theme of ["dark", "light"] as const) {
  test(`a pressed "Mark as done" reads at AA contrast (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(CHAPTER);
    const mark = page.getByRole("button", { name: "Mark as done" });
    await mark.click();
    await expect(mark).toHaveAttribute("aria-pressed", "true");
    await page.mouse.move(0, 0); // no hover colour in the way
    expect(await axeViolations(page, { include: ".mark-done", rules: ["color-contrast"] })).toEqual(
      [],
    );
  });
}
