/**
 * Port of CPython's `Python/context.c` (the `_contextvars` module that `Lib/contextvars.py`
 * re-exports): `ContextVar`, `Token`, `Context` and `copy_context`. A leaf: it knows nothing of
 * asyncio, which imports it as `events.py`, `futures.py` and `tasks.py` import `contextvars`.
 *
 * CPython keeps a context's variables in a HAMT, an immutable mapping, so that copying a context
 * is O(1) and a copy never sees later changes of the original. What matters here is only that
 * immutability: `_vars` is a `Map` that is never changed once made; setting a variable puts a new
 * map on the context. One difference: a HAMT iterates in the order of its keys' hashes, and
 * context.c's `contextvar_generate_hash` makes a variable's hash from its address XOR its name's
 * hash (salted per process, PYTHONHASHSEED): CPython itself iterates the same context in another
 * order from one run to the next, so there is no order to port. This mapping iterates in the
 * order the variables were first set.
 */
import { AttributeError, KeyError, LookupError, RuntimeError, ValueError } from "./exceptions.ts";
import { id, repr } from "./print.ts";

/** A context's variables: never changed once made (CPython's HAMT). */
type Vars = ReadonlyMap<ContextVar<unknown>, unknown>;

const EMPTY: Vars = new Map();

/** What a variable has when no value was given (C's `NULL`): `Token.MISSING` when seen. */
const NULL: unique symbol = Symbol("NULL");

/** Proves a `Token` is made by `ContextVar.set`, as C's `token_new` is the only way to one. */
const TOKEN_KEY: unique symbol = Symbol("token_new");

function address(obj: object): string {
  return `0x${id(obj).toString(16)}`;
}

/**
 * The thread state's context (`ts->context`): the context entered on the running thread, made
 * empty on first use (`context_get`). The virtual threads each start with none, as a new
 * thread's state does.
 */
let threadContext: Context | null = null;

/** `context_get()`: the running thread's context, created empty when it has none yet. */
function context_get(): Context {
  threadContext ??= new Context();
  return threadContext;
}

/**
 * Makes `context` the running thread's context (null: none yet) and returns the one it had: a
 * virtual thread runs with its own thread state, and a fresh program starts with none.
 */
export function _swap_thread_context(context: Context | null): Context | null {
  const previous = threadContext;
  threadContext = context;
  return previous;
}

/** `_PyContext_Enter`: `ctx` becomes the thread's context, remembering the one it replaces. */
function context_enter(ctx: Context): void {
  if (ctx._entered) {
    throw new RuntimeError(`cannot enter context: ${repr(ctx)} is already entered`);
  }
  ctx._prev = threadContext;
  ctx._entered = true;
  threadContext = ctx;
}

/** `_PyContext_Exit`: the context entered before `ctx` is the thread's context again. */
function context_exit(ctx: Context): void {
  if (!ctx._entered) {
    throw new RuntimeError(`cannot exit context: ${repr(ctx)} has not been entered`);
  }
  if (threadContext !== ctx) {
    // Only possible when a context is entered and left out of order.
    throw new RuntimeError(
      "cannot exit context: thread state references a different context object",
    );
  }
  threadContext = ctx._prev;
  ctx._prev = null;
  ctx._entered = false;
}

/** `context_check_key_type`: a context's keys are ContextVars, nothing else. */
function check_key_type(key: unknown): asserts key is ContextVar<unknown> {
  if (!(key instanceof ContextVar)) {
    throw new TypeError(`a ContextVar key was expected, got ${repr(key)}`);
  }
}

/**
 * A mapping of context variables to their values (`contextvars.Context`). `run(fn, ...args)`
 * calls `fn` with this context entered: what `fn` sets, it sets here, and a context can be
 * entered by one caller at a time. Iterating a context gives its variables, as a dict does.
 */
export class Context {
  /** The variables and their values (C's `ctx_vars`); replaced, never changed. */
  _vars: Vars = EMPTY;
  /** The context that was the thread's when this one was entered (C's `ctx_prev`). */
  _prev: Context | null = null;
  /** Whether `run` is running in this context now (C's `ctx_entered`). */
  _entered = false;

  /** An empty context; it takes no arguments. */
  constructor(...args: unknown[]) {
    if (args.length > 0) throw new TypeError("Context() does not accept any arguments");
  }

