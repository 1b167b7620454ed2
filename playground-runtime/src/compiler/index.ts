/**
 * The playground compiler: a demo's TypeScript files become JavaScript the runtime runs, each
 * `async function` a generator-backed coroutine and each `await` a `yield*`, line for line.
 * It knows the runtime only by the names it binds (`__rt.coroutine`, `__rt.await_`…), so it
 * runs as well in the browser as in Node.
 */
export { CompileError } from "./errors.ts";
export { BUILTIN_MODULES, compile, resolveImport } from "./modules.ts";
export {
  type CompiledFile,
  type FunctionInfo,
  type SourcePosition,
  sourceColumn,
} from "./transform.ts";
