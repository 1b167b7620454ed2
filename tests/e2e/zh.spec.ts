/**
 * The Chinese pages (/zh-cn/…; demos.spec.ts runs their playgrounds): axe finds nothing on them
 * in either theme; the visualizer narrates in Chinese; Pagefind finds Chinese words; the
 * language picker keeps the reader on the same chapter; progress is the same in both; a line
 * the source wraps between two Chinese characters shows no space there; a heading's link is
 * named in Chinese.
 */
import type { Page } from "@playwright/test";
import { pagePath } from "../../src/i18n/lang.ts";
import { chapterPages, readChapter } from "../demo-folders.ts";
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

test("each heading's link is named for screen readers in the page's language", async ({ page }) => {
  const labels = async (slug: string, lang: "en" | "zh-cn") => {
    await page.goto(pagePath(slug, lang));
    return page
      .locator(".sl-anchor-link")
      .evaluateAll((links) =>
        links.map((link) => [
          link.closest(".sl-heading-wrapper")?.querySelector("h2, h3, h4")?.textContent,
          link.querySelector(".sr-only")?.textContent,
        ]),
      );
  };
  const chinese = await labels("beginner/await-vs-task", "zh-cn");
  expect(chinese.length).toBeGreaterThan(2);
  for (const [title, label] of chinese) expect(label).toBe(`链接到本节：${title}`);
  for (const [title, label] of await labels("beginner/await-vs-task", "en")) {
    expect(label).toBe(`Section titled “${title}”`);
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
    const dialog = page.getByRole("dialog");
    // Pagefind's own words are Chinese too: how many pages matched, and the button for more.
    await expect(dialog.locator(".pagefind-ui__message")).toContainText(`个“${term}”的相关结果`, {
      timeout: 15_000,
    });
    // Every chapter is in Chinese, so a common word matches many pages: the reader asks for
    // more until the chapter that explains it is listed.
    const results = dialog.locator(`a[href*='${chapter}']`);
    const more = dialog.getByRole("button", { name: "加载更多结果" });
    await expect(async () => {
      if (await more.isVisible()) await more.click();
      await expect(results.first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    // Only Chinese pages answer a search made on one.
    await expect(
      page.getByRole("dialog").locator(".pagefind-ui__result-link").first(),
    ).toHaveAttribute("href", /\/zh-cn\//);
  });
}

test("the Chinese cheat sheet (/zh-cn/reference/cheat-sheet/) gives Chinese gists, and its filter finds a row by a Chinese word", async ({
  page,
}) => {
  await page.goto("zh-cn/reference/cheat-sheet/");
  await expect(page.locator("#cs-gather .cs-gist")).toHaveText(
    "并发运行多个可等待对象，按参数顺序返回它们的结果。",
  );
  // 互斥 (mutual exclusion) is in Lock's gist alone; none of the names has it.
  await page.getByLabel("筛选").fill("互斥");
  await expect(page.locator("#cs-Lock")).toBeVisible();
  await expect(page.locator("#cs-gather")).toBeHidden();
  await expect(page.locator("#cs-count")).toHaveText(/^\d+ 行中显示 1 行$/);
  // The names still find their rows on a Chinese page.
  await page.getByLabel("筛选").fill("call soon");
  await expect(page.locator("#cs-call_soon")).toBeVisible();
});

test("the Chinese checklist (/zh-cn/reference/checklist/) lists its items in Chinese", async ({
  page,
}) => {
  await page.goto("zh-cn/reference/checklist/");
  await expect(page.locator("label[for='check-await-no-task']")).toHaveText(
    "我能解释为什么 await coroutine() 不会创建 Task。",
  );
});

/** Starlight's picker acts once its element is defined: a choice made before then does nothing. */
async function pickLanguage(page: Page, label: string): Promise<void> {
  await page.waitForFunction(() => customElements.get("starlight-lang-select") !== undefined);
  await page.locator("starlight-lang-select select:visible").first().selectOption({ label });
}

test("the language picker keeps the reader on the same chapter, both ways", async ({ page }) => {
  await page.goto("beginner/await-vs-task/");
  await pickLanguage(page, "简体中文");
  await expect(page).toHaveURL(/\/zh-cn\/beginner\/await-vs-task\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("await 协程与 await 任务");
  await pickLanguage(page, "English");
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

test("the compiler's block on a Chinese page says in Chinese whose code it shows", async ({
  page,
}) => {
  await page.goto("zh-cn/intermediate/await-is-yield-from/");
  const block = page.getByRole("figure", { name: /^Inside await 的编译器/ });
  const caption = block.locator("figcaption span");
  await expect(caption.nth(0)).toHaveText("Inside await 的编译器");
  await expect(caption.nth(1)).toHaveText(
    "这个 playground 实际运行的生成器 — main.ts 中的 get，编译后",
  );
  await expect(block.locator(".origin-note")).toContainText("不是 CPython 的");
  await expect(block.locator(".origin-note strong")).toHaveText("显示编译结果");
  await expect(block.locator(".origin-note code")).toHaveText("compile");
});

/** Two Chinese characters or Chinese punctuation marks (a Han character, 。，、「」 …). */
const CJK_PAIR = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]{2}$/u;

/**
 * Where a page's prose wraps a line between Chinese characters: the last two characters of
 * the line and the first two of the next, as the reader should see them, unbroken. Code
 * blocks, the frontmatter, imports, tables, headings and components' attributes are not prose.
 */
function cjkWraps(source: string): string[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
  const wraps: string[] = [];
  let inCode = false;
  let previous = "";
  for (const line of body.split("\n")) {
    const text = line.trim();
    if (text.startsWith("```")) inCode = !inCode;
    const isProse =
      !inCode && text !== "" && !/^(<\/?[A-Z]|\/?>|[|:#]|import )|^[\w-]+=/.test(text);
    if (isProse && CJK_PAIR.test(previous.slice(-2)) && CJK_PAIR.test(text.slice(0, 2))) {
      wraps.push(previous.slice(-2) + text.slice(0, 2));
    }
    previous = isProse ? text : "";
  }
  return wraps;
}

test("a line the source wraps between two Chinese characters shows no space there", async ({
  page,
}) => {
  test.slow();
  // Chromium renders a newline between two Chinese characters as a space (Firefox drops it),
  // so the build joins such lines (src/lib/join-cjk-lines.ts): the page's text has none left.
  const pages = translated.map((chapter) => ({ chapter, wraps: cjkWraps(readChapter(chapter)) }));
  expect(pages.filter(({ wraps }) => wraps.length > 0).length).toBeGreaterThan(20);
  for (const { chapter, wraps } of pages.filter(({ wraps }) => wraps.length > 0)) {
    await test.step(`/${chapter.url}`, async () => {
      await page.goto(chapter.url, { waitUntil: "domcontentloaded" });
      const text = await page.locator("main").evaluate((main) => main.textContent ?? "");
      for (const wrap of wraps) expect.soft(text, `/${chapter.url}`).toContain(wrap);
    });
  }
  // And what the reader sees: a paragraph's rendered text, where the source wraps at "。\n它".
  await page.goto("zh-cn/start/using-playgrounds/");
  const paragraph = page.locator("main p", { hasText: "以你选的速度自动播放" });
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is tested
  expect(await paragraph.innerText()).toContain("自动播放。它对任何代码都有效");
});
