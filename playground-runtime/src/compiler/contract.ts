/**
 * What compiled code may assume of whoever runs it: the one definition the compiler writes
 * against and the loader (`src/execute/loader.ts`) implements. The compiler knows the runtime
 * by nothing else, so it runs in the browser and in Node alike and never imports asyncio.
 */

/** The modules every playground can import besides its own files. */
export const BUILTIN_MODULES = ["asyncio", "time", "contextvars", "inspect"] as const;
export type BuiltinModule = (typeof BUILTIN_MODULES)[number];

export function isBuiltinModule(spec: string): spec is BuiltinModule {
  return (BUILTIN_MODULES as readonly string[]).includes(spec);
}

/**
 * A `with` or `async with` statement under way (what `using` and `await using` compile to):
 * entered once, exited once, with the exception leaving the body or with none.
 */
export interface ContextManagerStatement {
  /** `__enter__()`'s value, or the awaitable `__aenter__()` returned. */
  enter(): unknown;
  /** `__exit__`/`__aexit__` with the body's exception, or three `None`s given no argument. */
  exit(...raised: [unknown] | []): unknown;
}

/** The runtime helpers compiled code calls, as `__rt.<name>(…)`. */
export interface RuntimeHelpers {
  /** What an `async function` call returns: its generator, as a coroutine named like Python's. */
  coroutine(
    gen: Generator<unknown, unknown, unknown>,
    name: string,
    qualname: string,
    filename: string,
    line: number,
  ): object;
  /** `await x` on `line`: the iterator `yield*` delegates to (Python's GET_AWAITABLE). */
  await_(awaitable: unknown, line: number): Iterable<unknown, unknown, unknown>;
  /** A statement dropped what an async function returned: warn that it was never awaited. */
  discard(value: unknown): void;
  /** What an `async function*` call returns: its generator, as an async generator object. */
  async_generator(
    gen: Generator<unknown, unknown, unknown>,
    name: string,
    qualname: string,
    filename: string,
    line: number,
  ): object;
  /** `yield v` in an async generator: the value, marked as yielded to the consumer. */
  async_gen_wrap(value: unknown): object;
  /** The start of `for await (… of it)`: Python's GET_AITER, `it.__aiter__()`. */
  async_for_iter(iterable: unknown): object;
  /** Each turn of it on `line`: awaits `__anext__()`; `done` once StopAsyncIteration ends it. */
  async_for_next(
    iterator: object,
    line: number,
  ): Generator<unknown, IteratorResult<unknown, undefined>, unknown>;
  /** Marks a compiled `async function*` so `isasyncgenfunction` knows it. */
  mark_async_generator_function<F extends Function>(fn: F): F;
  /** `await using v = mgr;` begins `async with mgr as v:` (CPython's protocol lookups). */
  async_with_statement(mgr: unknown): ContextManagerStatement;
  /** `using v = mgr;` begins `with mgr as v:`. */
  with_statement(mgr: unknown): ContextManagerStatement;
  /** A `catch` block begins handling `error`: Python's exception state (and implicit chaining). */
  enter_handler(error: unknown): void;
  /** The `catch` block is left, however. */
  exit_handler(): void;
  /** An exception leaves a handler: it gets the handled one as `__context__`, as in Python. */
  chain(error: unknown): void;
  /** `throw e` is `raise e`: chained to the exception being handled, then thrown. */
  raise<E>(error: E): E;
  /**
   * Python's `Exception`, the base a reader's `class X extends Error` gets: its instances keep
   * the arguments they were made with as `args`, as BaseException does.
   */
  Exception: new (
    ...args: unknown[]
  ) => Error;
  /** Marks a compiled `async function` so `iscoroutinefunction` knows it. */
  mark_coroutine_function<F extends Function>(fn: F): F;
  /** Marks the named async methods of a class's prototype, a class, or an object literal. */
  mark_coroutine_methods<T extends object>(holder: T, names: string[]): T;
}

/** The name the helpers go by in compiled code. */
export const RT = "__rt";

/** `__rt.<name>`: how the compiler spells a call to the runtime, so it can name no other. */
export function rt(name: keyof RuntimeHelpers): string {
  return `${RT}.${name}`;
}

/** The name compiled code reads its own file name by (a coroutine's `co_filename`). */
export const FILENAME = "__filename";

/**
 * A compiled file runs as the body of a function with these parameters, in this order (a
 * CommonJS module's, plus the helpers and the file's name).
 */
export const MODULE_PARAMETERS = ["require", "module", "exports", RT, FILENAME] as const;

/** That function, as the loader calls it. */
export type ModuleBody = (
  require: (spec: string) => unknown,
  module: { exports: Record<string, unknown> },
  exports: Record<string, unknown>,
  rt: RuntimeHelpers,
  filename: string,
) => void;
