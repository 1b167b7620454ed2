/**
 * The picture a link preview shows for a page (`og:image`): the page's title and level on the
 * guide's colours, drawn as SVG and turned into a 1200×630 PNG at build time by sharp.
 */
import sharp from "sharp";

const WIDTH = 1200;
const HEIGHT = 630;
/** Characters per title line at the card's type size (a wrap, not a measurement). */
const LINE = 26;

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

export function cardSvg(title: string, level: string | undefined): string {
  const lines = wrapTitle(title);
  const top = 330 - (lines.length - 1) * 42;
  const tspans = lines
    .map((line, i) => `<tspan x="80" dy="${i === 0 ? 0 : 84}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="100%" height="100%" fill="#17181c"/>
  <rect x="0" y="0" width="16" height="${HEIGHT}" fill="#6f8dff"/>
  <text x="80" y="120" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="36" font-weight="700" fill="#aebfff">Inside await${level ? ` · ${escapeXml(level)}` : ""}</text>
  <text x="80" y="${top}" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="68" font-weight="700" fill="#ffffff">${tspans}</text>
  <text x="80" y="560" font-family="DejaVu Sans Mono, monospace" font-size="30" fill="#c0c2c7">How Python's await, Tasks and the event loop really work</text>
</svg>`;
}

export async function cardPng(title: string, level: string | undefined): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(title, level)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
