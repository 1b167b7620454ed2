/**
 * A chapter's prediction, graded by the real run: the reader orders the output lines (by
 * keyboard, buttons or drag) or types a number, presses Run, and sees whether the program
 * printed that — with the section that explains it opening only then, and the attempt kept
 * in the reader's progress.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { runAndWait, wakePlayground } from "./helpers.ts";
import { demoExpected } from "./programs.ts";

const CHAPTER = "beginner/await-vs-task/";
const DEMO = "beginner/await-vs-task";
// The exercise orders lines 8 to 12 of what CPython printed.
const ANSWER = demoExpected(DEMO).split("\n").slice(7, 12);

/** The exercise on the page, once it can take an answer (its controls wait for hydration). */
async function openExercise(page: Page, demo = DEMO): Promise<Locator> {
  const exercise = page.locator(`[data-predict="${demo}"]`);
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.locator("input, button:has-text('Move down')").first()).toBeEnabled();
  return exercise;
}

const linesOf = (exercise: Locator) => exercise.getByRole("listbox").getByRole("option");
const orderOf = async (exercise: Locator) =>
  (await linesOf(exercise).allTextContents()).map((text) => text.replace(/^\d+/, ""));

/** Puts the lines in `wanted` order the way a keyboard user would: select, then Alt+↑. */
async function arrangeByKeyboard(exercise: Locator, wanted: string[]) {
  const listbox = exercise.getByRole("listbox");
  await listbox.focus();
  for (let target = 0; target < wanted.length; target++) {
    const from = (await orderOf(exercise)).indexOf(wanted[target]);
    await listbox.press("Home");
    for (let i = 0; i < from; i++) await listbox.press("ArrowDown");
    for (let i = from; i > target; i--) await listbox.press("Alt+ArrowUp");
  }
  await expect.poll(() => orderOf(exercise)).toEqual(wanted);
  // Each move is announced for screen readers.
  await expect(exercise.locator("[aria-live='polite']")).toHaveText(/now line \d of 5/);
}

const whatHappened = (page: Page) =>
  page.getByText("Nothing else exists to run, so the two calls take one second each");

test("ordering the lines right, by keyboard, is graded right and kept in progress", async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const exercise = await openExercise(page);
  await expect(linesOf(exercise)).toHaveCount(ANSWER.length);
  // It never starts out right, and the explanation waits for the attempt.
  expect(await orderOf(exercise)).not.toEqual(ANSWER);
  await expect(whatHappened(page)).toBeHidden();
  await expect(page.getByText("Predict first: this section opens after you run")).toBeVisible();

  await arrangeByKeyboard(exercise, ANSWER);
  await expect(exercise.getByRole("status")).toHaveText(/press Run to check/);
  await runAndWait(await wakePlayground(page, DEMO));

  await expect(exercise.getByRole("status")).toHaveText(/Right: the program printed exactly this/);
  await expect(exercise).toHaveAttribute("data-result", "right");
  await expect(whatHappened(page)).toBeVisible();
  const progress = await page.evaluate(() => localStorage.getItem("inside-await:progress"));
  expect(JSON.parse(progress ?? "{}").predictions).toEqual({
    [DEMO]: { right: true, attempts: 1 },
  });

  // Back on the page, the explanation is open, and the reader may predict again.
  await page.reload();
  await expect(whatHappened(page)).toBeVisible();
  // The welcome page's progress counts it.
  await page.goto("");
  await expect(page.getByText("Predictions: 1 of the 1 you graded were right.")).toBeVisible();
});

test("a wrong order, moved by drag and button, is graded wrong and shows what was printed", async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const exercise = await openExercise(page);
  await expect(linesOf(exercise)).toHaveCount(ANSWER.length);
  // Drag the last line to the top, then move the (new) second line down with its button.
  await linesOf(exercise).last().dragTo(linesOf(exercise).first());
  await linesOf(exercise).nth(1).click();
  await exercise.getByRole("button", { name: "Move down" }).click();
  const guess = await orderOf(exercise);
  if (guess.join() === ANSWER.join()) {
    await exercise.getByRole("button", { name: "Move down" }).click(); // still wrong, then
  }
  expect(await orderOf(exercise)).not.toEqual(ANSWER);

  await runAndWait(await wakePlayground(page, DEMO));
  await expect(exercise.getByRole("status")).toHaveText(
    /Not quite: \d of 5 lines are in a different place/,
  );
  await expect(exercise).toHaveAttribute("data-result", "wrong");
  const printed = exercise.getByTestId("predict-printed").getByRole("listitem");
  expect((await printed.allTextContents()).map((text) => text.replace(/^\d+/, ""))).toEqual(ANSWER);
  await expect(exercise.locator("[data-mark='wrong']").first()).toBeVisible();
  await expect(whatHappened(page)).toBeVisible();

  // Try again: the lines can move once more, and the next Run grades the new attempt.
  await exercise.getByRole("button", { name: "Try again" }).click();
  await expect(exercise.getByRole("status")).toHaveText(/press Run to check/);
  await arrangeByKeyboard(exercise, ANSWER);
  await runAndWait(await wakePlayground(page, DEMO));
  await expect(exercise.getByRole("status")).toHaveText(/Right/);
  const progress = await page.evaluate(() => localStorage.getItem("inside-await:progress"));
  expect(JSON.parse(progress ?? "{}").predictions[DEMO]).toEqual({ right: true, attempts: 2 });
});

test("a number prediction is graded against the number the run printed", async ({ page }) => {
  const demo = "intermediate/future-vs-task";
  await page.goto("intermediate/future-vs-task/");
  const exercise = await openExercise(page, demo);
  await exercise.getByLabel("At what loop time does await task finish?").fill("2");
  await runAndWait(await wakePlayground(page, demo));
  await expect(exercise.getByRole("status")).toHaveText(
    "✗Not quite: you said 2, the program says 1.",
  );
  await exercise.getByRole("button", { name: "Try again" }).click();
  await exercise.getByLabel("At what loop time does await task finish?").fill("1");
  await runAndWait(await wakePlayground(page, demo));
  await expect(exercise.getByRole("status")).toHaveText("✓Right: 1.");
});

test("running before predicting grades nothing, and opens the explanation", async ({ page }) => {
  await page.goto(CHAPTER);
  const exercise = await openExercise(page);
  await expect(linesOf(exercise)).toHaveCount(ANSWER.length);
  await expect(whatHappened(page)).toBeHidden();
  await runAndWait(await wakePlayground(page, DEMO));
  await expect(exercise.getByRole("status")).toHaveText(
    /Not graded: the program ran before you predicted/,
  );
  await expect(whatHappened(page)).toBeVisible();
  const progress = await page.evaluate(() => localStorage.getItem("inside-await:progress"));
  expect(JSON.parse(progress ?? "{}").predictions ?? {}).toEqual({});
});
