/**
 * Python's coroutine objects, for the playground's compiled `async function`s.
 *
 * The compiler turns `async function f() { … await x … }` into a generator wrapped by
 * `coroutine(…)`, and each `await x` into `yield* await_(x, line)` — Python's `await x` is
 * `yield from x.__await__()`. A Coroutine is its own iterator, so `yield*` delegates straight
 * to it, as awaiting a coroutine in Python delegates to the coroutine itself.
 *
 * "coroutine 'f' was never awaited": Python warns when a never-started coroutine is garbage
 * collected, which CPython's reference counting makes immediate. JavaScript collects
 * whenever it likes, so the runtime reports every coroutine that was created but never
 * started when the program ends — deterministic, and in the order they were created.
 */
import { RuntimeError } from "./exceptions.ts";
import { caller_frame, extract_stack } from "./format_helpers.ts";
import { id, repr } from "./print.ts";

type State = "created" | "running" | "suspended" | "closed";

/** What Python's `cr_code` tells about the coroutine's function. */
export interface CodeInfo {
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
}

/** The innermost coroutine whose code is executing right now. */
let running: Coroutine | null = null;

/** Coroutines created and not yet started, in creation order (for the never-awaited warning). */
const unstarted = new Set<Coroutine>();

/**
 * Whether coroutines remember where they were created, so the never-awaited warning can name
 * the line as Python does. Capturing a stack per coroutine costs time: the executor turns it
 * on for readers' programs; benchmarks leave it off.
 */
let trackOrigins = false;

export function _set_track_origins(enabled: boolean): void {
  trackOrigins = enabled;
}

/** The coroutine object an `async function` call returns. */
export class Coroutine<T = unknown> implements Iterator<unknown, T, unknown> {
  readonly __name__: string;
  readonly __qualname__: string;
  private readonly filename: string;
  private readonly firstLine: number;
  /** What the coroutine awaits while suspended (a Future, or another Coroutine). */
  cr_await: unknown = null;
  /** Whether its code is executing now. */
  cr_running = false;
  /** The line of the await it is suspended at (or last ran), for frames and tracebacks. */
  lineno: number;
  private state: State = "created";
  private readonly gen: Generator<unknown, T, unknown>;
  /** The stack that created the coroutine, when origins are tracked. */
  readonly _origin: Error | null;
  /**
   * Types only: lets TypeScript see `await coro` as the coroutine's result. Nothing calls
   * it — `await` is compiled to the runtime's own protocol.
   */
  // biome-ignore lint/suspicious/noThenProperty: a type-only then, never defined at run time
  declare then: <R = T>(onfulfilled?: (value: T) => R) => PromiseLike<R>;

  constructor(
    gen: Generator<unknown, T, unknown>,
    name: string,
    qualname: string,
    filename: string,
    firstLine: number,
  ) {
    this.gen = gen;
    this.__name__ = name;
    this.__qualname__ = qualname;
    this.filename = filename;
    this.firstLine = firstLine;
    this.lineno = firstLine;
    // The runtime's own coroutines are always awaited at once: only the reader's can be
    // forgotten, so only theirs are tracked (which keeps the hot path free of bookkeeping).
    const readers = !filename.startsWith("asyncio/");
    this._origin = trackOrigins && readers ? extract_stack() : null;
    if (readers) unstarted.add(this);
  }

  /** Python's `cr_code`: the function's name, qualname, file and first line. */
  get cr_code(): CodeInfo {
    return {
      co_name: this.__name__,
      co_qualname: this.__qualname__,
      co_filename: this.filename,
      co_firstlineno: this.firstLine,
    };
  }

  /** Python's `cr_frame`: the suspended frame's current line, or null once finished. */
  get cr_frame(): { f_lineno: number } | null {
    return this.state === "closed" ? null : { f_lineno: this.lineno };
  }

  /** Python's `inspect.getcoroutinestate`, as CORO_CREATED / CORO_RUNNING / … */
  get cr_state(): "CORO_CREATED" | "CORO_RUNNING" | "CORO_SUSPENDED" | "CORO_CLOSED" {
    return `CORO_${this.state.toUpperCase()}` as "CORO_CREATED";
  }

  private enter(): Coroutine | null {
    if (this.state === "closed") {
      throw new RuntimeError("cannot reuse already awaited coroutine");
    }
    if (this.cr_running) throw new RuntimeError("coroutine already executing");
    if (this.state === "created") unstarted.delete(this);
    const outer = running;
    running = this;
    this.cr_running = true;
    this.state = "running";
    return outer;
  }

  private leave(outer: Coroutine | null, result: IteratorResult<unknown, T> | null): void {
    this.cr_running = false;
    running = outer;
    if (result === null || result.done) {
      this.state = "closed";
      this.cr_await = null;
    } else {
      this.state = "suspended";
    }
  }

  /** Resumes with a value (iterator protocol; Python's `send`, without StopIteration). */
  next(value?: unknown): IteratorResult<unknown, T> {
    if (this.state === "created" && value !== undefined && value !== null) {
      throw new TypeError("can't send non-None value to a just-started coroutine");
    }
    const outer = this.enter();
    let result: IteratorResult<unknown, T> | null = null;
    try {
      result = this.gen.next(value);
      return result;
    } finally {
      this.leave(outer, result);
    }
  }

