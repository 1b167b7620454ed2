/**
 * Python's asynchronous generators, for the playground's compiled `async function*`s, ported
 * from CPython 3.14's Objects/genobject.c (the async generator object, its `asend` and
 * `athrow` awaitables, the wrapped value), with the interpreter's side of `async for`
 * (GET_AITER, GET_ANEXT) and the builtins `aiter` and `anext`.
 *
 * The compiler turns the body into a generator run as a coroutine frame: `await x` is
 * `yield* await_(x)` as in any coroutine, and `yield v` is `yield async_gen_wrap(v)`. A value
 * wrapped on its way out is one the consumer receives; anything else the frame yields is a
 * future the body awaits, handed up to the task. That is how the awaitable `__anext__()`
 * returns tells "the generator yielded" (it finishes, StopIteration carrying the value) from
 * "the generator is suspended on a future" (it passes the future up).
 *
 * The awaitables are coroutines of the runtime, as CPython's count as coroutines
 * (collections.abc.Coroutine), so a task runs `agen.aclose()` as its coroutine directly.
 */
import { _await_iterator, await_, type CodeInfo, Coroutine } from "./coroutines.ts";
import {
  DeprecationWarning,
  GeneratorExit,
  RuntimeError,
  StopAsyncIteration,
  StopIteration,
  ValueError,
} from "./exceptions.ts";
import { id, type_name } from "./print.ts";
import { warn } from "./warnings.ts";

/** CPython's `_PyAsyncGenWrappedValue`: a value the body yields to its consumer. */
class AsyncGenWrappedValue {
  readonly agw_val: unknown;
  constructor(value: unknown) {
    this.agw_val = value;
  }
}

/** `yield v` in an async generator: the value, wrapped so the awaitable knows it was yielded. */
export function async_gen_wrap(value: unknown): AsyncGenWrappedValue {
  return new AsyncGenWrappedValue(value ?? null);
}

/** A hook as `sys.set_asyncgen_hooks` takes it. */
export type AsyncGenHook = (agen: AsyncGenerator) => void;

/** The thread's `firstiter` hook (CPython's `tstate->async_gen_firstiter`). */
let firstiterHook: AsyncGenHook | null = null;

/** `sys.get_asyncgen_hooks()`: the firstiter hook (the runtime finalizes nothing, see below). */
export function get_asyncgen_hooks(): { firstiter: AsyncGenHook | null } {
  return { firstiter: firstiterHook };
}

/**
 * `sys.set_asyncgen_hooks(firstiter=…)`: an event loop sets it while it runs. CPython also
 * takes a `finalizer`, called when a suspended generator is garbage collected; JavaScript has
 * no reference counting to say when that is, so a dropped generator is only closed by the
 * loop's `shutdown_asyncgens()`.
 */
export function set_asyncgen_hooks(firstiter: AsyncGenHook | null): void {
  firstiterHook = firstiter;
}

/** CPython's message for an error leaving the body in place of the end of iteration. */
function leaked(error: unknown): unknown {
  if (error instanceof StopAsyncIteration || error instanceof StopIteration) {
    const name = error instanceof StopIteration ? "StopIteration" : "StopAsyncIteration";
    return new RuntimeError(`async generator raised ${name}`, { cause: error });
  }
  return error;
}

const isWrapped = (result: IteratorResult<unknown, unknown>) =>
  !result.done && result.value instanceof AsyncGenWrappedValue;

/** The async generator object an `async function*` call returns. */
export class AsyncGenerator {
  /** The body's frame: a coroutine, so its awaits record lines and `ag_await` as any do. */
  readonly _frame: Coroutine;
  /** CPython's `ag_running_async`: an `asend`/`athrow` of it is being awaited. */
  ag_running = false;
  /** CPython's `ag_closed`: it finished, or `aclose()` began. */
  _closed = false;
  /** CPython's `ag_hooks_inited`: the firstiter hook was called for it. */
  private hooksInited = false;

  constructor(frame: Coroutine) {
    this._frame = frame;
    // Its frame is never awaited by anyone: only the generator drives it.
    frame._warned = true;
  }

