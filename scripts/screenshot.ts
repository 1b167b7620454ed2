/**
 * Takes the README's screenshots from the production build: a chapter with its playground,
 * after a run; the visualizer the call_soon chapter opens, a few steps in; and the same
 * chapter in Chinese, at desktop width (dark theme) and at phone width (light theme).
 * Usage: BASE_PATH=/ npx astro build && npm run screenshot
 */
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../tests/e2e/chromium.ts";

const PORT = 4392;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = new URL("../docs/screenshot.png", import.meta.url).pathname;
const VISUALIZER_OUT = new URL("../docs/visualizer.png", import.meta.url).pathname;
const CHINESE = [
  { out: "../docs/screenshot-zh.png", width: 1280, height: 1000, theme: "dark" },
  { out: "../docs/screenshot-zh-phone.png", width: 390, height: 844, theme: "light" },
] as const;

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
  await playground.locator(".pg-static").click();
  await playground.locator(".cm-content").first().waitFor();
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
    const chapter = zh.locator(".playground").first();
    await chapter.locator(".pg-static").click();
    await chapter.locator(".cm-content").first().waitFor();
    await chapter.getByRole("button", { name: "运行", exact: true }).click();
    await chapter.locator("xpath=self::*[@data-status='done']").waitFor();
    await chapter.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80));
    await zh.screenshot({ path: out });
    console.log(`wrote ${out}`);
  }
} finally {
  await browser.close();
  process.kill(-(server.pid ?? 0));
}
