/**
 * Measures what a reader pays for a playground, against the production build:
 * - the JavaScript a page loads before any playground wakes (a page of the guide with none),
 *   and as a chapter's playground wakes: the editor at once, the executor (the compiler and
 *   the runtime, in its worker) when the page is next idle;
 * - the time from pressing Run to the first line of output (median of many runs);
 * - the visualizer on a long program (about 10,000 trace events): the JavaScript it adds, and
 *   how long a frame takes while the reader drags the scrubber (each move: a new step drawn);
 * - CPython, served as a static host serves it (gzip): the bytes of the first Python run's
 *   download and its time to first output (cold: a new visitor), then on another page of the
 *   same visit (warm: the files and the interpreter's snapshot are in the Cache API, the
 *   interpreter starts from the snapshot in that page's sandbox), then a second run there;
 *   medians over PYTHON_VISITS visits (default 3), with the machine's load.
 * Prints Markdown for the README. Usage: BASE_PATH=/ npx astro build && npm run measure
 * (`node tests/perf/playground-metrics.ts --python` measures CPython only; MEASURE_PORT moves
 * the two servers, default 4391 and 4392).
 */
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium.ts";
import { serveCompressed, startServer } from "./server.ts";

const PORT = Number(process.env.MEASURE_PORT ?? 4391);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = 21;
/** A reader reads the output before pressing Run again: the page is idle in between. */
const BETWEEN_RUNS_MS = 1000;
const PYTHON_VISITS = Number(process.env.PYTHON_VISITS ?? 3);
const load = loadavg();

/** Scripts the page has loaded so far, by URL. */
async function scripts(page: Page): Promise<Set<string>> {
  const urls: string[] = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => /\.(m?js)(\?|$)/.test(name)),
  );
  return new Set(urls);
}

async function sizeOf(urls: Iterable<string>) {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { raw, gzip };
}

/** 50 tasks taking 40 turns each: about 10,000 trace events. */
const LONG_PROGRAM = `import * as asyncio from "asyncio";

async function worker(n: number) {
  for (let i = 0; i < 40; i++) await asyncio.sleep(0);
  return n;
}

async function main() {
  const results = await asyncio.gather(...Array.from({ length: 50 }, (_, n) => worker(n)));
  print(results.length, "workers done");
}

asyncio.run(main());
`;
const SCRUB_MOVES = 200;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Presses Run on the first playground of `url` (woken, then read for `readFor` ms; null: the
 * page open now), on its Python tab: ms to the first output.
 */
async function firstPythonOutput(
  page: Page,
  url: string | null,
  tab: boolean,
  readFor = 0,
): Promise<number> {
  if (url !== null) {
    await page.goto(url, { waitUntil: "networkidle" });
    const playground = page.locator(".playground").first();
    // Near the code's top: long code is collapsed, and its middle may be in the hidden part.
    await playground
      .locator(".pg-static")
      .first()
      .click({ position: { x: 60, y: 24 } });
    await playground.locator(".cm-content").first().waitFor();
    await page.waitForTimeout(readFor);
  }
  const playground = page.locator(".playground").first();
  if (tab) await playground.getByRole("tab", { name: /main\.py/ }).click();
  const elapsed = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        setTimeout(() => reject(new Error("no Python output within 2 minutes")), 120_000);
        const root = document.querySelector(".playground")!;
        const output = root.querySelector("[data-testid=console]")!;
        const run = [...root.querySelectorAll("button")].find((b) => b.textContent === "Run")!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (output.textContent) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(output, { childList: true, subtree: true, characterData: true });
        run.click();
      }),
  );
  await playground
    .locator("[data-status=done]")
    .or(page.locator("[data-status=done]"))
    .first()
    .waitFor();
  return elapsed;
}

/**
 * What the page fetched for CPython (its executor and pyodide's files) from the network: the
 * bytes on the wire (compressed by the server, headers included; 0 for the HTTP cache) and
 * the bytes they decode to. Files read from the Cache API are no request at all.
 */
