/**
 * Lighthouse scores for the pages a reader lands on first — the home page, the first chapter
 * and the longest chapter — on a phone and on a desktop, served the way a static host serves
 * them (gzip, a ten-minute Cache-Control, as GitHub Pages does) by `serve`.
 * Each page and form factor is measured RUNS times; the median of each category is reported.
 * Prints Markdown for the README. Usage:
 *   SITE_URL=http://127.0.0.1:4392 BASE_PATH=/ npx astro build && node tests/perf/lighthouse.ts
 * (SITE_URL makes the canonical links point at the origin being measured; MEASURE_PORT=N
 * serves on another port, with SITE_URL to match.) The scores depend on the machine's load,
 * printed with them: the load average before and after.
 */
import { readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { findChromium } from "../e2e/chromium.ts";
import { serveCompressed } from "./server.ts";

// Another port with MEASURE_PORT, for a machine where 4392 is taken.
const PORT = Number(process.env.MEASURE_PORT ?? 4392);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The chapter whose page is the largest in the build: the longest one (in English). */
function longestChapter(): string {
  const pages: { path: string; size: number }[] = [];
  const walk = (dir: string, route: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!["_astro", "og", "pagefind", "zh-cn"].includes(name)) walk(full, `${route}${name}/`);
      } else if (name === "index.html" && route.split("/").length > 2) {
        pages.push({ path: route, size: statSync(full).size });
      }
    }
  };
  walk("dist", "");
  return pages.sort((a, b) => b.size - a.size)[0].path;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const pages = [
  { name: "home", path: "" },
  { name: "first chapter", path: "beginner/await-vs-task/" },
  { name: `longest chapter (${longestChapter()})`, path: longestChapter() },
];
const server = await serveCompressed(PORT);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
});
let conditions = "";
const load = () =>
  loadavg()
    .map((average) => average.toFixed(1))
    .join(" / ");
const loadBefore = load();
try {
  console.log(`| page | form factor | ${CATEGORIES.join(" | ")} | layout shift |`);
  console.log(`| --- | --- | ${CATEGORIES.map(() => "---").join(" | ")} | --- |`);
  for (const page of pages) {
    for (const formFactor of ["mobile", "desktop"] as const) {
      const scores: Record<string, number[]> = {};
      // Cumulative layout shift, the performance figure that is not a timing: a layout that
      // moves as it loads shows here by name.
      const shifts: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(
          `${ORIGIN}/${page.path}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          formFactor === "desktop" ? desktopConfig : undefined,
        );
        shifts.push(result?.lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0);
        conditions = `Lighthouse ${result?.lhr.lighthouseVersion}, ${result?.lhr.environment.hostUserAgent}`;
        for (const category of CATEGORIES) {
          const score = result?.lhr.categories[category]?.score ?? 0;
          (scores[category] ??= []).push(Math.round(score * 100));
          // Name what cost points, so a score below 100 says why.
          if (run === 0 && score < 1 && category !== "performance") {
            const failing = Object.values(result?.lhr.audits ?? {})
              .filter((audit) => audit.score === 0 && audit.scoreDisplayMode === "binary")
              .map((audit) => audit.id);
            console.error(`${page.name} ${formFactor} ${category}: ${failing.join(", ")}`);
          }
        }
      }
      console.log(
        `| ${page.name} | ${formFactor} | ${CATEGORIES.map((c) => median(scores[c])).join(" | ")} | ${median(shifts).toFixed(3)} |`,
      );
    }
  }
  console.log();
  console.log(`Median of ${RUNS} runs each; ${conditions}.`);
  console.log(`Load average (1 / 5 / 15 min): ${loadBefore} before, ${load()} after.`);
} finally {
  chrome.kill();
  process.kill(-(server.pid ?? 0));
}
