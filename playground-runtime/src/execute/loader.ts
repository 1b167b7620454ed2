/**
 * Runs compiled files as modules: each one a function of `contract.ts`'s parameters, given
 * the runtime helpers compiled code calls as `__rt`, a `require` that finds the runtime's
 * modules and the demo's other files, and Python's built-in names as globals.
 */
import {
  AsyncGenerator,
  aiter,
  anext,
  async_for_iter,
  async_for_next,
  async_gen_wrap,
  mark_async_generator_function,
} from "../asyncio/asyncgen.ts";
import {
  _discarded,
  await_,
  Coroutine,
  mark_coroutine_function,
  mark_coroutine_methods,
} from "../asyncio/coroutines.ts";
import * as exceptions from "../asyncio/exceptions.ts";
import * as asyncio from "../asyncio/index.ts";
import { print, repr } from "../asyncio/print.ts";
import { async_with_statement, with_statement } from "../asyncio/statements.ts";
import {
  type BuiltinModule,
  isBuiltinModule,
  MODULE_PARAMETERS,
  type ModuleBody,
  type RuntimeHelpers,
  resolveImport,
} from "../compiler/index.ts";
import * as contextvars from "../stdlib/contextvars.ts";
import * as inspect from "../stdlib/inspect.ts";
import * as time from "../stdlib/time.ts";
import type { Program, Unwinding } from "./traceback.ts";

/** The reader's coroutines: the runtime's, noting each exception that leaves them. */
class ReaderCoroutine<T> extends Coroutine<T> {
  private readonly unwinding: Unwinding;

  constructor(
    gen: Generator<unknown, T, unknown>,
    name: string,
    qualname: string,
    filename: string,
    line: number,
    unwinding: Unwinding,
  ) {
    super(gen, name, qualname, filename, line);
    this.unwinding = unwinding;
  }

  override next(value?: unknown): IteratorResult<unknown, T> {
    try {
      return super.next(value);
    } catch (error) {
      this.unwinding.note(error, this);
      throw error;
    }
  }

  override _throw(error: unknown): IteratorResult<unknown, T> {
    try {
      return super._throw(error);
    } catch (raised) {
      this.unwinding.note(raised, this);
      throw raised;
    }
  }
}

/** The helpers of one run, its reader coroutines noting what they unwind in `unwinding`. */
function runtimeHelpers(unwinding: Unwinding): RuntimeHelpers {
  return Object.freeze({
    coroutine: (gen, name, qualname, filename, line) =>
      new ReaderCoroutine(gen, name, qualname, filename, line, unwinding),
    async_generator: (gen, name, qualname, filename, line) =>
      new AsyncGenerator(new ReaderCoroutine(gen, name, qualname, filename, line, unwinding)),
    async_gen_wrap,
    async_for_iter,
    async_for_next,
    mark_async_generator_function,
    await_,
    discard: _discarded,
    enter_handler: exceptions._enter_handler,
    exit_handler: exceptions._exit_handler,
    chain: exceptions._chain,
    raise: exceptions._raise,
    Exception: exceptions.Exception,
    async_with_statement,
    with_statement,
    mark_coroutine_function,
    mark_coroutine_methods,
  } satisfies RuntimeHelpers);
}

/** What `import * as asyncio from "asyncio"` (and `time`, `contextvars`, `inspect`) gives a playground. */
const BUILTINS: Record<BuiltinModule, object> = {
  asyncio: { __esModule: true, default: asyncio, ...asyncio },
  time: { __esModule: true, default: time, ...time },
  contextvars: { __esModule: true, default: contextvars, ...contextvars },
  inspect: { __esModule: true, default: inspect, ...inspect },
};

/** Python's built-in exceptions a playground sees as globals. */
const BUILTIN_EXCEPTIONS = [
  "AttributeError",
  "BaseException",
  "BaseExceptionGroup",
  "DeprecationWarning",
  "Exception",
  "ExceptionGroup",
  "GeneratorExit",
  "IndexError",
  "KeyboardInterrupt",
  "KeyError",
  "LookupError",
  "RecursionError",
  "RuntimeError",
  "StopIteration",
  "StopAsyncIteration",
  "SystemExit",
  "TimeoutError",
  "ValueError",
  "Warning",
] as const satisfies readonly (keyof typeof exceptions)[];

/** `console`, printing as `print` does: `log`, `info` and `debug` to stdout, the rest to stderr. */
const capturedConsole = {
  log: (...values: unknown[]) => print(...values),
  info: (...values: unknown[]) => print(...values),
  debug: (...values: unknown[]) => print(...values),
  warn: (...values: unknown[]) => print(...values, { file: "stderr" }),
  error: (...values: unknown[]) => print(...values, { file: "stderr" }),
};

/** Every playground's globals: Python's `print`, `repr`, `aiter`, `anext` and exceptions, and `console`. */
const GLOBALS: Record<string, unknown> = {
  print,
  aiter,
  anext,
  console: capturedConsole,
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the names are checked against the module's exports above, and the asyncio facade keeps every exception anyway
  ...Object.fromEntries(BUILTIN_EXCEPTIONS.map((name) => [name, exceptions[name]])),
  repr,
};

/**
 * Eval called by another name runs in the global scope: the module sees only what it is
 * given, and its frames carry its file name.
 */
// biome-ignore lint/security/noGlobalEval: running the reader's program is the point
const indirectEval = globalThis.eval;

/**
 * Returns `load(file)`, which runs a compiled file of `program` once and returns its
 * exports (a file imported twice runs once; an import cycle sees the exports so far).
 */
export function moduleLoader(program: Program, unwinding: Unwinding): (file: string) => unknown {
  const helpers = runtimeHelpers(unwinding);
  const modules = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (modules.has(file)) return modules.get(file);
    const module = { exports: {} as Record<string, unknown> };
    modules.set(file, module.exports);
    const { code, prologue } = program.compiled[file];
    // The globals are an outer function's parameters, so a module may still declare its own
    // `print` or `class ValueError`. Everything before the code sits on its first line.
    const opening = `(function (${Object.keys(GLOBALS).join(", ")}) { return function (${MODULE_PARAMETERS.join(", ")}) {${prologue}`;
    program.firstLineOffset[file] = opening.length;
    // The name is a checked file name; encoded all the same, so no name can ever end the comment.
    const wrapper = `${opening}${code}\n}; })\n//# sourceURL=${encodeURI(file)}`;
    const outer = indirectEval(wrapper) as (...globals: unknown[]) => ModuleBody;
    const body = outer(...Object.values(GLOBALS));
    const require = (spec: string) =>
      isBuiltinModule(spec) ? BUILTINS[spec] : load(resolveImport(spec, program.files) ?? spec);
    body(require, module, module.exports, helpers, file);
    modules.set(file, module.exports);
    return module.exports;
  };
  return load;
}
