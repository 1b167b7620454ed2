/**
 * Takes the README's screenshots from the production build: a chapter with its playground,
 * after a run; the visualizer the call_soon chapter opens, a few steps in; and the same
 * chapter in Chinese, at desktop width (dark theme) and at phone width (light theme).
 * Usage: BASE_PATH=/ npx astro build && npm run screenshot
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { chromium, type Locator, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium.ts";

// Another port with MEASURE_PORT, for a machine where 4392 is taken.
const PORT = Number(process.env.MEASURE_PORT ?? 4392);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = new URL("../docs/screenshot.png", import.meta.url).pathname;
const VISUALIZER_OUT = new URL("../docs/visualizer.png", import.meta.url).pathname;
const CHINESE = [
  // `top`: where the playground starts, under the header (and on a phone the contents bar).
  { out: "../docs/screenshot-zh.png", width: 1280, height: 1000, theme: "dark", top: 80 },
  { out: "../docs/screenshot-zh-phone.png", width: 390, height: 844, theme: "light", top: 116 },
] as const;

/**
 * A reader's system has a Chinese font; this machine may have none, and would draw the
 * Chinese pages in boxes. The page is given Noto Sans SC from npm (the site itself ships no
 * font), for the Chinese characters' ranges only, under names the page's sans and monospace
 * stacks list early and this machine lacks ("Segoe UI", "Menlo"): Latin text keeps the fonts
 * it has, and Chinese text gets the one a reader's system would bring in.
 */
async function giveChineseFont(page: Page): Promise<void> {
  const require = createRequire(import.meta.url);
  const fonts = dirname(require.resolve("@fontsource-variable/noto-sans-sc/package.json"));
  await page.route("**/noto-sans-sc/*.woff2", (route) =>
    route.fulfill({
      contentType: "font/woff2",
      body: readFileSync(join(fonts, "files", basename(new URL(route.request().url()).pathname))),
    }),
  );
  // The package's faces for its numbered subsets, the Chinese ones (not latin, cyrillic, …),
  // each for its ranges from U+2000 on: the subsets hold some Latin too, which the page's own
  // fonts keep (the code stays monospace).
  const chinese = readFileSync(join(fonts, "index.css"), "utf8")
    .split("@font-face")
    .filter((face) => /noto-sans-sc-\d+-wght-normal\.woff2/.test(face))
    .map((face) =>
      face.replace(/unicode-range: ([^;]+);/, (_, ranges: string) => {
        const wide = ranges
          .split(",")
          .filter((range) => Number.parseInt(range.slice(2), 16) >= 0x2000);
        return `unicode-range: ${wide.join(",")};`;
      }),
    )
    .filter((face) => !face.includes("unicode-range: ;"))
    .map((face) => `@font-face${face.replaceAll("./files/", `${ORIGIN}/noto-sans-sc/`)}`)
    .join("\n");
  const faces = ["Segoe UI", "Menlo"]
    .map((name) => chinese.replaceAll("'Noto Sans SC Variable'", `'${name}'`))
    .join("\n");
  await page.addStyleTag({ content: faces });
}

/**
 * Wakes a playground's editor as a reader does, with a press on its code. A press before the
 * page has hydrated the playground does nothing (on a phone the playground hydrates only as
 * it scrolls into view, which the press itself does), so it is pressed again until the editor
 * is there; once it is waking (data-waking) it is left to load.
 */
async function wake(playground: Locator): Promise<void> {
  const asleep = playground.locator(".pg-code:not([data-waking]) .pg-static");
  const editor = playground.locator(".cm-content").first();
  for (let i = 0; !(await editor.isVisible()); i++) {
    if (i > 60) throw new Error("the playground's editor did not load");
    // Near the code's top: long code is collapsed, and its middle may be in the hidden part.
    const press = { position: { x: 60, y: 24 }, timeout: 1000 };
    if (await asleep.isVisible()) await asleep.click(press).catch(() => {});
    await editor.waitFor({ timeout: 500 }).catch(() => {});
  }
}

const server = spawn("npx", ["astro", "preview", "--host", "127.0.0.1", "--port", String(PORT)], {
  env: { ...process.env, BASE_PATH: "/", ASTRO_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  // Its own process group, so stopping it stops astro under npx too.
  detached: true,
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (
    let i = 0;
    !(await fetch(ORIGIN).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 100) throw new Error("astro preview did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`${ORIGIN}/beginner/await-vs-task/`);
  const playground = page.locator(".playground").first();
  // The editor loads on intent: a press on the code, as a reader's.
  await wake(playground);
  await playground.getByRole("button", { name: "Run" }).click();
  await playground.locator("xpath=self::*[@data-status='done']").waitFor();
  // The playground's top just below the site's header.
  await playground.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80));
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);

  await page.goto(`${ORIGIN}/expert/call-soon-call-later/`);
  const visualized = page.locator(".playground").nth(1);
  await visualized.scrollIntoViewIfNeeded();
  await visualized.locator(".vis").waitFor();
  await visualized.locator(".pg-line").first().waitFor();
  // Into the next turn: the due zero-delay timer has joined the back of the ready queue.
  for (let i = 0; i < 3; i++) await visualized.getByRole("button", { name: "Forward" }).click();
  await visualized
    .locator(".vis")
    .evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 420));
  await page.screenshot({ path: VISUALIZER_OUT });
  console.log(`wrote ${VISUALIZER_OUT}`);

  for (const shot of CHINESE) {
    const out = new URL(shot.out, import.meta.url).pathname;
    const zh = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await zh.emulateMedia({ colorScheme: shot.theme });
    await zh.goto(`${ORIGIN}/zh-cn/beginner/await-vs-task/`);
    await giveChineseFont(zh);
    const chapter = zh.locator(".playground").first();
    await wake(chapter);
    await chapter.getByRole("button", { name: "运行", exact: true }).click();
    await chapter.locator("xpath=self::*[@data-status='done']").waitFor();
    await chapter.evaluate(
      (el, top) => window.scrollBy(0, el.getBoundingClientRect().top - top),
      shot.top,
    );
    await zh.evaluate(() => document.fonts.ready);
    await zh.screenshot({ path: out });
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
  process.kill(-(server.pid ?? 0));
}
