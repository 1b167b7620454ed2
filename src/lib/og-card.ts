/**
 * The picture a link preview shows for a page (`og:image`): the page's title and level on the
 * guide's colours, drawn as SVG and turned into a 1200×630 PNG at build time by sharp.
 *
 * English text is set in the fonts the machine has. The machine has no Chinese font, so a
 * Chinese card draws its text as outlines instead: each character's glyph is taken from Noto
 * Sans SC (the npm package's subset files, read only for the characters a card uses) and put
 * in the SVG as a path, so the card needs no font to render and shows no missing-glyph boxes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create, type Font } from "fontkitten";
import sharp from "sharp";
import { type Lang, splitPageId } from "../i18n/lang.ts";

const WIDTH = 1200;
const HEIGHT = 630;
/** Characters per title line at the card's type size (a wrap, not a measurement). */
const LINE = 26;
/** Where text starts, and how wide a line may be. */
const LEFT = 80;
const RIGHT = 1120;

/** A page's card's path below /og/, without ".png": its slug, under its language's folder. */
export function cardPath(pageId: string): string {
  const { lang, slug } = splitPageId(pageId);
  return lang === "en" ? slug : `${lang}/${slug}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Breaks a title into lines of at most `LINE` characters, at spaces; three lines at most. */
export function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > 3)
    lines.splice(
      2,
      lines.length - 2,
      `${lines
        .slice(2)
        .join(" ")
        .slice(0, LINE - 1)}…`,
    );
  return lines;
}

const TAGLINE = {
  en: "How Python's await, Tasks and the event loop really work",
  "zh-cn": "Python 的 await、任务与事件循环究竟如何工作",
} satisfies Record<Lang, string>;

/** Noto Sans SC's subset files (one per range of characters), parsed once a build needs one. */
let notoSansSc: Font[] | null = null;
function chineseFonts(): Font[] {
  if (notoSansSc) return notoSansSc;
  const require = createRequire(join(process.cwd(), "package.json"));
  const files = join(
    dirname(require.resolve("@fontsource-variable/noto-sans-sc/package.json")),
    "files",
  );
  notoSansSc = readdirSync(files)
    .filter((name) => name.endsWith("-wght-normal.woff2"))
    .map((name) => create(readFileSync(join(files, name))) as Font);
  return notoSansSc;
}

interface Glyphs {
  width: number;
  /** Each character's outline, placed along the line, in em units (y down). */
  place(x: number, y: number, size: number): string;
}

/** One line's glyphs from Noto Sans SC, side by side at their advance widths (no kerning). */
function outline(text: string): Glyphs {
  const fonts = chineseFonts();
  const parts: { d: string; x: number }[] = [];
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const font = fonts.find((candidate) => candidate.hasGlyphForCodePoint(code));
    if (!font) throw new Error(`Noto Sans SC has no glyph for "${char}" (U+${code.toString(16)})`);
    const glyph = font.glyphForCodePoint(code);
    const em = font.unitsPerEm;
    parts.push({ d: glyph.path.scale(1 / em, -1 / em).toSVG(), x: width });
    width += glyph.advanceWidth / em;
  }
  return {
    width,
    place: (x, y, size) =>
      parts
        .filter((part) => part.d)
        .map(
          (part) =>
            `<path transform="translate(${(x + part.x * size).toFixed(1)} ${y}) scale(${size})" d="${part.d}"/>`,
        )
        .join(""),
  };
}

/**
 * Breaks a Chinese title into lines that fit the card at `size`: anywhere between two Chinese
 * characters, never inside a Latin word (an API name stays whole); three lines at most.
 */
export function wrapChinese(title: string, size: number): string[] {
  const room = (RIGHT - LEFT) / size;
  const pieces = title.match(/[\w.()]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    const longer = line + piece;
    if (line.trim() && outline(longer.trim()).width > room) {
      lines.push(line.trim());
      line = piece.trim();
    } else line = longer;
  }
  if (line.trim()) lines.push(line.trim());
  if (lines.length > 3) lines.splice(2, lines.length - 2, `${lines[2]}…`);
  return lines;
}

function chineseCard(title: string, level: string | undefined): string {
  const size = 68;
  const lines = wrapChinese(title, size);
  const top = 330 - (lines.length - 1) * 42;
  const heading = outline(`Inside await${level ? ` · ${level}` : ""}`).place(LEFT, 120, 36);
  const body = lines.map((line, i) => outline(line).place(LEFT, top + i * 84, size)).join("");
  const tagline = outline(TAGLINE["zh-cn"]).place(LEFT, 560, 30);
  // The package holds the variable font, which fontkitten reads at its default weight (it does
  // not apply variations): a stroke in the fill's colour thickens the outlines, to bold for
  // the heading and the title as on the English card, a little for the tagline.
  return `<g stroke-linejoin="round">
    <g fill="#aebfff" stroke="#aebfff" stroke-width="0.06">${heading}</g>
    <g fill="#ffffff" stroke="#ffffff" stroke-width="0.06">${body}</g>
    <g fill="#c0c2c7" stroke="#c0c2c7" stroke-width="0.03">${tagline}</g>
  </g>`;
}

function englishCard(title: string, level: string | undefined): string {
  const lines = wrapTitle(title);
  const top = 330 - (lines.length - 1) * 42;
  const tspans = lines
    .map((line, i) => `<tspan x="${LEFT}" dy="${i === 0 ? 0 : 84}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<text x="${LEFT}" y="120" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="36" font-weight="700" fill="#aebfff">Inside await${level ? ` · ${escapeXml(level)}` : ""}</text>
  <text x="${LEFT}" y="${top}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="68" font-weight="700" fill="#ffffff">${tspans}</text>
  <text x="${LEFT}" y="560" font-family="DejaVu Sans Mono, monospace" font-size="30" fill="#c0c2c7">${TAGLINE.en}</text>`;
}

export function cardSvg(title: string, level: string | undefined, lang: Lang = "en"): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="100%" height="100%" fill="#17181c"/>
  <rect x="0" y="0" width="16" height="${HEIGHT}" fill="#6f8dff"/>
  ${lang === "en" ? englishCard(title, level) : chineseCard(title, level)}
</svg>`;
}

export async function cardPng(
  title: string,
  level: string | undefined,
  lang: Lang = "en",
): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(title, level, lang)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
