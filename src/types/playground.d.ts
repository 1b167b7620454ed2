/**
 * What a playground program sees: `asyncio`, `time`, `contextvars` and `inspect` are the runtime's modules, and
 * `print` is Python's, a global. Declared here so the demos typecheck against the runtime.
 */
declare module "asyncio" {
  export * from "playground-runtime/asyncio";
}

declare module "time" {
  export * from "playground-runtime/time";
}

declare module "contextvars" {
  export * from "playground-runtime/contextvars";
}

declare module "inspect" {
  export * from "playground-runtime/inspect";
}

declare function print(...values: unknown[]): void;

/** Python's `aiter` and `anext` (with a default), globals as in Python. */
declare function aiter<T>(iterable: AsyncIterable<T>): AsyncIterator<T>;
declare function anext<T, D = T>(iterator: AsyncIterator<T>, ...fallback: [D?]): Promise<T | D>;

/** What an `async function*` returns is Python's async generator: its own methods too. */
interface AsyncGenerator<T = unknown, TReturn = any, TNext = any> {
  asend(value: TNext): Promise<T>;
  athrow(error: unknown): Promise<T>;
  aclose(): Promise<void>;
  __anext__(): Promise<T>;
  __aiter__(): this;
  readonly ag_running: boolean;
}

/** Python's `repr`, also a global of every playground program. */
declare function repr(value: unknown): string;

// Python's built-in exceptions that playground programs see as globals (the runtime's own
// classes: a SystemExit or KeyboardInterrupt leaves the event loop as it does in CPython).
declare class SystemExit extends Error {
  constructor(code?: unknown);
}
declare class KeyboardInterrupt extends Error {}
/** What a coroutine driven by hand (`send`, `throw`) raises when it returns. */
declare class StopIteration extends Error {
  readonly value: unknown;
}
declare class StopAsyncIteration extends Error {}
declare class GeneratorExit extends Error {}
/** What assigning a read-only attribute raises (a `ContextVar`'s `name`). */
declare class AttributeError extends Error {}

/** pyodide's Emscripten module factory, which `loadPyodide` takes as `createPyodideModule`. */
declare module "pyodide/pyodide.asm.mjs" {
  const createPyodideModule: (settings: object) => Promise<unknown>;
  export default createPyodideModule;
}
