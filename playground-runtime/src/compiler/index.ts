/**
 * The playground compiler: a demo's TypeScript files become JavaScript the runtime runs, each
 * `async function` a generator-backed coroutine and each `await` a `yield*`, line for line.
 * It knows the runtime only by the helpers of `contract.ts` (`__rt.coroutine`, `__rt.await_`…),
 * so it runs as well in the browser as in Node.
 */

export {
  BUILTIN_MODULES,
  type BuiltinModule,
  isBuiltinModule,
  MODULE_PARAMETERS,
  type ModuleBody,
  type RuntimeHelpers,
} from "./contract.ts";
export { CompileError } from "./errors.ts";
export { compile, resolveImport } from "./modules.ts";
export {
  type CompiledFile,
  type FunctionInfo,
  type SourcePosition,
  sourceColumn,
} from "./transform.ts";
