/**
 * What a playground program sees: `asyncio` and `time` are the runtime's modules, and
 * `print` is Python's, a global. Declared here so the demos typecheck against the runtime.
 */
declare module "asyncio" {
  export * from "playground-runtime/asyncio";
}

declare module "time" {
  export * from "playground-runtime/time";
}

declare function print(...values: unknown[]): void;