async function pythonBytes(page: Page): Promise<{ wire: number; raw: number }> {
  return page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => /pyodide|python_stdlib|python-worker/.test(entry.name))
      .reduce(
        (sum, entry) => ({
          wire: sum.wire + entry.transferSize,
          raw: sum.raw + (entry.transferSize > 0 ? entry.decodedBodySize : 0),
        }),
        { wire: 0, raw: 0 },
      ),
  );
}

/** How long a reader reads a woken playground before pressing Run, in the "after reading" row. */
const READING_MS = 5000;

/**
 * A visit's CPython: the first Python run (cold); on another page, Run pressed as soon as the
 * playground wakes (warm); on a third, Run pressed after reading a while (CPython starts as the
 * playground wakes, so it may be up by then); and the next run there.
 */
async function pythonVisit(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A step that cannot happen fails the measurement rather than hang it.
  page.setDefaultTimeout(120_000);
  try {
    const cold = await firstPythonOutput(page, `${origin}/beginner/await-vs-task/`, true);
    const coldBytes = await pythonBytes(page);
    const warm = await firstPythonOutput(page, `${origin}/beginner/why-call-soon/`, true);
    const warmBytes = await pythonBytes(page);
    const read = await firstPythonOutput(
      page,
      `${origin}/beginner/task-lifecycle/`,
      true,
      READING_MS,
    );
    const next = await firstPythonOutput(page, null, false);
    return { cold, coldBytes, warm, warmBytes, read, next };
  } finally {
    await context.close();
  }
}

/** CPython's cost, over a compressing server: bytes downloaded and Run → first output. */
async function measurePython(browser: Browser) {
  const port = PORT + 1;
  const origin = `http://127.0.0.1:${port}`;
  const server = await serveCompressed(port);
  const visits: Awaited<ReturnType<typeof pythonVisit>>[] = [];
  try {
    for (let i = 0; i < PYTHON_VISITS; i++) visits.push(await pythonVisit(browser, origin));
  } finally {
    process.kill(-(server.pid ?? 0));
  }
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  const ms = (values: number[]) =>
    `${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(", ")})`;
  const bytes = (pick: (visit: (typeof visits)[number]) => { wire: number; raw: number }) => {
    const wire = median(visits.map((v) => pick(v).wire));
    const raw = median(visits.map((v) => pick(v).raw));
    return `${mb(raw)} | ${mb(wire)}`;
  };
  console.log();
  console.log(
    `CPython: ${PYTHON_VISITS} visits, each in a new browser context; medians (each visit's in brackets). ` +
      `Load average before: ${load.map((l) => l.toFixed(1)).join(", ")}; after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} (${cpus().length} cores).`,
  );
  console.log();
  console.log(
    "| CPython (pyodide) | downloaded (raw) | downloaded (gzip, on the wire) | Run → first output |",
  );
  console.log("| --- | --- | --- | --- |");
  console.log(
    `| cold: a visitor's first Python run | ${bytes((v) => v.coldBytes)} | ${ms(visits.map((v) => v.cold))} |`,
  );
  console.log(
    `| warm: the first Python run on another page, Run pressed as the playground wakes | ${bytes((v) => v.warmBytes)} | ${ms(visits.map((v) => v.warm))} |`,
  );
  console.log(
    `| warm, Run pressed ${READING_MS / 1000} s after the playground wakes, on a third page | 0.0 MB | 0.0 MB | ${ms(visits.map((v) => v.read))} |`,
  );
  console.log(
    `| the next Python run on that page | 0.0 MB | 0.0 MB | ${ms(visits.map((v) => v.next))} |`,
  );
}

/** The playground's JavaScript, Run and the visualizer, on `astro preview` (uncompressed). */
async function measurePlayground(browser: Browser) {
  const server = await startServer(
    ["npx", "astro", "preview", "--host", "127.0.0.1", "--port", String(PORT)],
    ORIGIN,
    { ...process.env, BASE_PATH: "/", ASTRO_TELEMETRY_DISABLED: "1" },
  );
  try {
    await measureRuns(browser);
  } finally {
    process.kill(-(server.pid ?? 0));
  }
}

