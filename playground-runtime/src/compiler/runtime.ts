/**
 * The runtime's own modules (`src/asyncio/*.ts`) through the playground compiler. Their
 * `async` functions become coroutines exactly as a reader's do, so `Lock.acquire` shows in a
 * task's repr, a call graph or a traceback at the line it is written on: kept by
 * construction, as in a reader's program, never by hand.
 *
 * Every loader of the runtime runs this before the module is evaluated: the Vite plugin
 * (`vite-plugin.ts`: vitest, the site and its executor worker) and the Node module hook
 * (`node-hook.ts`: the CLI, the bench, the fuzzer, scripts).
 */
import { RT } from "./contract.ts";
import { compileFile } from "./transform.ts";

/** A module of the runtime's asyncio package: `…/src/asyncio/locks.ts` gives `asyncio/locks.ts`. */
const RUNTIME_MODULE = /[\\/]playground-runtime[\\/]src[\\/](asyncio[\\/][a-z_]+\.ts)$/;

/** The module that defines the runtime helpers (contract.ts's RuntimeHelpers) for its siblings. */
const HELPERS = "coroutines.ts";

/** The name a runtime module's coroutines report (`asyncio/locks.ts`), or null for any other file. */
export function runtimeModuleName(path: string): string | null {
  const match = RUNTIME_MODULE.exec(path.split("?")[0]);
  return match ? match[1].replace("\\", "/") : null;
}

/**
 * Modules whose CPython counterpart is C (`_asynciomodule.c`: `Task`, `Future`): their `catch`
 * blocks handle an exception without making it the one being handled, as C code does, so a
 * task's step lends nothing to the coroutine it runs.
 */
const IN_C = ["asyncio/tasks.ts", "asyncio/futures.ts"];

/** `__LINE__`: a runtime module's name for the line it is written on (graph.ts's frames). */
const LINE = /\b__LINE__\b/g;

/**
 * A runtime module compiled (still an ES module, types stripped, every line where it was, each
 * `__LINE__` replaced by its line), or null when `path` is not one, or has nothing to compile.
 */
export function compileRuntimeModule(source: string, path: string): string | null {
  const name = runtimeModuleName(path);
  if (name === null || name.endsWith(`/${HELPERS}`)) return null;
  if (!/\basync\b/.test(source) && !source.includes("__LINE__")) return null;
  // Compiled first, so the module's `declare const __LINE__` is gone (types are).
  const { code } = compileFile(source, path, {
    esm: true,
    filename: name,
    handlerState: !IN_C.includes(name),
    pythonExceptions: false,
  });
  const lined = code
    .split("\n")
    .map((text, i) => text.replace(LINE, String(i + 1)))
    .join("\n");
  // Line 1 also binds the helpers, so no line moves.
  return `import { runtime_helpers as ${RT} } from "./${HELPERS}"; ${lined}`;
}
