/**
 * The link-preview cards: a Chinese page's card draws its Chinese text as outlines from Noto
 * Sans SC, so it renders without a Chinese font on the machine, with no missing-glyph boxes.
 */
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { cardPath, cardPng, cardSvg, wrapChinese } from "../../src/lib/og-card.ts";

describe("link-preview cards", () => {
  test("each page's card is in its own language's folder", () => {
    expect(cardPath("beginner/await-vs-task")).toBe("beginner/await-vs-task");
    expect(cardPath("zh-cn/beginner/await-vs-task")).toBe("zh-cn/beginner/await-vs-task");
    expect(cardPath("zh-cn")).toBe("zh-cn/index");
  });

  test("a Chinese card's text is all outlines, one per visible character, none left to a font", () => {
    const title = "任务的生命周期与取消";
    const svg = cardSvg(title, "专家", "zh-cn");
    expect(svg).not.toContain("<text");
    const visible = (text: string) => [...text.replace(/\s/g, "")].length;
    const drawn = svg.match(/<path /g)?.length ?? 0;
    const heading = "Inside await · 专家";
    const tagline = "Python 的 await、任务与事件循环究竟如何工作";
    expect(drawn).toBe(visible(title) + visible(heading) + visible(tagline));
  });

  test("a long Chinese title wraps between characters, never inside an API name", () => {
    const lines = wrapChinese("任务的生命周期：创建、挂起、cancel() 与 CancelledError", 68);
    expect(lines.length).toBe(2);
    for (const name of ["cancel()", "CancelledError"]) {
      expect(lines.some((line) => line.includes(name))).toBe(true);
    }
  });

  test("a character the font lacks fails the build by name rather than drawing a box", () => {
    expect(() => cardSvg("\u{1F600}", undefined, "zh-cn")).toThrow(/no glyph for/);
  });

  test("the Chinese card is a 1200×630 PNG that differs from the English one", async () => {
    const [zh, en] = await Promise.all([
      cardPng("await 与 Task", "入门", "zh-cn"),
      cardPng("await vs Task", "Beginner"),
    ]);
    expect(await sharp(zh).metadata()).toMatchObject({ width: 1200, height: 630 });
    expect(zh.equals(en)).toBe(false);
  });
});
