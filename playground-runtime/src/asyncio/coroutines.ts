/**
 * Python's coroutine objects, for the playground's compiled `async function`s.
 *
 * The compiler turns `async function f() { … await x … }` into a generator wrapped by
 * `coroutine(…)`, and each `await x` into `yield* await_(x, line)` — Python's `await x` is
 * `yield from x.__await__()`. `yield*` delegates straight to the coroutine, as awaiting a
 * coroutine in Python delegates to the coroutine itself, through its `[Symbol.iterator]` (the
 * iterator protocol), so its own `send`/`throw`/`close` can be Python's.
 *
 * "coroutine 'f' was never awaited": Python warns when a never-started coroutine is garbage
 * collected, which CPython's reference counting makes immediate. JavaScript collects
 * whenever it likes, so the runtime reports every coroutine that was created but never
 * started when the program ends — deterministic, and in the order they were created.
 */
import {
  _chain,
  _enter_handler,
  _exc_info,
  _exit_handler,
  _raise,
  _reset_exc_info,
  _set_exc_info,
  DeprecationWarning,
  type ExceptionState,
  GeneratorExit,
  RuntimeError,
  StopIteration,
  ValueError,
} from "./exceptions.ts";
import { caller_frame, extract_stack } from "./format_helpers.ts";
import { id, repr, str, type_name, write_stderr } from "./print.ts";
import { _deprecated, warn } from "./warnings.ts";

// A coroutine's life, as Python's inspect.getcoroutinestate names it (numbers: the hot path
// compares them on every resumption).
const CREATED = 0;
const RUNNING = 1;
const SUSPENDED = 2;
const CLOSED = 3;
const STATE_NAMES = ["CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"] as const;

/** What Python's `cr_code` tells about the coroutine's function. */
export interface CodeInfo {
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  readonly co_firstlineno: number;
}

/** The innermost coroutine whose code is executing right now. */
let running: Coroutine | null = null;

/** The awaited coroutine a `close()` has just closed, on its delegator's way to raising. */
let closedDelegate: Coroutine | null = null;

/**
 * Coroutines that may not have started yet, in creation order (for the never-awaited
 * warning). Appending is all the hot path pays; started ones are swept out now and then.
 */
let unstarted: Coroutine[] = [];
let sweepAt = 1024;

/** Where the runtime's own coroutines (sleep, wait, …) say they are defined. */
const RUNTIME_FILES = "asyncio/";

/**
 * How many more coroutines remember where they were created, so the never-awaited warning can
 * name the line as Python does. Capturing a stack costs microseconds, so only the reader's own
 * coroutines capture one (a forgotten `asyncio.sleep()` is still reported, without its line),
 * and only the first ORIGIN_BUDGET of a program: a demo never makes that many, a benchmark
 * making a hundred thousand does not pay for them.
 */
let originsLeft = 0;
const ORIGIN_BUDGET = 1000;

/** Turns origin tracking on (with a fresh budget) or off; the executor turns it on for a run. */
export function _set_track_origins(enabled: boolean): void {
  originsLeft = enabled ? ORIGIN_BUDGET : 0;
}

/** The coroutine object an `async function` call returns. */
export class Coroutine<T = unknown> implements Iterable<unknown, T, unknown> {
  private name: string;
  private qualname: string;
  /** The function's own names (`cr_code`), which renaming the coroutine leaves alone. */
  private readonly codeName: string;
  private readonly codeQualname: string;
  private readonly filename: string;
  private readonly firstLine: number;
  /** What the coroutine awaits while suspended (a Future, or another Coroutine). */
  cr_await: unknown = null;
  /** The line of the await it is suspended at (or last ran), for frames and tracebacks. */
  lineno: number;
  /** CREATED, RUNNING, SUSPENDED or CLOSED. */
  _state = CREATED;
  private readonly gen: Iterator<unknown, T, unknown>;
  /** The stack that created the coroutine, when origins are tracked. */
  readonly _origin: Error | null;
  /** Whether its never-awaited warning was already given (it was dropped by a statement). */
  _warned = false;
  /** What its own `except` blocks are handling (CPython's `gi_exc_state`). */
  private readonly excState: ExceptionState = { handled: [], previous_item: null };
  /**
   * Null for a coroutine an `async function` made; the type name of an awaitable CPython
   * builds in C and counts as a coroutine (an async generator's `asend`), which has no code
   * or name of its own.
   */
  readonly _builtin_type: string | null = null;
  /**
   * Types only: TypeScript sees a Coroutine as a Promise, and nothing defines these at run
   * time (`await` is compiled to the runtime's own protocol). TypeScript insists that an
   * `async` function returns a Promise, so that is how every async function is typed, the
   * reader's and the runtime's own (`async acquire(): Promise<boolean>`), while at run time
   * it returns a Coroutine. With these a Coroutine is a Promise to the type checker: the
   * hand-written ones (`sleep(0)`) can be returned as one, and `promise as Coroutine<T>`
   * says where the runtime needs the coroutine object itself.
   */
  // biome-ignore lint/suspicious/noThenProperty: a type-only then, never defined at run time
  declare then: Promise<T>["then"];
  declare catch: Promise<T>["catch"];
  declare finally: Promise<T>["finally"];
  declare readonly [Symbol.toStringTag]: string;

