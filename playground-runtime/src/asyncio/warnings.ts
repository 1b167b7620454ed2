/**
 * CPython's `warnings` (Lib/_py_warnings.py), the part the runtime warns through: `warn` with
 * the filters a regular CPython build starts with (`_setup_defaults`), each warning shown once
 * per line of each module (the "default" action and its `__warningregistry__`), printed as
 * `_formatwarnmsg_impl` prints it, and `_deprecated`, which asyncio's deprecated names call.
 * It sits with asyncio, below stdlib, because asyncio and the builtins it stands in for (an
 * async generator's `athrow`) are what warn.
 */
import { DeprecationWarning, type Warning } from "./exceptions.ts";
import { caller_frame, extract_stack } from "./format_helpers.ts";
import { write_stderr } from "./print.ts";

type Category = typeof Warning;
type Action = "default" | "ignore";

/**
 * `_setup_defaults`: DeprecationWarning is shown for code in `__main__` only (a program's own
 * calls, not its libraries'); every other category takes the default action. (It ignores
 * PendingDeprecationWarning, ImportWarning and ResourceWarning too, which nothing here raises.)
 */
const FILTERS: readonly { action: Action; category: Category; module: string | null }[] = [
  { action: "default", category: DeprecationWarning, module: "__main__" },
  { action: "ignore", category: DeprecationWarning, module: null },
];
const DEFAULT_ACTION: Action = "default";

/** The file the program was started from: its module is `__main__`. */
let mainFile: string | null = null;
/** Each module's `__warningregistry__`: the (text, category, line) already shown. */
const registries = new Map<string, Set<string>>();

/** The program starts from `file` (as `python file` does): its module is `__main__`. */
export function _set_main_file(file: string): void {
  mainFile = file;
}

/** Forgets the main file and every warning shown (a fresh interpreter). */
export function _reset_warnings(): void {
  mainFile = null;
  registries.clear();
}

/**
 * `warnings.warn(message, category)`, for the line of the reader's code that made the call (a
 * warning about how something was called is the caller's: the stack level CPython's callers
 * pass). With no line of the reader's on the stack, CPython's warning falls to `sys`, line 1.
 */
export function warn(message: string, category: Category): void {
  const frame = caller_frame(extract_stack());
  const filename = frame?.file ?? "sys";
  const module = filename === mainFile ? "__main__" : filename.replace(/\.[cm]?[jt]s$/, "");
  warn_explicit(message, category, filename, frame?.line ?? 1, module, frame?.text ?? null);
}

/** CPython's `warn_explicit`, with the filters above and no `error`, `once` or `module` action. */
function warn_explicit(
  text: string,
  category: Category,
  filename: string,
  lineno: number,
  module: string,
  line: string | null,
): void {
  let registry = registries.get(module);
  if (registry === undefined) registries.set(module, (registry = new Set()));
  const key = `${category.name}\0${lineno}\0${text}`;
  // Quick test for common case
  if (registry.has(key)) return;
  const item = FILTERS.find(
    (filter) =>
      (category === filter.category || category.prototype instanceof filter.category) &&
      (filter.module === null || filter.module === module),
  );
  const action = item?.action ?? DEFAULT_ACTION;
  if (action === "ignore") return;
  registry.add(key);
  // _formatwarnmsg_impl: the warning, then its line of source, stripped.
  const source = line?.trim() ? `  ${line.trim()}\n` : "";
  write_stderr(`${filename}:${lineno}: ${category.name}: ${text}\n${source}`);
}

/** `warnings._DEPRECATED_MSG`. */
const DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}";

/**
 * `warnings._deprecated(name, message, remove=(3, 16))`: warns that `name` is deprecated, for
 * the line that used it. (CPython raises RuntimeError once its version passes `remove`; the
 * runtime is CPython 3.14's, so it never does.)
 */
export function _deprecated(
  name: string,
  message: string = DEPRECATED_MSG,
  remove: readonly [number, number],
): void {
  const text = message
    .replace("{name!r}", `'${name}'`)
    .replace("{remove}", `${remove[0]}.${remove[1]}`);
  warn(text, DeprecationWarning);
}
