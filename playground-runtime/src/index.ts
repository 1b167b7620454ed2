/**
 * playground-runtime: CPython's asyncio in TypeScript, the playground compiler, and
 * `execute`, which compiles and runs a demo (used by the browser's worker and the CLI).
 */

export type { TraceEvent } from "./asyncio/trace.ts";
export { CompileError, compile } from "./compiler/index.ts";
export { type ExecuteOptions, type ExecuteResult, execute, type Frame } from "./execute/index.ts";