  constructor(
    gen: Iterator<unknown, T, unknown>,
    name: string,
    qualname: string,
    filename: string,
    firstLine: number,
  ) {
    this.gen = gen;
    this.name = this.codeName = name;
    this.qualname = this.codeQualname = qualname;
    this.filename = filename;
    this.firstLine = firstLine;
    this.lineno = firstLine;
    if (originsLeft > 0 && !filename.startsWith(RUNTIME_FILES)) {
      originsLeft -= 1;
      this._origin = extract_stack();
    } else {
      this._origin = null;
    }
    unstarted.push(this);
    if (unstarted.length >= sweepAt) {
      unstarted = unstarted.filter((coro) => coro._state === CREATED);
      sweepAt = Math.max(1024, unstarted.length * 2);
    }
  }

  /** Python's `__name__`: the function's name unless renamed (CPython lets it be set). */
  get __name__(): string {
    return this.name;
  }

  set __name__(value: string) {
    this.name = name_set("__name__", value);
  }

  /** Python's `__qualname__`, settable as `__name__` is. */
  get __qualname__(): string {
    return this.qualname;
  }

  set __qualname__(value: string) {
    this.qualname = name_set("__qualname__", value);
  }

  /** Python's `cr_code`: the function's name, qualname, file and first line. */
  get cr_code(): CodeInfo {
    return {
      co_name: this.codeName,
      co_qualname: this.codeQualname,
      co_filename: this.filename,
      co_firstlineno: this.firstLine,
    };
  }

  /** Whether its code is executing now. */
  get cr_running(): boolean {
    return this._state === RUNNING;
  }

  /** Python's `cr_frame`: the suspended frame's current line, or null once finished. */
  get cr_frame(): { f_lineno: number } | null {
    return this._state === CLOSED ? null : { f_lineno: this.lineno };
  }

  /** Python's `inspect.getcoroutinestate`: CORO_CREATED, CORO_RUNNING, … */
  get cr_state(): (typeof STATE_NAMES)[number] {
    return STATE_NAMES[this._state];
  }

  /** Why a coroutine that is not suspended cannot be resumed (null: it can, it is new). */
  protected refusal(): Error | null {
    if (this._state === CLOSED) return new RuntimeError("cannot reuse already awaited coroutine");
    if (this._state === RUNNING) return new ValueError("coroutine already executing");
    return null;
  }

  /** Resumes with a value (iterator protocol; Python's `send`, without StopIteration). */
  next(value?: unknown): IteratorResult<unknown, T> {
    if (this._state !== SUSPENDED) {
      const refused = this.refusal();
      if (refused !== null) throw refused;
      if (value !== undefined && value !== null) {
        throw new TypeError("can't send non-None value to a just-started coroutine");
      }
    }
    const outer = running;
    running = this;
    this._state = RUNNING;
    const outerExc = this.resumeExcState();
    let result: IteratorResult<unknown, T>;
    try {
      result = this.gen.next(value);
    } catch (error) {
      running = outer;
      _set_exc_info(outerExc);
      this._finished();
      throw error;
    }
    running = outer;
    _set_exc_info(outerExc);
    if (result.done) this._finished();
    else this._state = SUSPENDED;
    return result;
  }

  /** Links its exception state on top of the caller's (as CPython resumes a frame); returns the caller's. */
  private resumeExcState(): ExceptionState {
    const outer = _exc_info();
    this.excState.previous_item = outer;
    _set_exc_info(this.excState);
    return outer;
  }

  protected _finished(): void {
    this._state = CLOSED;
    this.cr_await = null;
  }

