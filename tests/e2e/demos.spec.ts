/**
 * The browser's copy of the demo proofs: on every page of the guide, in each of its languages,
 * every playground's Run prints exactly what CPython printed for the demo's Python twin
 * (expected.txt), and on stderr the messages its chapter promises — or nothing. Each page is
 * loaded once and its playgrounds are run one after another, as a reader would, with the
 * controls in the page's language. One test walks the pages of one level of the learning path,
 * so the browser's cache stays warm from page to page; the checks are soft, so one wrong output
 * does not hide the pages after it.
 */
import { type Lang, languages } from "../../src/i18n/lang.ts";
import { learningPath } from "../../src/learning-path.ts";
import { type ChapterPage, chapterPages } from "../demo-folders.ts";
import { stderrPromised } from "../stderr-promises.ts";
import { expect, test } from "./fixtures.ts";
import { runAndWait, streamText, wakePlayground } from "./helpers.ts";
import { demoExpected } from "./programs.ts";

// A failure here is a wrong output, which the assertion's diff shows in full; recording a
// trace of every step of some thirty runs would cost a third of the spec's time to keep none.
test.use({ trace: "off" });

/** What a finished Run says, and the Run button's name, in each language of the guide. */
const WORDS: Record<Lang, { run: string; finished: string }> = {
  en: { run: "Run", finished: "Finished" },
  "zh-cn": { run: "运行", finished: "完成，用时" },
};

for (const lang of Object.keys(languages) as Lang[]) {
  const withPlaygrounds = new Map(
    chapterPages(lang)
      .filter((page) => page.demos.length > 0)
      .map((page) => [page.slug, page]),
  );
  const groups: [string, ChapterPage[]][] = learningPath.map((level) => [
    level.label[lang],
    level.chapters.flatMap(({ slug }) => withPlaygrounds.get(slug) ?? []),
  ]);
  const onThePath = new Set(groups.flatMap(([, pages]) => pages.map((page) => page.slug)));
  groups.push([
    lang === "en" ? "Pages off the learning path" : "学习路径以外的页面",
    [...withPlaygrounds.values()].filter((page) => !onThePath.has(page.slug)),
  ]);

  test(`${lang}: the guide has pages with playgrounds to run`, () => {
    expect(withPlaygrounds.size).toBeGreaterThan(20);
  });

  for (const [group, pages] of groups.filter(([, pages]) => pages.length > 0)) {
    test(`${lang} · ${group}: every playground prints what CPython prints`, async ({ page }) => {
      test.slow(); // it loads every page of a level and runs each playground on it
      for (const chapter of pages) {
        await test.step(`/${chapter.url}`, async () => {
          await page.goto(chapter.url);
          await expect(page.locator("html")).toHaveAttribute("lang", languages[lang].lang);
          const seen = new Map<string, number>();
          for (const demo of chapter.demos) {
            // A chapter may show a demo twice (again with its visualizer open): run each copy.
            const nth = seen.get(demo) ?? 0;
            seen.set(demo, nth + 1);
            await test.step(nth === 0 ? demo : `${demo} (copy ${nth + 1})`, async () => {
              const playground = await wakePlayground(page, demo, nth);
              await runAndWait(playground, WORDS[lang].run);
              await expect
                .soft(playground.locator(".pg-status"))
                .toContainText(WORDS[lang].finished);
              expect
                .soft(await streamText(playground, "stdout"), "stdout")
                .toBe(demoExpected(demo));
              const stderr = await streamText(playground, "stderr");
              const promised = stderrPromised(demo);
              if (promised.length === 0) expect.soft(stderr, "stderr").toBe("");
              for (const message of promised) expect.soft(stderr, "stderr").toContain(message);
            });
          }
        });
      }
    });
  }
}
