/**
 * The guide's demos, read from content/demos at build time. A demo is a folder: its
 * TypeScript playground files (the entry is main.ts), its Python twin (main.py) and the
 * output CPython printed for the twin (expected.txt).
 */
const sources = import.meta.glob<string>("/content/demos/**/*.{ts,py,txt}", {
  query: "?raw",
  import: "default",
  eager: true,
});

export interface Demo {
  id: string;
  /** The playground's TypeScript files by name, entry first. */
  files: Record<string, string>;
  entry: string;
  python: string;
  expected: string;
}

const ENTRY = "main.ts";

function collectDemos(): Map<string, Demo> {
  const demos = new Map<string, Demo>();
  for (const [path, text] of Object.entries(sources)) {
    const match = /^\/content\/demos\/(.+)\/([^/]+)$/.exec(path);
    if (!match) continue;
    const [, id, name] = match;
    const demo = demos.get(id) ?? { id, files: {}, entry: ENTRY, python: "", expected: "" };
    if (name.endsWith(".ts")) demo.files[name] = text;
    else if (name === "main.py") demo.python = text;
    else if (name === "expected.txt") demo.expected = text;
    demos.set(id, demo);
  }
  for (const demo of demos.values()) {
    const { [ENTRY]: entry, ...others } = demo.files;
    if (entry === undefined) throw new Error(`Demo "${demo.id}" has no ${ENTRY}`);
    demo.files = { [ENTRY]: entry, ...others };
  }
  return demos;
}

const demos = collectDemos();

/** Every demo id, sorted. */
export function demoIds(): string[] {
  return [...demos.keys()].sort();
}

/** The demo with this id; a build error naming the known ids when there is none. */
export function getDemo(id: string): Demo {
  const demo = demos.get(id);
  if (!demo) {
    throw new Error(`No demo "${id}" in content/demos. Known demos: ${demoIds().join(", ")}`);
  }
  return demo;
}
