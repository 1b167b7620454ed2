import { markdownToHtml, mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { joinCjkBreaks, joinCjkLines } from "../../src/lib/join-cjk-lines.ts";

/** Markdown to HTML through Sätteri, Astro 7's processor, with the step installed. */
async function html(markdown: string): Promise<string> {
  const result = await markdownToHtml(markdown, { mdastPlugins: [joinCjkLines()] });
  return result.html;
}

describe("join-cjk-lines", () => {
  it("drops a source line break between two Chinese characters", async () => {
    expect(await html("一个始终不把控制权交还给事件\n循环的程序。")).toBe(
      "<p>一个始终不把控制权交还给事件循环的程序。</p>\n",
    );
  });

  it("drops one after Chinese punctuation, and after a curly quote or dash next to Chinese", async () => {
    expect(await html("你好。\n再见，\n“重置”\n之后——\n结束")).toBe(
      "<p>你好。再见，“重置”之后——结束</p>\n",
    );
  });

  it("joins across emphasis and links, whose text is Chinese", async () => {
    expect(await html("见**可视化**\n一节和[批量请求](../b/)\n那一章。")).toBe(
      '<p>见<strong>可视化</strong>一节和<a href="../b/">批量请求</a>那一章。</p>\n',
    );
  });

  it("keeps the break beside Latin text and code, and in English and Korean", async () => {
    expect(await html("运行的是\nTypeScript，还有 `x`\n之后\n\nawait\nyield\n\n한국\n어")).toBe(
      "<p>运行的是\nTypeScript，还有 <code>x</code>\n之后</p>\n<p>await\nyield</p>\n<p>한국\n어</p>\n",
    );
  });

  it("keeps a hard line break", async () => {
    expect(await html("第一行\\\n第二行")).toBe("<p>第一行<br>\n第二行</p>\n");
  });

  it("runs in MDX too, the guide's pages", async () => {
    const { code } = await mdxToJs("事件\n循环", { mdastPlugins: [joinCjkLines()] });
    expect(code).toContain('"事件循环"');
  });

  it("leaves a break at a text's edge to the caller's neighbours", () => {
    expect(joinCjkBreaks("\n循环", "件")).toBe("循环");
    expect(joinCjkBreaks("\n循环", "x")).toBe("\n循环");
    expect(joinCjkBreaks("事件\n")).toBe("事件\n");
  });
});
