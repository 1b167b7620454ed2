/**
 * A Markdown step for Astro 7's Markdown processor, Sätteri (it runs mdast plugins of its own
 * shape, not remark's, so remark-join-cjk-lines cannot be given to it): a line break in the
 * source between two Chinese (or Japanese) characters is dropped, so that a paragraph wrapped
 * in the source reads as one unbroken line.
 *
 * A soft line break reaches the HTML as a newline, and CSS Text's segment-break rules say the
 * browser removes one whose two neighbours are both East Asian Wide, Fullwidth or Halfwidth
 * (and not Hangul, which separates words with spaces). Firefox does; Chromium renders every
 * segment break as a space, so "事件\n循环" shows as "事件 循环". Dropping the newline here gives
 * every browser the same text. Chinese prose also wraps after or before the dashes, ellipses
 * and curly quotes it shares with English (East Asian Width "Ambiguous"): those join too when
 * the other neighbour is wide. English text has no wide characters, so it is left as it is;
 * so is a break beside Latin text or code, where Chinese keeps the space.
 */
import type { MdastNode, MdastPluginDefinition, MdastVisitorContext } from "satteri";

/** Han, kana, bopomofo, and the CJK and fullwidth punctuation blocks (East Asian Width W/F/H). */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\u3200-\u33ff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Punctuation Chinese wraps at that English uses too: — … “ ” ‘ ’ · */
const SHARED_PUNCTUATION = /[\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/u;

function isWide(char: string | undefined): boolean {
  return char !== undefined && WIDE.test(char);
}

/** Whether the browser should show nothing, rather than a space, for a break between these. */
function joinsAcrossBreak(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false;
  if (isWide(before)) return isWide(after) || SHARED_PUNCTUATION.test(after);
  return isWide(after) && SHARED_PUNCTUATION.test(before);
}

/** Inline nodes whose text is not prose: a break beside them keeps its space. */
const OPAQUE = new Set(["inlineCode", "html", "mdxTextExpression", "break", "image"]);

function lastChar(text: string): string | undefined {
  // The last two code units hold the last character, whether or not it is a surrogate pair.
  return Array.from(text.slice(-2)).at(-1);
}

function firstChar(text: string): string | undefined {
  const code = text.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/** The prose character next to a text node, in its sibling before (-1) or after (+1). */
function neighbourChar(
  node: Readonly<MdastNode>,
  ctx: MdastVisitorContext,
  side: -1 | 1,
): string | undefined {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (parent === undefined || index === undefined) return undefined;
  const sibling = (parent.children as readonly MdastNode[])[index + side];
  if (sibling === undefined || OPAQUE.has(sibling.type)) return undefined;
  const text = ctx.textContent(sibling);
  return side === -1 ? lastChar(text) : firstChar(text);
}

/** Drops the line breaks in `value` whose two neighbours join (see above). */
export function joinCjkBreaks(
  value: string,
  before: string | undefined = undefined,
  after: string | undefined = undefined,
): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (breakText, offset: number) => {
    const head = value.slice(0, offset);
    const tail = value.slice(offset + breakText.length);
    const charBefore = head === "" ? before : lastChar(head);
    const charAfter = tail === "" ? after : firstChar(tail);
    return joinsAcrossBreak(charBefore, charAfter) ? "" : breakText;
  });
}

export function joinCjkLines(): MdastPluginDefinition {
  return {
    name: "join-cjk-lines",
    text(node, ctx) {
      if (!node.value.includes("\n")) return;
      const before = /^[ \t]*\n/.test(node.value) ? neighbourChar(node, ctx, -1) : undefined;
      const after = /\n[ \t]*$/.test(node.value) ? neighbourChar(node, ctx, 1) : undefined;
      const value = joinCjkBreaks(node.value, before, after);
      if (value !== node.value) return { type: "text", value };
    },
  };
}