  /** Raises `error` at the await the coroutine is suspended at. */
  throw(error: unknown): IteratorResult<unknown, T> {
    const outer = this.enter();
    let result: IteratorResult<unknown, T> | null = null;
    try {
      result = this.gen.throw(error);
      return result;
    } finally {
      this.leave(outer, result);
    }
  }

  /** Finishes the coroutine early (what `yield*` calls when its delegator is closed). */
  return(value?: T): IteratorResult<unknown, T> {
    if (this.state === "closed") return { done: true, value: value as T };
    const outer = this.enter();
    let result: IteratorResult<unknown, T> | null = null;
    try {
      result = this.gen.return(value as T);
      return result;
    } finally {
      this.leave(outer, result);
    }
  }

  /** Python's `close()`: a never-started coroutine just closes, without a warning. */
  close(): void {
    unstarted.delete(this);
    if (this.state === "created") {
      this.state = "closed";
      return;
    }
    if (this.state !== "closed") this.return();
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** Awaiting a coroutine delegates to the coroutine itself. */
  __await__(): this {
    return this;
  }

  __repr__(): string {
    return `<coroutine object ${this.__qualname__} at 0x${id(this).toString(16)}>`;
  }
}

/** Wraps a compiled async function's generator as a coroutine object. */
export function coroutine<T>(
  gen: Generator<unknown, T, unknown>,
  name: string,
  qualname: string,
  filename: string,
  firstLine: number,
): Coroutine<T> {
  return new Coroutine(gen, name, qualname, filename, firstLine);
}

/**
 * An `async function` call as TypeScript sees it (a Promise) and as it runs (a Coroutine): the
 * public API takes either, so a playground typechecks as it is written.
 */
export type CoroutineLike<T> = Coroutine<T> | PromiseLike<T>;

/** Anything `await` accepts: it has `__await__()` returning an iterator. */
export interface Awaitable<T = unknown> {
  __await__(): Iterator<unknown, T, unknown>;
}

/**
 * `await x` at `line`: records where the running coroutine is suspended and on what, then
 * returns the iterator to delegate to (Python's GET_AWAITABLE).
 */
export function await_<T>(
  awaitable: Awaitable<T> | Coroutine<T>,
  line: number,
): Iterable<unknown, T, unknown> {
  const current = running;
  if (current !== null) {
    current.lineno = line;
    current.cr_await = awaitable;
  }
  if (awaitable instanceof Coroutine) {
    if (awaitable.cr_state === "CORO_CLOSED") {
      throw new RuntimeError("cannot reuse already awaited coroutine");
    }
    if (awaitable.cr_state !== "CORO_CREATED") {
      throw new RuntimeError("coroutine is being awaited already");
    }
    return awaitable;
  }
  const method = (awaitable as Partial<Awaitable<T>> | null)?.__await__;
  if (typeof method !== "function") {
    throw new TypeError(`'${typeName(awaitable)}' object can't be awaited`);
  }
  const iterator = method.call(awaitable);
  if (iterator === null || typeof iterator !== "object" || typeof iterator.next !== "function") {
    throw new TypeError(`__await__() returned non-iterator of type '${typeName(iterator)}'`);
  }
  return Symbol.iterator in iterator
    ? (iterator as Iterable<unknown, T, unknown>)
    : { [Symbol.iterator]: () => iterator };
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return "list";
  return (value as object).constructor?.name ?? "object";
}

/** The coroutine whose code is running now (null between steps). */
export function _running_coroutine(): Coroutine | null {
  return running;
}

const coroutineFunctions = new WeakSet<Function>();

/** Marks a compiled `async function` so iscoroutinefunction recognises it. */
export function mark_coroutine_function<F extends Function>(fn: F): F {
  coroutineFunctions.add(fn);
  return fn;
}

/** Python's `asyncio.iscoroutine`. */
export function iscoroutine(value: unknown): value is Coroutine {
  return value instanceof Coroutine;
}

/** Python's `asyncio.iscoroutinefunction`: true for a playground's async functions. */
export function iscoroutinefunction(value: unknown): boolean {
  return typeof value === "function" && coroutineFunctions.has(value);
}

/**
 * Reports, once, every coroutine that was created and never started, as Python's
 * RuntimeWarning would; returns the warnings' text.
 */
export function _take_never_awaited(): string[] {
  const warnings = [...unstarted].map((coro) => {
    const message = `RuntimeWarning: coroutine ${repr(coro.__qualname__)} was never awaited`;
    // Skip the async function's own frame: the warning names the line that called it.
    const origin = caller_frame(coro._origin, 1);
    if (origin === null) return message;
    return `${origin.file}:${origin.line}: ${message}\n  ${origin.text}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback`;
  });
  unstarted.clear();
  return warnings;
}

/** Forgets all coroutine bookkeeping (a fresh program). */
export function _reset_coroutines(): void {
  unstarted.clear();
  running = null;
}