  /**
   * Python's `send(value)`: resumes the coroutine and returns what it yields next; when it
   * returns instead, raises StopIteration carrying the return value.
   */
  send(value: unknown): unknown {
    const result = this.next(value);
    if (result.done) throw this._stop_iteration(result.value);
    return result.value;
  }

  /**
   * Python's `throw(exc)`: raises `exc` (an instance, or a class to instantiate) at the await
   * the coroutine is suspended at; returns what it yields next, or raises StopIteration with
   * its return value when it returns instead. The deprecated `throw(type, value, traceback)`
   * warns so, and makes the exception from the type and the value.
   */
  throw(exc: unknown, ...rest: unknown[]): unknown {
    if (rest.length > 0) {
      warn(
        "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        DeprecationWarning,
      );
    }
    const error = thrown_exception(exc, rest[0]);
    const result = this._throw(error);
    if (result.done) throw this._stop_iteration(result.value);
    return result.value;
  }

  /** The StopIteration a return ends with: a bare one for None, as CPython raises it. */
  private _stop_iteration(value: unknown): StopIteration {
    return value === null || value === undefined ? new StopIteration() : new StopIteration(value);
  }

  /** `throw` in the iterator protocol: the Task's step and `yield*` delegation use it. */
  _throw(error: unknown): IteratorResult<unknown, T> {
    const refused = this._state === SUSPENDED ? null : this.refusal();
    if (refused !== null) throw refused;
    return this.finishing((gen) => {
      // Resumed with an exception, the frame raises it: chained to what the coroutine is
      // handling, as CPython's gen_send_ex2 chains it (_PyErr_ChainStackItem).
      _chain(error, true);
      return gen.throw!(error);
    });
  }

  /** Runs `step` on the generator as the running coroutine (the cold path: throw). */
  private finishing(
    step: (gen: Iterator<unknown, T, unknown>) => IteratorResult<unknown, T>,
  ): IteratorResult<unknown, T> {
    const outer = running;
    running = this;
    this._state = RUNNING;
    const outerExc = this.resumeExcState();
    let result: IteratorResult<unknown, T> | null = null;
    try {
      result = step(this.gen);
      return result;
    } finally {
      running = outer;
      _set_exc_info(outerExc);
      if (result === null || result.done) this._finished();
      else this._state = SUSPENDED;
    }
  }

  /**
   * Python's `close()`, CPython's `gen_close`: a never-started coroutine just closes, without a
   * warning; a suspended one first closes the coroutine it awaits (`gen_close_iter`), then gets
   * GeneratorExit raised at its await (or the error that closing raised), so its `except` and
   * `finally` blocks see it. GeneratorExit coming back out means it closed; a value returned
   * is what `close()` returns (3.13); awaiting again instead is "coroutine ignored
   * GeneratorExit", and the coroutine stays suspended there.
   */
  close(): unknown {
    if (this._state === CREATED) {
      this._state = CLOSED;
      return null;
    }
    if (this._state === CLOSED) return null;
    const refused = this.refusal();
    if (refused !== null) throw refused;
    let error: unknown = new GeneratorExit();
    const awaited = this.cr_await;
    if (awaited instanceof Coroutine) {
      try {
        awaited.close();
      } catch (raised) {
        error = raised;
      }
      closedDelegate = awaited;
    }
    let result: IteratorResult<unknown, T>;
    try {
      result = this._throw(error);
    } catch (raised) {
      if (raised instanceof GeneratorExit) return null;
      throw raised;
    } finally {
      closedDelegate = null;
    }
    if (!result.done) throw new RuntimeError("coroutine ignored GeneratorExit");
    return result.value ?? null;
  }

  /**
   * What `yield*` delegates to: the coroutine in the iterator protocol, whose `throw` returns
   * an IteratorResult where Python's `throw` above returns the yielded value.
   */
  [Symbol.iterator](): Iterator<unknown, T, unknown> {
    return new CoroutineIterator(this);
  }

  /** Awaiting a coroutine delegates to the coroutine itself. */
  __await__(): this {
    return this;
  }

  /** A template literal shows what an f-string shows: Python's `str()`. */
  toString(): string {
    return str(this);
  }

  __repr__(): string {
    return `<coroutine object ${this.__qualname__} at 0x${id(this).toString(16)}>`;
  }
}

