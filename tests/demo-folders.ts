/**
 * The demo folders the proofs run: the guide's demos (content/demos) and the programs the
 * end-to-end tests type into a playground (tests/e2e/programs). Each holds main.ts, its Python
 * twin main.py, and expected.txt — what CPython printed for the twin.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const DEMO_ROOTS = ["content/demos", "tests/e2e/programs"];
export const TWIN_FILES = ["main.ts", "main.py", "expected.txt"] as const;

export interface DemoFolder {
  /** The folder relative to the repository, e.g. content/demos/principle/await-vs-task. */
  path: string;
  /** The id chapters use: the path below content/demos (or tests/e2e/programs). */
  id: string;
  dir: string;
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir);
  const here = entries.some((name) => name.endsWith(".ts") || name.endsWith(".py")) ? [dir] : [];
  return [
    ...here,
    ...entries
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isDirectory())
      .flatMap(walk),
  ];
}

export function demoFolders(): DemoFolder[] {
  return DEMO_ROOTS.flatMap((root) => {
    const base = join(ROOT, root);
    if (!existsSync(base)) return [];
    return walk(base).map((dir) => ({
      path: relative(ROOT, dir),
      id: relative(base, dir),
      dir,
    }));
  });
}

/** The demo's TypeScript files by name (the playground's files). */
export function typescriptFiles(folder: DemoFolder): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder.dir)
      .filter((name) => name.endsWith(".ts"))
      .map((name) => [name, readFileSync(join(folder.dir, name), "utf8")]),
  );
}

export function readTwinFile(folder: DemoFolder, name: (typeof TWIN_FILES)[number]): string {
  return readFileSync(join(folder.dir, name), "utf8");
}