async function measureRuns(browser: Browser) {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/reference/concepts/`, { waitUntil: "networkidle" });
  const before = await scripts(page);

  await page.goto(`${ORIGIN}/beginner/await-vs-task/`, { waitUntil: "networkidle" });
  const playground = page.locator(".playground").first();
  // The editor loads on intent: press on the code as a reader who wants to edit it would
  // (again until the page has hydrated and answers; never once it is waking).
  const code = playground.locator(".cm-content").first();
  const asleep = playground.locator(".pg-code:not([data-waking]) .pg-static");
  while (!(await code.isVisible())) {
    if (await asleep.isVisible()) await asleep.click({ position: { x: 60, y: 24 } });
    await page.waitForTimeout(250);
  }
  await page.waitForLoadState("networkidle");
  const woken = await scripts(page);

  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.waitForTimeout(BETWEEN_RUNS_MS);
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const root = document.querySelector(".playground")!;
          const output = root.querySelector("[data-testid=console]")!;
          const run = [...root.querySelectorAll("button")].find((b) => b.textContent === "Run")!;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (output.textContent) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(output, { childList: true, subtree: true, characterData: true });
          run.click();
        }),
    );
    times.push(elapsed);
    await playground
      .locator("[data-status=done]")
      .or(page.locator("[data-status=done]"))
      .first()
      .waitFor();
  }
  const ran = await scripts(page);

  // The visualizer, on a long program typed into the same playground.
  await playground.locator(".cm-content").first().click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(LONG_PROGRAM);
  await playground.getByRole("button", { name: "Visualize" }).click();
  const scrubber = playground.getByRole("slider", { name: "Step" });
  await scrubber.waitFor();
  const visualized = await scripts(page);
  const events = Number(await scrubber.getAttribute("max")) + 1;
  const frames: number[] = await scrubber.evaluate(async (input, moves) => {
    const range = input as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const last = Number(range.max);
    const out: number[] = [];
    for (let i = 0; i < moves; i++) {
      // A drag across the whole trace, back and forth, in uneven jumps.
      const step = Math.round(((i * 7919) % moves) * (last / moves));
      const start = performance.now();
      setValue.call(range, String(step));
      range.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      out.push(performance.now() - start);
    }
    return out;
  }, SCRUB_MOVES);

  // The executor's worker is fetched as text, not as a script: it is told apart by its name.
  const isExecutor = (url: string) => /\/worker-[^/]*\.js$/.test(url);
  const base = await sizeOf(before);
  const added = [...woken].filter((url) => !before.has(url));
  const editor = await sizeOf(added.filter((url) => !isExecutor(url)));
  const executor = await sizeOf(added.filter(isExecutor));
  const run = await sizeOf([...ran].filter((url) => !woken.has(url) && !before.has(url)));
  const visualizer = await sizeOf([...visualized].filter((url) => !ran.has(url)));
  console.log("| what | JavaScript (gzip) | JavaScript (raw) |");
  console.log("| --- | --- | --- |");
  console.log(`| a page before any playground wakes | ${kb(base.gzip)} | ${kb(base.raw)} |`);
  console.log(`| + a playground waking: the editor | ${kb(editor.gzip)} | ${kb(editor.raw)} |`);
  console.log(
    `| + then, when the page is idle: the executor (compiler and runtime) | ${kb(executor.gzip)} | ${kb(executor.raw)} |`,
  );
  console.log(`| + the first Run | ${kb(run.gzip)} | ${kb(run.raw)} |`);
  console.log(
    `| + the first Visualize (visualizer) | ${kb(visualizer.gzip)} | ${kb(visualizer.raw)} |`,
  );
  console.log();
  console.log(
    `Run → first line of output: median ${median(times).toFixed(0)} ms over ${RUNS} runs, a second apart ` +
      `(first run ${times[0].toFixed(0)} ms; min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms).`,
  );
  const sorted = [...frames].sort((a, b) => a - b);
  console.log();
  console.log(
    `Scrubbing the visualizer through ${events.toLocaleString("en-US")} trace events: ` +
      `median frame ${median(frames).toFixed(1)} ms, 95th percentile ` +
      `${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, slowest ${sorted.at(-1)?.toFixed(1)} ms ` +
      `over ${SCRUB_MOVES} moves.`,
  );
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  if (!process.argv.includes("--python")) await measurePlayground(browser);
  await measurePython(browser);
} finally {
  await browser.close();
}
