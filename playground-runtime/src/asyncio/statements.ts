/**
 * Python's `with` and `async with` statements, as the compiler lowers `using` and
 * `await using` to them: the special-method lookups and checks CPython's bytecode makes
 * (`LOAD_SPECIAL`, then `GET_AWAITABLE` on what `__aenter__`/`__aexit__` return), with its
 * messages. The statement's control flow (the body in a `try`, the exit on every way out) is
 * the compiler's; these are the steps it calls.
 */
import { Coroutine } from "./coroutines.ts";
import { type_name } from "./print.ts";

type Method = (this: object, ...args: unknown[]) => unknown;

function method(mgr: unknown, name: string): Method | null {
  const found =
    mgr === null || mgr === undefined ? undefined : (mgr as Record<string, unknown>)[name];
  return typeof found === "function" ? (found as Method) : null;
}

/** The two protocols, with the names and words CPython's `_Py_SpecialMethods` gives them. */
const PROTOCOLS = {
  async: {
    enter: "__aenter__",
    exit: "__aexit__",
    words: "asynchronous context manager protocol",
    other: { enter: "__enter__", exit: "__exit__", words: "context manager protocol", use: "with" },
  },
  sync: {
    enter: "__enter__",
    exit: "__exit__",
    words: "context manager protocol",
    other: {
      enter: "__aenter__",
      exit: "__aexit__",
      words: "asynchronous context manager protocol",
      use: "async with",
    },
  },
} as const;

/**
 * `LOAD_SPECIAL`'s failure: the manager lacks `missed`; CPython adds a hint when the object
 * speaks the other protocol in full.
 */
function notAManager(mgr: unknown, kind: keyof typeof PROTOCOLS, missed: string): TypeError {
  const protocol = PROTOCOLS[kind];
  const { other } = protocol;
  let hint =
    method(mgr, other.enter) && method(mgr, other.exit)
      ? ` but it supports the ${other.words}. Did you mean to use '${other.use}'?`
      : "";
  // JavaScript's own disposal protocol is not Python's: a playground's `using` is `with`.
  if (hint === "" && disposes(mgr)) {
    hint = `; in a playground, ${kind === "async" ? "await using" : "using"} is Python's '${kind === "async" ? "async with" : "with"}': give the class ${protocol.enter} and ${protocol.exit} instead of [Symbol.${kind === "async" ? "asyncDispose" : "dispose"}]`;
  }
  return new TypeError(
    `'${type_name(mgr)}' object does not support the ${protocol.words} (missed ${missed} method)${hint}`,
  );
}

/** Whether `value` has JavaScript's `[Symbol.asyncDispose]` or `[Symbol.dispose]`. */
function disposes(value: unknown): boolean {
  if (!(value instanceof Object)) return false;
  const symbols = [
    (Symbol as { asyncDispose?: symbol }).asyncDispose,
    (Symbol as { dispose?: symbol }).dispose,
  ];
  return symbols.some((symbol) => symbol !== undefined && symbol in value);
}

const isAwaitable = (value: unknown) =>
  value instanceof Coroutine ||
  (value instanceof Object && typeof (value as { __await__?: unknown }).__await__ === "function");

/**
 * One `with` or `async with` statement under way: made from the manager as the statement
 * begins (`__exit__` is looked up first, then `__enter__`, as CPython's compiler orders
 * them), entered once, exited once.
 */
export class ContextManagerExit {
  private readonly mgr: object;
  private readonly exitMethod: Method;
  private readonly enterMethod: Method;
  private readonly kind: keyof typeof PROTOCOLS;

  constructor(mgr: unknown, kind: keyof typeof PROTOCOLS) {
    const protocol = PROTOCOLS[kind];
    const exit = method(mgr, protocol.exit);
    if (exit === null) throw notAManager(mgr, kind, protocol.exit);
    const enter = method(mgr, protocol.enter);
    if (enter === null) throw notAManager(mgr, kind, protocol.enter);
    this.mgr = mgr as object;
    this.exitMethod = exit;
    this.enterMethod = enter;
    this.kind = kind;
  }

  /** `__enter__()`'s value, or the awaitable `__aenter__()` returns (checked as CPython does). */
  enter(): unknown {
    return this.checked(this.enterMethod.call(this.mgr), "__aenter__");
  }

  /**
   * `__exit__(type, value, traceback)` with the exception leaving the body, or three `None`s
   * when it finished without one (no argument): its result says whether to suppress the
   * exception (for `async with`, once awaited).
   */
  exit(...raised: [unknown] | []): unknown {
    const args =
      raised.length === 0
        ? [null, null, null]
        : [(raised[0] as object | null)?.constructor ?? null, raised[0], null];
    return this.checked(this.exitMethod.apply(this.mgr, args), "__aexit__");
  }

  private checked(value: unknown, name: string): unknown {
    if (this.kind === "async" && !isAwaitable(value)) {
      throw new TypeError(
        `'async with' received an object from ${name} that does not implement __await__: ${type_name(value)}`,
      );
    }
    return value;
  }
}

/** `async with mgr:` begins: CPython's lookups of `__aexit__` and `__aenter__`. */
export function async_with_statement(mgr: unknown): ContextManagerExit {
  return new ContextManagerExit(mgr, "async");
}

/** `with mgr:` begins: CPython's lookups of `__exit__` and `__enter__`. */
export function with_statement(mgr: unknown): ContextManagerExit {
  return new ContextManagerExit(mgr, "sync");
}