  /** Python's `__name__` and `__qualname__`: settable, to a str only, as CPython's are. */
  get __name__(): string {
    return this._frame.__name__;
  }

  set __name__(value: string) {
    this._frame.__name__ = value;
  }

  get __qualname__(): string {
    return this._frame.__qualname__;
  }

  set __qualname__(value: string) {
    this._frame.__qualname__ = value;
  }

  /** What the body awaits while suspended in an `await`, or null. */
  get ag_await(): unknown {
    return this._frame.cr_await;
  }

  /** The body's frame (its current line), or null once it finished. */
  get ag_frame(): { f_lineno: number } | null {
    return this._frame.cr_frame;
  }

  get ag_code(): CodeInfo {
    return this._frame.cr_code;
  }

  /** Whether the body is suspended (at a `yield` or an `await`). */
  get ag_suspended(): boolean {
    return this._frame.cr_state === "CORO_SUSPENDED";
  }

  /** Whether the body has finished (returned, raised, or was closed). */
  _finished(): boolean {
    return this._frame.cr_state === "CORO_CLOSED";
  }

  /** CPython's `async_gen_init_hooks`: the first `__anext__`/`asend`/`athrow`/`aclose` calls firstiter. */
  private initHooks(): void {
    if (this.hooksInited) return;
    this.hooksInited = true;
    if (firstiterHook !== null) firstiterHook(this);
  }

  /** An async generator is its own async iterator. */
  __aiter__(): this {
    return this;
  }

  __anext__(): AsyncGenASend {
    this.initHooks();
    return new AsyncGenASend(this, null);
  }

  asend(value: unknown): AsyncGenASend {
    this.initHooks();
    return new AsyncGenASend(this, value);
  }

  /** `athrow(exc)`; the deprecated `athrow(type, value, tb)` form takes the value as the exception. */
  athrow(...args: unknown[]): AsyncGenAThrow {
    if (args.length < 1 || args.length > 3) {
      throw new TypeError(`athrow expected at least 1 argument, got ${args.length}`);
    }
    if (args.length > 1) {
      warn(
        "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        DeprecationWarning,
      );
    }
    this.initHooks();
    const [typ, val] = args;
    return new AsyncGenAThrow(this, val instanceof Error ? val : typ);
  }

  aclose(): AsyncGenAThrow {
    this.initHooks();
    return new AsyncGenAThrow(this, CLOSE);
  }

  __repr__(): string {
    return `<async_generator object ${this.__qualname__} at 0x${id(this).toString(16)}>`;
  }

  /** `gen_send` on the body: what it yields next, StopAsyncIteration at its end. */
  _send(value: unknown): IteratorResult<unknown, unknown> {
    const frame = this._frame;
    if (this._finished()) throw new StopAsyncIteration();
    if (frame.cr_running) throw new ValueError("async generator already executing");
    if (frame.cr_state === "CORO_CREATED" && value !== null && value !== undefined) {
      throw new TypeError("can't send non-None value to a just-started async generator");
    }
    return this.ended(() => frame.next(value));
  }

  /** `gen_throw` on the body: raises `error` where it is suspended. */
  _throw(error: unknown): IteratorResult<unknown, unknown> {
    if (this._frame.cr_running) throw new ValueError("async generator already executing");
    // A finished body has nowhere to raise it: the exception comes straight back.
    if (this._finished()) throw error;
    return this.ended(() => this._frame._throw(error));
  }

  /** A step of the body, with CPython's errors for the ways it can end. */
  private ended(step: () => IteratorResult<unknown, unknown>): IteratorResult<unknown, unknown> {
    let result: IteratorResult<unknown, unknown>;
    try {
      result = step();
    } catch (error) {
      throw leaked(error);
    }
    return result;
  }

  /**
   * CPython's `async_gen_unwrap_value`: an error or the end marks the generator closed and
   * not running; a wrapped value is the yield the awaitable finishes with (StopIteration
   * carrying it: `done`); anything else is a future on its way up to the task.
   */
  _unwrap(step: () => IteratorResult<unknown, unknown>): IteratorResult<unknown, unknown> {
    let result: IteratorResult<unknown, unknown>;
    try {
      result = step();
      if (result.done) throw new StopAsyncIteration();
    } catch (error) {
      if (error instanceof StopAsyncIteration || error instanceof GeneratorExit) {
        this._closed = true;
      }
      this.ag_running = false;
      throw error;
    }
    if (isWrapped(result)) {
      this.ag_running = false;
      return { done: true, value: (result.value as AsyncGenWrappedValue).agw_val };
    }
    return result;
  }
}