  /** `context_new_from_vars`: a context sharing `vars` (nothing is copied: they never change). */
  static _from_vars(vars: Vars): Context {
    const ctx = new Context();
    ctx._vars = vars;
    return ctx;
  }

  /** Calls `callable(...args)` in this context and returns what it returns. */
  run<A extends unknown[], R>(callable: (...args: A) => R, ...args: A): R {
    if (callable === undefined) {
      throw new TypeError("run() missing 1 required positional argument");
    }
    context_enter(this);
    let result: R;
    try {
      result = callable(...args);
    } finally {
      context_exit(this);
    }
    return result;
  }

  /** A shallow copy: the same variables and values, in a context of its own. */
  copy(): Context {
    return Context._from_vars(this._vars);
  }

  /** The variable's value here, or `default_value` (None) when it has none in this context. */
  get(key: ContextVar<unknown>, default_value: unknown = null): unknown {
    check_key_type(key);
    return this._vars.has(key) ? this._vars.get(key) : default_value;
  }

  /** `ctx[var]`: the variable's value here; `KeyError` when it has none in this context. */
  __getitem__(key: ContextVar<unknown>): unknown {
    check_key_type(key);
    if (!this._vars.has(key)) throw new KeyError(repr(key));
    return this._vars.get(key);
  }

  /** `var in ctx`: whether the variable has a value in this context. */
  __contains__(key: ContextVar<unknown>): boolean {
    check_key_type(key);
    return this._vars.has(key);
  }

  /** `var in ctx`, spelled as a JavaScript Map spells it. */
  has(key: ContextVar<unknown>): boolean {
    return this.__contains__(key);
  }

  /** `len(ctx)`: how many variables have a value here. */
  __len__(): number {
    return this._vars.size;
  }

  /** `len(ctx)`, spelled as a JavaScript array spells it. */
  get length(): number {
    return this._vars.size;
  }

  /** The variables that have a value here. */
  keys(): ContextVar<unknown>[] {
    return [...this._vars.keys()];
  }

  /** Their values. */
  values(): unknown[] {
    return [...this._vars.values()];
  }

  /** `(variable, value)` pairs. */
  items(): [ContextVar<unknown>, unknown][] {
    return [...this._vars.entries()];
  }

  /** `for var in ctx`: the variables, as iterating a dict gives its keys. */
  [Symbol.iterator](): Iterator<ContextVar<unknown>> {
    return this._vars.keys();
  }

  /** `ctx == other`: the same variables with the same values (`is`, for want of `==`). */
  __eq__(other: unknown): boolean {
    if (!(other instanceof Context)) return false;
    if (this._vars.size !== other._vars.size) return false;
    for (const [key, value] of this._vars) {
      if (!other._vars.has(key) || other._vars.get(key) !== value) return false;
    }
    return true;
  }

