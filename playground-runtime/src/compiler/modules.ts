/**
 * How a playground's files find each other: `asyncio` and `time` are the runtime's modules,
 * and a relative import names another file of the demo. Anything else is refused at the
 * import's line, naming what is available.
 */
import { BUILTIN_MODULES, isBuiltinModule } from "./contract.ts";
import { CompileError, moduleNotFound } from "./errors.ts";
import { type CompiledFile, compileFile } from "./transform.ts";

/**
 * The demo file a relative import names (`./worker`, `./worker.ts` or `./worker.js`, as
 * TypeScript's module resolution allows), or null.
 */
export function resolveImport(spec: string, files: Record<string, string>): string | null {
  if (!spec.startsWith("./")) return null;
  const bare = spec.slice(2);
  const stem = bare.endsWith(".js") ? bare.slice(0, -3) : bare;
  for (const candidate of [bare, `${stem}.ts`]) {
    if (Object.hasOwn(files, candidate)) return candidate;
  }
  return null;
}

/**
 * Compiles `entry` and every file it imports, directly or not. Throws CompileError for a
 * syntax error or an import that is neither a runtime module nor one of the demo's files.
 */
export function compile(
  files: Record<string, string>,
  entry: string,
): Record<string, CompiledFile> {
  const compiled: Record<string, CompiledFile> = {};
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (Object.hasOwn(compiled, file)) continue;
    const result = compileFile(files[file], file);
    compiled[file] = result;
    for (const { spec, line, column } of result.imports) {
      if (isBuiltinModule(spec)) continue;
      const target = resolveImport(spec, files);
      if (target !== null) {
        pending.push(target);
        continue;
      }
      const others = Object.keys(files).filter((name) => name !== file);
      const available = [...BUILTIN_MODULES, ...others.map((name) => `./${name}`)];
      throw new CompileError(
        moduleNotFound(spec, available),
        file,
        line,
        column,
        "ModuleNotFoundError",
      );
    }
  }
  return compiled;
}