// CPython's AwaitableState.
const INIT = 0; // new awaitable, has not yet been iterated
const ITER = 1; // being iterated
const CLOSED = 2;

/** Stands in for the body an awaitable of C code does not have. */
const NO_BODY: Iterator<unknown, never, unknown> = {
  next: () => {
    throw new RuntimeError("an async generator's awaitable has no body of its own");
  },
};

/** The awaitables are coroutines the runtime's tasks can run, with no code of their own. */
abstract class AsyncGenAwaitable extends Coroutine<unknown> {
  readonly _gen: AsyncGenerator;
  _awaitable_state = INIT;

  constructor(gen: AsyncGenerator, type: string) {
    const code = gen.ag_code;
    super(NO_BODY, type, type, code.co_filename, code.co_firstlineno);
    (this as { _builtin_type: string | null })._builtin_type = type;
    // Never-awaited ones go unreported: CPython warns when one is collected unawaited,
    // which no JavaScript runtime can tell.
    this._warned = true;
    this._gen = gen;
  }

  /** Where a task stepping this awaitable is: the generator's current line. */
  protected stepped<R>(result: R): R {
    this.lineno = this._gen._frame.lineno;
    return result;
  }

  override send(value: unknown): unknown {
    const result = this.next(value);
    if (result.done) throw new StopIteration(result.value);
    return result.value;
  }

  /** CPython's `tp_iternext` on these awaitables (they are their own iterators): `send(None)`. */
  __next__(): unknown {
    return this.send(null);
  }

  override close(): void {
    if (this._awaitable_state === CLOSED) return;
    let result: IteratorResult<unknown, unknown>;
    try {
      result = this._throw(new GeneratorExit());
    } catch (error) {
      if (
        error instanceof StopIteration ||
        error instanceof StopAsyncIteration ||
        error instanceof GeneratorExit
      ) {
        return;
      }
      throw error;
    }
    if (result.done) return;
    throw new RuntimeError("coroutine ignored GeneratorExit");
  }

  override __repr__(): string {
    return `<${this._builtin_type} object at 0x${id(this).toString(16)}>`;
  }
}

/** CPython's `PyAsyncGenASend`: what `__anext__()` and `asend(v)` return. */
export class AsyncGenASend extends AsyncGenAwaitable {
  /** The value to send (null in the `__anext__()` mode, "asend(None)"). */
  private readonly sendval: unknown;

  constructor(gen: AsyncGenerator, sendval: unknown) {
    super(gen, "async_generator_asend");
    this.sendval = sendval;
  }

  /** Whether it may start: not while another awaitable of the generator runs. */
  private start(): void {
    if (this._awaitable_state === CLOSED) {
      throw new RuntimeError("cannot reuse already awaited __anext__()/asend()");
    }
    if (this._awaitable_state === INIT && this._gen.ag_running) {
      this._awaitable_state = CLOSED;
      throw new RuntimeError("anext(): asynchronous generator is already running");
    }
  }

  override next(value?: unknown): IteratorResult<unknown, unknown> {
    this.start();
    let arg = value;
    if (this._awaitable_state === INIT) {
      if (arg === undefined || arg === null) arg = this.sendval;
      this._awaitable_state = ITER;
    }
    const gen = this._gen;
    gen.ag_running = true;
    try {
      const result = gen._unwrap(() => gen._send(arg));
      if (result.done) this._awaitable_state = CLOSED;
      return this.stepped(result);
    } catch (error) {
      this._awaitable_state = CLOSED;
      throw error;
    }
  }

