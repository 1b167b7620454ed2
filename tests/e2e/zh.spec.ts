/**
 * The Chinese pages (/zh-cn/…; demos.spec.ts runs their playgrounds): axe finds nothing on them
 * in either theme; the visualizer narrates in Chinese; Pagefind finds Chinese words; the
 * language picker keeps the reader on the same chapter; progress is the same in both.
 */
import { pagePath } from "../../src/i18n/lang.ts";
import { chapterPages } from "../demo-folders.ts";
import { axeViolations } from "./axe.ts";
import { expect, test } from "./fixtures.ts";
import { wakePlayground } from "./helpers.ts";

test.use({ trace: "off" });

const translated = chapterPages("zh-cn");

for (const chapter of translated) {
  test(`no axe violations on /${chapter.url}, in the dark theme and the light`, async ({
    page,
  }) => {
    for (const theme of ["dark", "light"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(chapter.url);
      expect(await axeViolations(page), theme).toEqual([]);
    }
  });
}

test("every English page has its Chinese twin, translated rather than the fallback", async ({
  request,
}) => {
  const english = chapterPages("en");
  expect(english.map((page) => page.slug).sort()).toEqual(translated.map((page) => page.slug));
  for (const { slug } of english) {
    const response = await request.get(pagePath(slug, "zh-cn"));
    expect(response.status(), slug).toBe(200);
    const html = await response.text();
    expect(html, slug).toContain('<html lang="zh-CN"');
    // Starlight's notice on a page it fills in from English.
    expect(html, slug).not.toContain("此内容尚不支持你的语言");
  }
});

test("the visualizer narrates each step in Chinese, with CPython's names as they are", async ({
  page,
}) => {
  await page.goto("zh-cn/beginner/waking-a-task/");
  const playground = await wakePlayground(page, "beginner/wakeup-callbacks");
  await playground.getByRole("button", { name: "可视化", exact: true }).click();
  const visualizer = playground.getByRole("region", { name: "事件循环可视化器" });
  // It opens before the first step.
  await expect(visualizer.getByRole("button", { name: "开头", exact: true })).toBeDisabled();
  const caption = visualizer.getByTestId("vis-caption");
  await expect(caption).toHaveText("程序还没有开始：按一个单步按钮开始。");
  await visualizer.getByRole("button", { name: "前进", exact: true }).click();
  await expect(caption).toHaveText("create_task：Task-1 包装协程 main()（第 9 行）。");
  await visualizer.getByRole("button", { name: "前进", exact: true }).click();
  await expect(caption).toHaveText(
    "create_task 安排 Task-1 的第一步：call_soon(Task-1 · __step) 把它放入就绪队列的第 1 位。",
  );
  await expect(visualizer.getByRole("region", { name: "就绪队列" })).toContainText(
    "Task-1 · __step",
  );
});

for (const [term, chapter] of [
  ["就绪队列", "zh-cn/beginner/why-call-soon/"],
  ["回调", "zh-cn/beginner/waking-a-task/"],
]) {
  test(`search on a Chinese page finds ${term} in the chapter that explains it`, async ({
    page,
  }) => {
    await page.goto("zh-cn/");
    const search = page.locator("#starlight__search input");
    await search.waitFor({ state: "attached" });
    await page.keyboard.press("/");
    await search.fill(term);
    const results = page.getByRole("dialog").locator(`a[href*='${chapter}']`);
    await expect(results.first()).toBeVisible({ timeout: 15_000 });
    // Only Chinese pages answer a search made on one.
    await expect(
      page.getByRole("dialog").locator(".pagefind-ui__result-link").first(),
    ).toHaveAttribute("href", /\/zh-cn\//);
  });
}

test("the language picker keeps the reader on the same chapter, both ways", async ({ page }) => {
  await page.goto("beginner/await-vs-task/");
  await page
    .locator("starlight-lang-select select:visible")
    .first()
    .selectOption({ label: "简体中文" });
  await expect(page).toHaveURL(/\/zh-cn\/beginner\/await-vs-task\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("await 协程与 await 任务");
  await page
    .locator("starlight-lang-select select:visible")
    .first()
    .selectOption({ label: "English" });
  await expect(page).toHaveURL(/\/inside-await\/beginner\/await-vs-task\/$/);
});

test("a chapter marked done in English is done in Chinese, and the other way round", async ({
  page,
}) => {
  await page.goto("beginner/await-vs-task/");
  await page.getByRole("button", { name: "Mark as done" }).click();
  await page.goto("zh-cn/beginner/await-vs-task/");
  const mark = page.getByRole("button", { name: "标记为已完成" });
  await expect(mark).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("a[data-chapter='beginner/await-vs-task']")).toHaveAttribute(
    "data-done",
  );
  await page.goto("zh-cn/beginner/waking-a-task/");
  await page.getByRole("button", { name: "标记为已完成" }).click();
  await page.goto("zh-cn/");
  await expect(page.locator("[data-progress-count]")).toHaveText(/^2 \/ \d+$/);
  await page.goto("beginner/waking-a-task/");
  await expect(page.getByRole("button", { name: "Mark as done" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});