  __repr__(): string {
    return `<_contextvars.Context object at ${address(this)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/** A copy of the running thread's context (`contextvars.copy_context()`). */
export function copy_context(): Context {
  return context_get().copy();
}

/** `ContextVar(name, default=…)`'s keyword argument. */
export interface ContextVarOptions<T> {
  default?: T;
}

/**
 * A context variable (`contextvars.ContextVar`): its value is looked up in the running
 * thread's context, so each Task (which runs in a context of its own) sees its own value.
 */
export class ContextVar<T = unknown> {
  private readonly _name: string;
  /** The default given at creation, or NULL for none (C's `var_default`). */
  readonly _default: T | typeof NULL;

  constructor(name: string, options: ContextVarOptions<T> = {}) {
    if (name === undefined) {
      throw new TypeError("ContextVar() takes exactly 1 positional argument (0 given)");
    }
    if (typeof name !== "string") throw new TypeError("context variable name must be a str");
    this._name = name;
    this._default =
      options !== null && typeof options === "object" && Object.hasOwn(options, "default")
        ? (options.default as T)
        : NULL;
  }

  /** The variable's name: a read-only member, as CPython's `var_name` is. */
  get name(): string {
    return this._name;
  }

  set name(_value: never) {
    throw new AttributeError("readonly attribute");
  }

  /**
   * The variable's value in the current context; without one, the `default_value` given here,
   * else the variable's default, else `LookupError`.
   */
  get(...default_value: [] | [unknown]): T {
    const ctx = threadContext;
    if (ctx?._vars.has(this)) return ctx._vars.get(this) as T;
    if (default_value.length > 0) return default_value[0] as T;
    if (this._default !== NULL) return this._default;
    throw new LookupError(repr(this));
  }

  /** Sets the variable's value in the current context; the token `reset` undoes it with. */
  set(value: T): Token<T> {
    const ctx = context_get();
    const old_value = ctx._vars.has(this) ? ctx._vars.get(this) : NULL;
    const token = new Token<T>(TOKEN_KEY, ctx, this, old_value as T | typeof NULL);
    contextvar_set(this, value);
    return token;
  }

  /** Puts the variable back to what it was before the `set` that made `token`. */
  reset(token: Token<T>): void {
    if (!(token instanceof Token)) {
      throw new TypeError(`expected an instance of Token, got ${repr(token)}`);
    }
    if (token._used) throw new RuntimeError(`${repr(token)} has already been used once`);
    if (token._var !== this) {
      throw new ValueError(`${repr(token)} was created by a different ContextVar`);
    }
    if (context_get() !== token._ctx) {
      throw new ValueError(`${repr(token)} was created in a different Context`);
    }
    token._used = true;
    if (token._old_value === NULL) contextvar_del(this);
    else contextvar_set(this, token._old_value);
  }

  __repr__(): string {
    const shown = this._default === NULL ? "" : ` default=${repr(this._default)}`;
    return `<ContextVar name=${repr(this.name)}${shown} at ${address(this)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/** `contextvar_set`: the current context gets a new mapping with `var` set to `value`. */
function contextvar_set<T>(var_: ContextVar<T>, value: T): void {
  const ctx = context_get();
  const vars = new Map(ctx._vars);
  vars.set(var_ as ContextVar<unknown>, value);
  ctx._vars = vars;
}

/** `contextvar_del`: the current context gets a new mapping without `var`. */
function contextvar_del<T>(var_: ContextVar<T>): void {
  const ctx = context_get();
  if (!ctx._vars.has(var_ as ContextVar<unknown>)) throw new LookupError(repr(var_));
  const vars = new Map(ctx._vars);
  vars.delete(var_ as ContextVar<unknown>);
  ctx._vars = vars;
}

/** `Token.MISSING`: what `old_value` is when the variable had no value before the `set`. */
const MISSING = Object.freeze({
  __repr__: () => "<Token.MISSING>",
  toString: () => "<Token.MISSING>",
});

/**
 * What `ContextVar.set` returns (`contextvars.Token`): enough to undo that `set` once, in the
 * context it was made in. Since 3.14 a token is also a context manager: leaving
 * `with var.set(v):` resets the variable.
 */
export class Token<T = unknown> {
  /** The value before the `set`, when the variable had one. */
  static readonly MISSING = MISSING;
  /** The context the `set` was made in (C's `tok_ctx`). */
  readonly _ctx: Context;
  readonly _var: ContextVar<T>;
  readonly _old_value: T | typeof NULL;
  /** Whether `reset` has used the token. */
  _used = false;

  constructor(
    key: typeof TOKEN_KEY,
    ctx: Context,
    var_: ContextVar<T>,
    old_value: T | typeof NULL,
  ) {
    if (key !== TOKEN_KEY) throw new RuntimeError("Tokens can only be created by ContextVars");
    this._ctx = ctx;
    this._var = var_;
    this._old_value = old_value;
  }

  /** The variable the token was made by. */
  get var(): ContextVar<T> {
    return this._var;
  }

  /** The variable's value before the `set`, or `Token.MISSING` if it had none. */
  get old_value(): T | typeof MISSING {
    return this._old_value === NULL ? MISSING : this._old_value;
  }

  /** `with token:` gives the token itself. */
  __enter__(): this {
    return this;
  }

  /** Leaving `with token:` resets the variable the token was made by. */
  __exit__(_type: unknown, _value: unknown, _tb: unknown): void {
    this._var.reset(this);
  }

  __repr__(): string {
    return `<Token${this._used ? " used" : ""} var=${repr(this._var)} at ${address(this)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}
