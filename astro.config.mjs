// @ts-check
import { readFileSync } from "node:fs";
import { satteri } from "@astrojs/markdown-satteri";
import react from "@astrojs/react";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import { runtimeCoroutines } from "./playground-runtime/src/compiler/vite-plugin.ts";
import { languages } from "./src/i18n/lang.ts";
import { untranslatedPages } from "./src/i18n/pages.ts";
import { sidebar } from "./src/learning-path.ts";
import { anchorLabels } from "./src/lib/anchor-labels.ts";
import { focusableCode } from "./src/lib/focusable-code.ts";
import { joinCjkLines } from "./src/lib/join-cjk-lines.ts";

// BASE_PATH lets the same build serve from a sub-path (GitHub Pages: /inside-await/) or from /.
const base = process.env.BASE_PATH ?? "/";

/**
 * The site's own Content-Security-Policy (a static host sends no headers, so it is a <meta>):
 * everything comes from the site's origin, and nothing may be fetched, framed or posted
 * elsewhere. Inline scripts and styles are the site's own (Starlight's theme script, Sandpack's
 * and CodeMirror's styles). 'unsafe-eval' and blob: workers are for the playground's sandbox,
 * which inherits this policy and adds its stricter one; 'wasm-unsafe-eval' is for Pagefind.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * pyodide's Emscripten module falls back to `new URL("pyodide.asm.wasm", import.meta.url)` when
 * it is given no `locateFile`, and the bundler emits that file for the reference: a second copy
 * of the 9 MB wasm, under the worker build's naming. pyodide always gives one (and its own
 * `instantiateWasm`), so the fallback never runs: it becomes the bare name. A pyodide whose
 * code no longer reads so fails the build rather than emit the copy again unnoticed.
 */
function pyodideWithoutWasmFallback() {
  const fallback = 'new URL("pyodide.asm.wasm",import.meta.url).href';
  return {
    name: "pyodide-without-wasm-fallback",
    enforce: /** @type {const} */ ("pre"),
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!id.endsWith("/pyodide/pyodide.asm.mjs")) return null;
      if (!code.includes(fallback)) {
        throw new Error(`pyodide.asm.mjs no longer holds ${fallback}: check what emits its wasm.`);
      }
      return { code: code.replace(fallback, '"pyodide.asm.wasm"'), map: null };
    },
  };
}

/**
 * pyodide's loaders import Node.js modules (`await import("node:fs")`, …) on a branch that runs
 * only under Node. In the worker they resolve to an empty module of our own, so the bundler has
 * nothing to stand in for them with its browser-compatibility warning.
 */
function pyodideWithoutNodeModules() {
  const stub = "\0pyodide-node-module";
  return {
    name: "pyodide-without-node-modules",
    enforce: /** @type {const} */ ("pre"),
    /** @param {string} id @param {string | undefined} importer */
    resolveId(id, importer) {
      const fromPyodide = importer?.includes("/node_modules/pyodide/");
      return fromPyodide && (id.startsWith("node:") || id === "ws") ? stub : null;
    },
    /** @param {string} id */
    load(id) {
      return id === stub ? "export default {};" : null;
    },
  };
}

/**
 * Whether a bundler warning is about pyodide's Node.js branch (its `module` global and direct
 * eval), which never runs in the browser worker. Any other module's warning still reaches the
 * build log, and fails the test script.
 * @param {string} level @param {{ id?: string, loc?: { file?: string }, message: string }} log
 */
function isPyodideWarning(level, log) {
  const where = `${log.id ?? ""} ${log.loc?.file ?? ""} ${log.message}`;
  return level === "warn" && where.includes("node_modules/pyodide/");
}

/**
 * A production build of the guide fails while any page lacks its twin in another language, so
 * no page ships with Starlight's "not yet translated" notice. `astro dev` still serves the
 * fallback, for a page being translated.
 */
function everyPageTranslated() {
  return {
    name: "every-page-translated",
    hooks: {
      "astro:build:start": () => {
        const gaps = untranslatedPages(new URL("./content/docs", import.meta.url).pathname);
        if (gaps.length === 0) return;
        const lines = gaps.flatMap(({ lang, missing, extra }) => [
          ...missing.map((slug) => `  ${lang}: no translation of ${slug}.mdx`),
          ...extra.map((slug) => `  ${lang}: ${lang}/${slug}.mdx has no English page`),
        ]);
        throw new Error(`Every page needs its twin in each language:\n${lines.join("\n")}`);
      },
    },
  };
}

/**
 * Relabels the heading links of translated pages in their language (src/lib/anchor-labels.ts),
 * with each language's Starlight strings. Listed after Starlight, whose own setup adds the
 * links to the Markdown processor, so the step runs after them.
 */
