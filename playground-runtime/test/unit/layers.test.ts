/**
 * The runtime's house rules, read off its source: imports follow the layers (CPython's own
 * module graph), and no line number in `src/asyncio` is kept by hand.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

/**
 * The layers, top first (the list in CONTRIBUTING.md): a module may import its own layer
 * and the ones below it, never one above.
 */
const LAYERS: string[][] = [
  ["cli/", "execute/", "visualizer/", "index.ts"],
  ["asyncio/index.ts", "stdlib/"],
  ["asyncio/runners.ts", "asyncio/taskgroups.ts"],
  ["asyncio/base_events.ts"],
  ["asyncio/tasks.ts", "asyncio/timeouts.ts", "asyncio/threads.ts", "asyncio/graph.ts"],
  ["asyncio/queues.ts", "asyncio/locks.ts", "asyncio/mixins.ts"],
  [
    "asyncio/futures.ts",
    "asyncio/coroutines.ts",
    "asyncio/asyncgen.ts",
    "asyncio/async_with.ts",
    "asyncio/statements.ts",
  ],
  ["asyncio/events.ts"],
  [
    "asyncio/heapq.ts",
    "asyncio/deque.ts",
    "asyncio/clocks.ts",
    "asyncio/trace.ts",
    "asyncio/print.ts",
    "asyncio/exceptions.ts",
    "asyncio/arguments.ts",
    "asyncio/format_helpers.ts",
    "asyncio/warnings.ts",
    "asyncio/concurrent_futures.ts",
    "asyncio/context.ts",
    "compiler/",
  ],
];

/** The one cycle CPython itself has: tasks.wait_for uses timeouts, timeouts uses tasks. */
const CYCLES = [["asyncio/tasks.ts", "asyncio/timeouts.ts"]];

/** A module's layer; one of the runtime's (asyncio, compiler) must be listed. */
function layerOf(module: string): number {
  const at = LAYERS.findIndex((layer) =>
    layer.some((entry) => (entry.endsWith("/") ? module.startsWith(entry) : module === entry)),
  );
  if (at >= 0) return at;
  // Anything else sits on top with the entry points, and imports what it likes.
  if (!/^(asyncio|compiler)\//.test(module)) return 0;
  throw new Error(`${module} is in no layer: add it to the list (and CONTRIBUTING)`);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [relative(SRC, path)] : [];
  });
}

/** Every module's imports within src (type-only ones too: a type is a dependency). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const module of sources(SRC)) {
    const text = readFileSync(join(SRC, module), "utf8");
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?from "(\.[^"]+)";/gms)].map(
      ([, spec]) => relative(SRC, join(SRC, module, "..", spec)),
    );
    const dynamic = [...text.matchAll(/\bimport\("(\.[^"]+)"\)/g)].map(([, spec]) =>
      relative(SRC, join(SRC, module, "..", spec)),
    );
    const side = [...text.matchAll(/^import "(\.[^"]+)";/gm)].map(([, spec]) =>
      relative(SRC, join(SRC, module, "..", spec)),
    );
    graph.set(module, [...new Set([...targets, ...dynamic, ...side])]);
  }
  return graph;
}

const allowedCycle = (a: string, b: string) =>
  CYCLES.some(([x, y]) => (a === x && b === y) || (a === y && b === x));

describe("layers", () => {
  const graph = importGraph();

  it("finds the imports it checks", () => {
    expect(graph.get("asyncio/tasks.ts")).toContain("asyncio/queues.ts");
    expect(graph.get("asyncio/events.ts")).toContain("asyncio/concurrent_futures.ts");
  });

  it("no module imports one from a layer above it", () => {
    const upward: string[] = [];
    for (const [module, targets] of graph) {
      for (const target of targets) {
        if (layerOf(target) < layerOf(module) && !allowedCycle(module, target)) {
          upward.push(`${module} → ${target}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it("the only import cycle is the one CPython has (tasks ⇄ timeouts)", () => {
    const cycles: string[] = [];
    const path: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (module: string) => {
      state.set(module, "open");
      path.push(module);
      for (const target of graph.get(module) ?? []) {
        if (state.get(target) === "open") {
          const cycle = path.slice(path.indexOf(target));
          const named = cycle.length === 2 && allowedCycle(cycle[0], cycle[1]);
          if (!named) cycles.push([...cycle, target].join(" → "));
        } else if (!state.has(target)) visit(target);
      }
      path.pop();
      state.set(module, "done");
    };
    for (const module of graph.keys()) if (!state.has(module)) visit(module);
    expect(cycles).toEqual([]);
  });
});

/** What a line number kept by hand looks like in the runtime's source. */
const HAND_KEPT = [
  // A coroutine compiled by hand: `coroutine(function* () { … yield* await_(x, 12) … }, …)`.
  { rule: "a hand-compiled coroutine", pattern: /(?<![\w.])(?:await_|coroutine)\(/ },
  // Any call handing over a file and a number, a line or frame with a number for its line.
  { rule: "a file and a line number", pattern: /\bFILE,\s*\d+/ },
  {
    rule: "a line number literal",
    pattern: /\b(?:line|lineno|firstLine|f_lineno|co_firstlineno)\s*[:=]\s*\d+/,
  },
  {
    rule: "a frame's line number literal",
    pattern: /\b\w*[fF]rame\(\s*["'][^"']*["'],\s*\d+\s*\)/,
  },
];

/** The source without comments (they may show the compiled form they explain). */
const code = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " ")).replace(/\/\/.*$/gm, "");

/** `file:line: rule` for every hand-kept line number in `text`. */
function handKept(file: string, text: string): string[] {
  const source = code(text);
  const found: string[] = [];
  for (const { rule, pattern } of HAND_KEPT) {
    for (const match of source.matchAll(new RegExp(pattern, "g"))) {
      const line = source.slice(0, match.index).split("\n").length;
      found.push(`${file}:${line}: ${rule}`);
    }
  }
  return found;
}

describe("no line number is kept by hand in src/asyncio", () => {
  const dir = join(SRC, "asyncio");
  // coroutines.ts and asyncgen.ts define the helpers the compiler calls (and so name them).
  const helpers = ["coroutines.ts", "asyncgen.ts"];
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !helpers.includes(f));

  it("every runtime module is free of them", () => {
    const found = files.flatMap((file) => handKept(file, readFileSync(join(dir, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("the check catches each form of them", () => {
    const samples = [
      "    yield* await_(fut, 111);",
      "  return coroutine(gen, 'acquire', 'Lock.acquire', FILE, 98);",
      "      FILE,\n      98,",
      "  const frame = { filename, lineno: 220 };",
      '    apiFrame("format_call_graph", 257),',
    ];
    for (const sample of samples) {
      expect(handKept("sample.ts", sample), sample).not.toEqual([]);
    }
    expect(handKept("sample.ts", "    await fut;\n    apiFrame('x', __LINE__);")).toEqual([]);
  });
});