  override _throw(error: unknown): IteratorResult<unknown, unknown> {
    this.start();
    const gen = this._gen;
    if (this._awaitable_state === INIT) {
      this._awaitable_state = ITER;
      gen.ag_running = true;
    }
    try {
      const result = gen._unwrap(() => gen._throw(error));
      if (result.done) this._awaitable_state = CLOSED;
      return this.stepped(result);
    } catch (raised) {
      gen.ag_running = false;
      this._awaitable_state = CLOSED;
      throw raised;
    }
  }
}

/** `aclose()` mode: an athrow of GeneratorExit that ends quietly. */
const CLOSE: unique symbol = Symbol("aclose");

/** CPython's message when the body yields a value while it is being closed. */
const ASYNC_GEN_IGNORED_EXIT_MSG = "async generator ignored GeneratorExit";

/** CPython's `PyAsyncGenAThrow`: what `athrow(exc)` and `aclose()` return. */
export class AsyncGenAThrow extends AsyncGenAwaitable {
  /** The exception to throw in, or CLOSE (CPython's NULL `agt_typ`). */
  private readonly typ: unknown;

  constructor(gen: AsyncGenerator, typ: unknown) {
    super(gen, "async_generator_athrow");
    this.typ = typ;
  }

  private get closing(): boolean {
    return this.typ === CLOSE;
  }

  private alreadyRunning(): RuntimeError {
    this._awaitable_state = CLOSED;
    return new RuntimeError(
      `${this.closing ? "aclose" : "athrow"}(): asynchronous generator is already running`,
    );
  }

  override next(arg?: unknown): IteratorResult<unknown, unknown> {
    const gen = this._gen;
    if (this._awaitable_state === CLOSED) {
      throw new RuntimeError("cannot reuse already awaited aclose()/athrow()");
    }
    if (gen._finished()) {
      this._awaitable_state = CLOSED;
      return { done: true, value: null };
    }
    if (this._awaitable_state === INIT) {
      if (gen.ag_running) throw this.alreadyRunning();
      if (gen._closed) {
        this._awaitable_state = CLOSED;
        throw new StopAsyncIteration();
      }
      if (arg !== undefined && arg !== null) {
        throw new RuntimeError("can't send non-None value to a just-started coroutine");
      }
      this._awaitable_state = ITER;
      gen.ag_running = true;
      if (this.closing) {
        gen._closed = true;
        return this.stepped(this.closeStep(() => gen._throw(new GeneratorExit())));
      }
      return this.stepped(this.checked(() => gen._unwrap(() => gen._throw(this.typ))));
    }
    if (!this.closing) return this.stepped(gen._unwrap(() => gen._send(arg)));
    return this.stepped(this.closeStep(() => gen._send(arg)));
  }

  override _throw(error: unknown): IteratorResult<unknown, unknown> {
    const gen = this._gen;
    if (this._awaitable_state === CLOSED) {
      throw new RuntimeError("cannot reuse already awaited aclose()/athrow()");
    }
    if (this._awaitable_state === INIT) {
      if (gen.ag_running) throw this.alreadyRunning();
      this._awaitable_state = ITER;
      gen.ag_running = true;
    }
    if (!this.closing)
      return this.stepped(this.checked(() => gen._unwrap(() => gen._throw(error))));
    return this.stepped(this.closeStep(() => gen._throw(error)));
  }

  /** The athrow() mode's `check_error`: once it raises, it is done and the generator idle. */
  private checked(step: () => IteratorResult<unknown, unknown>): IteratorResult<unknown, unknown> {
    try {
      const result = step();
      if (result.done) this._awaitable_state = CLOSED;
      return result;
    } catch (error) {
      this._gen.ag_running = false;
      this._awaitable_state = CLOSED;
      throw error;
    }
  }

  /**
   * The aclose() mode: a yielded value is the body ignoring GeneratorExit; a future is an
   * await in its `finally`, passed up; its end (StopAsyncIteration or GeneratorExit) is
   * not propagated but finishes the aclose() await (StopIteration: `done`).
   */
  private closeStep(
    step: () => IteratorResult<unknown, unknown>,
  ): IteratorResult<unknown, unknown> {
    const gen = this._gen;
    let result: IteratorResult<unknown, unknown>;
    try {
      result = step();
    } catch (error) {
      gen.ag_running = false;
      this._awaitable_state = CLOSED;
      if (error instanceof StopAsyncIteration || error instanceof GeneratorExit) {
        return { done: true, value: null };
      }
      throw error;
    }
    if (result.done || isWrapped(result)) {
      gen.ag_running = false;
      this._awaitable_state = CLOSED;
      if (result.done) return { done: true, value: null };
      throw new RuntimeError(ASYNC_GEN_IGNORED_EXIT_MSG);
    }
    return result;
  }
}