function translatedAnchorLabels() {
  const strings = Object.fromEntries(
    Object.entries(languages)
      .filter(([key]) => key !== "en")
      .map(([key, { lang }]) => {
        const catalogue = new URL(`./src/content/i18n/${lang}.json`, import.meta.url);
        return [key, JSON.parse(readFileSync(catalogue, "utf8"))];
      }),
  );
  return {
    name: "translated-anchor-labels",
    hooks: {
      /** @param {{ config: import("astro").AstroConfig }} setup */
      "astro:config:setup": ({ config }) => {
        const processor = /** @type {any} */ (config.markdown.processor);
        processor.options.hastPlugins.push(anchorLabels(strings));
      },
    },
  };
}

export default defineConfig({
  // The public origin, for canonical links, og:url, absolute og:image addresses, the sitemap
  // and robots.txt's Sitemap line. The deploy workflow sets SITE_URL; a local build names the
  // origin `npm start` serves.
  site: process.env.SITE_URL || "http://localhost:4321",
  base,
  trailingSlash: "always",
  // The dev toolbar's apps reach for astro.build; the guide keeps every request on its origin.
  devToolbar: { enabled: false },
  // Astro's own Markdown processor, with one step of ours: a line wrapped in the source between
  // two Chinese characters is joined, where Chromium would show a space (src/lib/join-cjk-lines.ts).
  markdown: { processor: satteri({ mdastPlugins: [joinCjkLines()] }) },
  integrations: [
    starlight({
      title: "Inside await",
      description:
        "How Python's await, Tasks, Futures and the asyncio event loop really work — every demo runs in the page, and CPython proves every output.",
      // English at the root, each other language under its own prefix (src/i18n/lang.ts). A page
      // not yet translated shows the English text with Starlight's notice that it is.
      defaultLocale: "root",
      locales: Object.fromEntries(
        Object.entries(languages).map(([key, locale]) => [key === "en" ? "root" : key, locale]),
      ),
      head: [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        },
      ],
      // The guide lives in the top-level content/ folder, not Starlight's src/content/docs.
      markdown: { processedDirs: ["./content/docs"] },
      sidebar,
      customCss: ["./src/styles/site.css"],
      expressiveCode: { plugins: [focusableCode()] },
      components: {
        PageTitle: "./src/components/overrides/PageTitle.astro",
        Footer: "./src/components/overrides/Footer.astro",
        Sidebar: "./src/components/overrides/Sidebar.astro",
        Search: "./src/components/overrides/Search.astro",
      },
      routeMiddleware: "./src/route-data.ts",
      lastUpdated: false,
      // src/pages/404.astro is the 404 page.
      disable404Route: true,
      pagination: true,
    }),
    translatedAnchorLabels(),
    react(),
    everyPageTranslated(),
  ],
  vite: {
    // The runtime's own coroutines are compiled as they load, in the pages and in the worker.
    plugins: [runtimeCoroutines()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX page with a "use astro:head-inject" directive that Rolldown
        // reports as unsafe to bundle, 33 times a build (withastro/astro#18087, open). The
        // directive is Astro's own and harmless here; any other warning still prints, so a
        // new one is noticed.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE" && log.message.includes("astro:head-inject"))
            return;
          if (isPyodideWarning(level, log)) return;
          handler(level, log);
        },
        // The live playground's editor is Sandpack plus CodeMirror, ~700 KB minified: CodeMirror
        // and its grammars (Lezer) load as chunks of their own beside Sandpack's, in parallel.
        output: {
          codeSplitting: {
            groups: [
              { name: "codemirror", test: /[\\/]node_modules[\\/]@codemirror[\\/]/ },
              // A group takes in what its modules import: the grammars are claimed first.
              { name: "lezer", test: /[\\/]node_modules[\\/]@lezer[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
    // The executor worker is started from a blob inside the sandbox iframe, so it must be a
    // single classic script with no imports of its own. The runtime prints class and function
    // names as Python does (`<Task pending …>`, "TimeoutError", handle callbacks), so the
    // minifier must keep them.
    worker: {
      format: "iife",
      plugins: () => [
        runtimeCoroutines(),
        pyodideWithoutWasmFallback(),
        pyodideWithoutNodeModules(),
      ],
      rolldownOptions: {
        output: { keepNames: true },
        onLog(level, log, handler) {
          if (!isPyodideWarning(level, log)) handler(level, log);
        },
        // Most of this small bundle's time is our compiler, in JavaScript, compiling the
        // runtime's coroutines: that is by design, not a slow plugin to warn about.
        checks: { bundlerTimings: false },
      },
    },
  },
});