/**
 * The exception `throw(typ, val)` raises, as CPython's `_gen_throw` makes it: an instance as it
 * is (with no value of its own beside it), a class called with the value, unless the value is
 * already one of its instances (a tuple is its arguments, None none).
 */
function thrown_exception(typ: unknown, val: unknown): unknown {
  const none = val === undefined || val === null;
  if (typeof typ !== "function") {
    if (!none) throw new TypeError("instance exception may not have a separate value");
    return typ;
  }
  const type = typ as new (...args: unknown[]) => unknown;
  if (val instanceof type) return val;
  if (none) return new type();
  return Array.isArray(val) ? new type(...val) : new type(val);
}

/** A coroutine in JavaScript's iterator protocol (see `Coroutine[Symbol.iterator]`). */
class CoroutineIterator<T> implements Iterator<unknown, T, unknown> {
  private readonly coro: Coroutine<T>;
  constructor(coro: Coroutine<T>) {
    this.coro = coro;
  }
  next(value?: unknown): IteratorResult<unknown, T> {
    return this.coro.next(value);
  }
  throw(error: unknown): IteratorResult<unknown, T> {
    // Closing the delegator closed this coroutine first (see `close()`): the error is raised
    // in the delegator's frame, at its await, as CPython's gen_close raises it there.
    if (this.coro === closedDelegate) throw error;
    return this.coro._throw(error);
  }
}

/** What a bare `yield` gives the task, and a return of None: shared, nothing changes them. */
const BARE_YIELD: IteratorResult<unknown, never> = Object.freeze({ done: false, value: null });
const RETURN_NONE: IteratorResult<unknown, null> = Object.freeze({ done: true, value: null });

/** Stands in for the generator of a body with no code of its own to throw into or return from. */
const NO_BODY: Iterator<unknown, never, unknown> = {
  next: () => {
    throw new RuntimeError("a bare-yield coroutine has no body to run");
  },
  throw: (error: unknown) => {
    throw error;
  },
  return: (value: unknown) => ({ done: true, value }) as IteratorResult<unknown, never>,
};

/**
 * A coroutine whose whole body is one bare `yield` and then `return result` (CPython's
 * `@types.coroutine def __sleep0(): yield` inside `sleep(0)`), written by hand rather than as
 * a generator because `await asyncio.sleep(0)` is the runtime's hottest path.
 */
class BareYieldCoroutine<T> extends Coroutine<T> {
  private readonly result: T;
  constructor(result: T, name: string, filename: string, line: number) {
    super(NO_BODY, name, name, filename, line);
    this.result = result;
  }

  override next(value?: unknown): IteratorResult<unknown, T> {
    if (this._state === SUSPENDED) {
      this._finished();
      return this.result === null
        ? (RETURN_NONE as IteratorResult<unknown, T>)
        : { done: true, value: this.result };
    }
    const refused = this.refusal();
    if (refused !== null) throw refused;
    if (value !== undefined && value !== null) {
      throw new TypeError("can't send non-None value to a just-started coroutine");
    }
    this._state = SUSPENDED;
    return BARE_YIELD;
  }
}

/**
 * A coroutine that yields once, bare (the task steps again next turn), then returns `result`;
 * it says it is defined, and suspended, at `filename:line`.
 */
export function bare_yield_coroutine<T>(
  result: T,
  name: string,
  filename: string,
  line: number,
): Coroutine<T> {
  return new BareYieldCoroutine(result, name, filename, line);
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
  awaitable: Awaitable<T> | CoroutineLike<T>,
  line: number,
): Iterable<unknown, T, unknown> {
  const current = running;
  if (current !== null) {
    current.lineno = line;
    current.cr_await = awaitable;
  }
  if (awaitable instanceof Coroutine) {
    if (awaitable._state !== CREATED) {
      throw new RuntimeError(
        awaitable._state === CLOSED
          ? "cannot reuse already awaited coroutine"
          : "coroutine is being awaited already",
      );
    }
    return awaitable;
  }
  const iterator = _await_iterator<T>(awaitable);
  return Symbol.iterator in iterator
    ? (iterator as Iterable<unknown, T, unknown>)
    : { [Symbol.iterator]: () => iterator };
}

/**
 * The non-coroutine half of CPython's `_PyCoro_GetAwaitableIter`: the iterator `__await__()`
 * returns, checked (`await` and `anext_awaitable` both ask it).
 */