/** Wraps a compiled `async function*`'s generator as an async generator object. */
export function async_generator(
  gen: Generator<unknown, unknown, unknown>,
  name: string,
  qualname: string,
  filename: string,
  firstLine: number,
): AsyncGenerator {
  return new AsyncGenerator(new Coroutine(gen, name, qualname, filename, firstLine));
}

const asyncGeneratorFunctions = new WeakSet<Function>();

/** Marks a compiled `async function*` so `inspect.isasyncgenfunction` knows it. */
export function mark_async_generator_function<F extends Function>(fn: F): F {
  asyncGeneratorFunctions.add(fn);
  return fn;
}

/** Python's `inspect.isasyncgenfunction`. */
export function isasyncgenfunction(value: unknown): boolean {
  return typeof value === "function" && asyncGeneratorFunctions.has(value);
}

/** Python's `inspect.isasyncgen`. */
export function isasyncgen(value: unknown): value is AsyncGenerator {
  return value instanceof AsyncGenerator;
}

interface AsyncIterator {
  __anext__(): unknown;
}

const method = (value: unknown, name: string): Function | null => {
  const found = (value as Record<string, unknown> | null | undefined)?.[name];
  return typeof found === "function" ? found : null;
};

/** `async for x in it:` begins with GET_AITER: `type(it).__aiter__(it)`, checked. */
export function async_for_iter(iterable: unknown): AsyncIterator {
  const aiter = method(iterable, "__aiter__");
  if (aiter === null) {
    throw new TypeError(
      `'async for' requires an object with __aiter__ method, got ${type_name(iterable)}`,
    );
  }
  const iterator = aiter.call(iterable);
  if (method(iterator, "__anext__") === null) {
    throw new TypeError(
      `'async for' received an object from __aiter__ that does not implement __anext__: ${type_name(iterator)}`,
    );
  }
  return iterator as AsyncIterator;
}

const END: IteratorResult<never, undefined> = Object.freeze({ done: true, value: undefined });

/**
 * Each turn of `async for` on `line`: GET_ANEXT, then awaits what `__anext__()` returned;
 * StopAsyncIteration ends the loop (`done`).
 */
export function* async_for_next(
  iterator: AsyncIterator,
  line: number,
): Generator<unknown, IteratorResult<unknown, undefined>, unknown> {
  const awaitable = iterator.__anext__();
  if (!(awaitable instanceof Coroutine) && method(awaitable, "__await__") === null) {
    throw new TypeError(
      `'async for' received an invalid object from __anext__: ${type_name(awaitable)}`,
    );
  }
  try {
    return { done: false, value: yield* await_(awaitable as Coroutine, line) };
  } catch (error) {
    if (error instanceof StopAsyncIteration) return END;
    throw error;
  }
}

/** Python's builtin `aiter(obj)`. */
export function aiter(iterable: unknown): unknown {
  const aiterMethod = method(iterable, "__aiter__");
  if (aiterMethod === null) {
    throw new TypeError(`'${type_name(iterable)}' object is not an async iterable`);
  }
  const iterator = aiterMethod.call(iterable);
  if (method(iterator, "__anext__") === null) {
    throw new TypeError(`aiter() returned not an async iterator of type '${type_name(iterator)}'`);
  }
  return iterator;
}

/**
 * Python's builtin `anext(iterator[, default])`: the awaitable `__anext__()` returns; with a
 * default, an awaitable that gives the default where the iterator ends.
 */
export function anext(iterator: unknown, ...rest: unknown[]): unknown {
  if (rest.length > 1)
    throw new TypeError(`anext expected at most 2 arguments, got ${rest.length + 1}`);
  const anextMethod = method(iterator, "__anext__");
  if (anextMethod === null) {
    throw new TypeError(`'${type_name(iterator)}' object is not an async iterator`);
  }
  const awaitable = anextMethod.call(iterator);
  if (rest.length === 0) return awaitable;
  return new anext_awaitable(awaitable, rest[0]);
}

