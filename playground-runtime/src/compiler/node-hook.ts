/**
 * Node's module hook that compiles the runtime's own coroutines as their modules load (see
 * `runtime.ts`). A Node entry point that uses the runtime (the CLI, the bench, the fuzzer)
 * imports this module first and the runtime only after it, with a dynamic `import()`: a
 * static import would be loaded before the hook is in place.
 */
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";
import { compileRuntimeModule, runtimeModuleName } from "./runtime.ts";

registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (!url.startsWith("file:")) return loaded;
    const path = fileURLToPath(url);
    if (runtimeModuleName(path) === null || loaded.source == null) return loaded;
    const source =
      typeof loaded.source === "string" ? loaded.source : new TextDecoder().decode(loaded.source);
    const compiled = compileRuntimeModule(source, path);
    // Compiled code has no types left: plain JavaScript for Node.
    return compiled === null ? loaded : { ...loaded, format: "module", source: compiled };
  },
});
