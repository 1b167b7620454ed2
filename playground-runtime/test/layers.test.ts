/**
 * The folders of `src/` import downwards only, as CONTRIBUTING's layer list says: the entry
 * points over the facades over the runtime, the compiler a leaf that knows the runtime only
 * through its contract, and the visualizer's model reading the trace schema, never the loop.
 * The site reaches the package only through the export names package.json lists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { expect, test } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const SRC = join(ROOT, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The specifiers a file imports or re-exports (static and dynamic). */
function importsOf(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+"([^"]+)"/g)];
  const dynamic = [...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)];
  return [...specs, ...dynamic].map((match) => match[1]);
}

/** What each folder of src/ may import from src/, besides its own files. */
const ALLOWED: Record<string, (target: string) => boolean> = {
  compiler: () => false,
  asyncio: () => false,
  stdlib: (target) => target.startsWith("asyncio/"),
  visualizer: (target) => target === "asyncio/trace.ts" || target === "asyncio/heapq.ts",
  execute: (target) => /^(asyncio|stdlib|compiler)\//.test(target),
  // The command line installs the compiler's module hook before it loads anything else.
  cli: (target) => /^(execute|visualizer)\//.test(target) || target === "compiler/node-hook.ts",
  ".": () => true,
};

test("playground-runtime/src's folders import only the layers below them", () => {
  const wrong: string[] = [];
  for (const path of sources(SRC)) {
    const file = relative(SRC, path);
    const folder = file.includes("/") ? file.slice(0, file.indexOf("/")) : ".";
    const allowed = ALLOWED[folder];
    if (!allowed) {
      wrong.push(`${file}: a folder CONTRIBUTING's layer list does not name`);
      continue;
    }
    for (const spec of importsOf(path).filter((s) => s.startsWith("."))) {
      const target = relative(SRC, join(dirname(path), spec));
      const own = folder === "." ? !target.includes("/") : target.startsWith(`${folder}/`);
      if (!own && !allowed(target)) wrong.push(`${file} imports ${target}`);
    }
  }
  expect(wrong).toEqual([]);
});

test("the site imports the runtime only by the package's export names", () => {
  const { exports } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    exports: Record<string, string>;
  };
  const names = new Set(Object.keys(exports).map((key) => `playground-runtime${key.slice(1)}`));
  const wrong = sources(join(ROOT, "../src")).flatMap((path) =>
    importsOf(path)
      .filter(
        (spec) => spec.startsWith("playground-runtime") || spec.includes("playground-runtime/"),
      )
      // A Vite query (`?raw`) asks for the file as text: the name is what it qualifies.
      .filter((spec) => !names.has(spec.replace(/\?\w+$/, "")))
      .map((spec) => `${relative(join(ROOT, ".."), path)} imports ${spec}`),
  );
  expect(wrong).toEqual([]);
});

test("the compiler names the runtime's helpers only through contract.ts's typed rt()", () => {
  const dir = join(SRC, "compiler");
  const spelled = sources(dir)
    .filter((path) => !path.endsWith("contract.ts"))
    .flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .map((text, i) => ({ text: text.replace(/\/\/.*$|^\s*\*.*$/, ""), line: i + 1 }))
        .filter(({ text }) => text.includes("__rt") || text.includes("__filename"))
        .map(({ line }) => `${relative(SRC, path)}:${line}`),
    );
  expect(spelled).toEqual([]);
});
