/**
 * A Vite plugin that compiles the runtime's own coroutines as their modules load (see
 * `runtime.ts`): vitest's config and the site's (its pages and the executor worker) use it.
 */
import { compileRuntimeModule } from "./runtime.ts";

/** The plugin; it runs before Vite strips the types, and moves no line (so no source map). */
export function runtimeCoroutines() {
  return {
    name: "playground-runtime-coroutines",
    enforce: "pre" as const,
    transform(code: string, id: string) {
      const compiled = compileRuntimeModule(code, id);
      // A null map: lines are where they were, so earlier maps still hold.
      return compiled === null ? null : { code: compiled, map: null };
    },
  };
}