/**
 * CPython's `_PyCoro_GetAwaitableIter`, as `anext_awaitable` asks it each time: a coroutine is
 * its own iterator; any other awaitable gives the iterator its `__await__()` returns, called
 * anew each time it is asked.
 */
function awaitable_getiter(awaitable: unknown): Coroutine | Iterator<unknown, unknown, unknown> {
  if (awaitable instanceof Coroutine) return awaitable;
  const iterator = _await_iterator(awaitable);
  if (iterator instanceof Coroutine) {
    throw new TypeError(`__await__() returned non-iterator of type '${type_name(iterator)}'`);
  }
  return iterator;
}

/**
 * CPython's `anext_awaitable` (Objects/iterobject.c): what `anext(iterator, default)` returns.
 * It keeps no state of its own: each step, and each `send`, `throw` and `close`, goes to the
 * iterator of the awaitable `__anext__()` returned (asked for again each time), and a
 * StopAsyncIteration out of it becomes StopIteration carrying the default, as if the default
 * were what `__anext__()` returned.
 */
class anext_awaitable {
  private readonly wrapped: unknown;
  private readonly default_value: unknown;

  constructor(wrapped: unknown, default_value: unknown) {
    this.wrapped = wrapped;
    this.default_value = default_value;
  }

  __await__(): this {
    return this;
  }

  /** The iterator protocol, for a task's `await` (`yield*`): the end of iteration is the default. */
  [Symbol.iterator](): Iterator<unknown, unknown, unknown> {
    return {
      next: (value?: unknown) => this.next(value),
      throw: (error: unknown) => this.step((it) => it.throw!(error)),
    };
  }

  /** CPython's `anextawaitable_iternext`. */
  next(value?: unknown): IteratorResult<unknown, unknown> {
    return this.step((it) => it.next(value));
  }

  private step(
    resume: (it: Iterator<unknown, unknown, unknown>) => IteratorResult<unknown, unknown>,
  ): IteratorResult<unknown, unknown> {
    const awaitable = awaitable_getiter(this.wrapped);
    try {
      return resume(awaitable instanceof Coroutine ? awaitable[Symbol.iterator]() : awaitable);
    } catch (error) {
      if (error instanceof StopAsyncIteration) return { done: true, value: this.default_value };
      throw error;
    }
  }

  __next__(): unknown {
    return this.proxy("send", [null]);
  }

  send(value: unknown): unknown {
    return this.proxy("send", [value]);
  }

  throw(...args: unknown[]): unknown {
    return this.proxy("throw", args);
  }

  close(): unknown {
    return this.proxy("close", []);
  }

  /** CPython's `anextawaitable_proxy`: the iterator's own method, the default at its end. */
  private proxy(name: "send" | "throw" | "close", args: unknown[]): unknown {
    const awaitable = awaitable_getiter(this.wrapped);
    try {
      return awaitable instanceof Coroutine
        ? (awaitable[name] as (...args: unknown[]) => unknown)(...args)
        : generator_method(awaitable, name, args);
    } catch (error) {
      // Only anext() with a default makes one of these: StopAsyncIteration out of the
      // iterator becomes StopIteration(default), as if __anext__() had returned it.
      if (error instanceof StopAsyncIteration) throw new StopIteration(this.default_value);
      throw error;
    }
  }

  __repr__(): string {
    return `<anext_awaitable object at 0x${id(this).toString(16)}>`;
  }
}

/** A generator's `send`, `throw` or `close`, on the iterator an `__await__` generator returns. */
function generator_method(
  iterator: Iterator<unknown, unknown, unknown>,
  name: "send" | "throw" | "close",
  args: unknown[],
): unknown {
  if (name === "close") {
    iterator.return?.(undefined);
    return null;
  }
  const result = name === "send" ? iterator.next(args[0]) : iterator.throw!(args[0]);
  if (result.done) throw new StopIteration(result.value);
  return result.value;
}