export function _await_iterator<T>(awaitable: unknown): Iterator<unknown, T, unknown> {
  const method = (awaitable as Partial<Awaitable<T>> | null)?.__await__;
  if (typeof method !== "function") {
    throw new TypeError(`'${type_name(awaitable)}' object can't be awaited`);
  }
  const iterator = method.call(awaitable);
  if (iterator === null || typeof iterator !== "object" || typeof iterator.next !== "function") {
    throw new TypeError(`__await__() returned non-iterator of type '${type_name(iterator)}'`);
  }
  return iterator;
}

/** CPython's `coroutines._format_coroutine`: `main() running at main.ts:12`. */
export function _format_coroutine(coro: Coroutine): string {
  // A built-in awaitable has no __qualname__, __name__ or code: CPython says so.
  if (coro._builtin_type !== null) return `<${coro._builtin_type} without __name__>()`;
  const name = `${coro.__qualname__}()`;
  const file = coro.cr_code.co_filename;
  if (coro.cr_running) return `${name} running at ${file}:${coro.lineno}`;
  const frame = coro.cr_frame;
  return frame !== null
    ? `${name} running at ${file}:${frame.f_lineno}`
    : `${name} done, defined at ${file}:${coro.cr_code.co_firstlineno}`;
}

/** CPython's `gen_set_name` / `gen_set_qualname` check: only a str may be a generator's name. */
function name_set(attribute: string, value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`${attribute} must be set to a string object`);
  return value;
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

/**
 * Python's `asyncio.iscoroutinefunction`, deprecated in 3.14: warns so, then answers as
 * `inspect.iscoroutinefunction` does.
 */
export function iscoroutinefunction(value: unknown): boolean {
  _deprecated(
    "asyncio.iscoroutinefunction",
    "{name!r} is deprecated and slated for removal in Python {remove}; use inspect.iscoroutinefunction() instead",
    [3, 16],
  );
  return _iscoroutinefunction(value);
}

/** Whether `value` is a playground's async function (a compiled one, or one marked as such). */
export function _iscoroutinefunction(value: unknown): boolean {
  return typeof value === "function" && coroutineFunctions.has(value);
}

/** Python's RuntimeWarning for a coroutine that was never awaited, with its line if known. */
function neverAwaited(coro: Coroutine): string {
  const message = `RuntimeWarning: coroutine ${repr(coro.__qualname__)} was never awaited`;
  // A reader's async function has a frame of its own in the stack (the line that wraps its
  // generator): skip it, so the warning names the line that called it.
  const own = coro.cr_code.co_filename.startsWith(RUNTIME_FILES) ? 0 : 1;
  const origin = caller_frame(coro._origin, own);
  if (origin === null) return message;
  return `${origin.file}:${origin.line}: ${message}\n  ${origin.text}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback`;
}

/**
 * A statement called an async function and dropped what it returned. CPython frees that
 * coroutine at once and warns then, in the middle of the program; so does this (the compiler
 * calls it for such statements).
 */
export function _discarded(value: unknown): void {
  if (!(value instanceof Coroutine) || value._state !== CREATED || value._warned) return;
  value._warned = true;
  write_stderr(`${neverAwaited(value)}\n`);
}

/**
 * Reports, once, every coroutine that was created and never started, as Python's
 * RuntimeWarning would; returns the warnings' text.
 */
export function _take_never_awaited(): string[] {
  const forgotten = unstarted.filter((coro) => coro._state === CREATED && !coro._warned);
  unstarted = [];
  return forgotten.map(neverAwaited);
}

/** Forgets all coroutine bookkeeping (a fresh program). */
export function _reset_coroutines(): void {
  unstarted = [];
  running = null;
  _reset_exc_info();
}

/** Marks the named async methods of a class's prototype, a class, or an object literal. */
export function mark_coroutine_methods<T extends object>(holder: T, names: string[]): T {
  for (const name of names) {
    const method = (holder as Record<string, unknown>)[name];
    if (typeof method === "function") mark_coroutine_function(method);
  }
  return holder;
}

/**
 * What the runtime's own modules, compiled like a reader's program, call as `__rt` (see
 * `compiler/runtime.ts`). A reader's program gets the executor's, whose coroutines also
 * record the frames an exception unwinds through.
 */
export const runtime_helpers = Object.freeze({
  coroutine,
  await_,
  discard: _discarded,
  enter_handler: _enter_handler,
  exit_handler: _exit_handler,
  chain: _chain,
  raise: _raise,
  mark_coroutine_function,
  mark_coroutine_methods,
});
