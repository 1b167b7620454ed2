/**
 * Python's `print`, `str()` and `repr()` for JavaScript values, so a playground prints what
 * its Python twin prints: `True`/`False`/`None`, lists and dicts with each item's repr,
 * strings quoted the way Python quotes them, floats in Python's shortest round-trip form.
 *
 * Numbers: a JavaScript number with an integer value prints as a Python int (`2`, not
 * `2.0`); any other prints as Python prints a float (`0.30000000000000004`, `1e-05`).
 */

/** Where printed text goes; the executor points it at the console or the terminal. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processStreams = (
  globalThis as {
    process?: { stdout: { write(s: string): void }; stderr: { write(s: string): void } };
  }
).process;

let output: Output = {
  stdout: (text) => processStreams?.stdout.write(text) ?? console.log(text.replace(/\n$/, "")),
  stderr: (text) => processStreams?.stderr.write(text) ?? console.error(text.replace(/\n$/, "")),
};

/** Sends printed text somewhere else; returns the previous output. */
export function set_output(next: Output): Output {
  const previous = output;
  output = next;
  return previous;
}

/** Writes text to the program's stdout, as it is. */
export function write_stdout(text: string): void {
  output.stdout(text);
}

/** Writes text to the program's stderr, as it is (warnings, tracebacks, logging). */
export function write_stderr(text: string): void {
  output.stderr(text);
}

const addresses = new WeakMap<object, number>();
let nextAddress = 0x7f3a1c000000;

/** A stable fake memory address for an object, like CPython's `id()` in reprs. */
export function id(obj: object): number {
  let address = addresses.get(obj);
  if (address === undefined) {
    address = nextAddress;
    nextAddress += 0x40;
    addresses.set(obj, address);
  }
  return address;
}

/** Python's `type(value).__name__` for a JavaScript value, as error messages name it. */
export function type_name(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "function") return "function";
  if (Array.isArray(value)) return "list";
  if (Object.prototype.toString.call(value) === "[object Generator]") return "generator";
  if (value instanceof Map || isPlainObject(value as object)) return "dict";
  if (value instanceof Set) return "set";
  return (value as object).constructor?.name || "object";
}

/**
 * Python's `repr(float(n))`: shortest round-trip digits, `1.0` for whole numbers, exponent
 * form below 1e-4 and from 1e16 (`1e-05`, `1e+16`).
 */
export function float_repr(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  // toExponential() gives the shortest digits that round-trip, as Python's repr uses.
  const [mantissa, exponentText] = n.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const fixed = Object.is(n, -0) ? "-0" : String(n);
  return fixed.includes(".") ? fixed : `${fixed}.0`;
}

/**
 * Python's `round(x, ndigits)` of a float: correctly rounded from its exact binary value,
 * an exact tie going to the even digit (where `toFixed` would round it up).
 */
export function float_round(x: number, ndigits: number): number {
  if (!Number.isFinite(x)) return x;
  // toFixed(100) is the exact decimal value of any double of a size the runtime rounds.
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf(".");
  const rest = exact.slice(point + 1 + ndigits);
  if (/^50*$/.test(rest)) {
    const kept = exact.slice(0, point + 1 + ndigits);
    const last = Number(kept.at(-1) === "." ? kept.at(-2) : kept.at(-1));
    const down = Number(kept);
    const rounded = last % 2 === 0 ? down : down + 10 ** -ndigits;
    return Math.sign(x) * Number(rounded.toFixed(ndigits));
  }
  return Number(x.toFixed(ndigits));
}

/**
 * A JavaScript number stands for a Python int when it is a whole number small enough to be
 * exact (a safe integer); beyond that it can only have come from float arithmetic.
 */
function numberRepr(n: number): string {
  if (Number.isSafeInteger(n)) return Object.is(n, -0) ? "0" : String(n);
  return float_repr(n);
}

function stringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

interface PythonObject {
  __repr__?(): string;
  __str__?(): string;
}

/** A tuple's repr: `()`, `('a',)`, `(1, 2)`. */
function tupleRepr(this: readonly unknown[]): string {
  return this.length === 1 ? `(${repr(this[0])},)` : `(${this.map(repr).join(", ")})`;
}

/**
 * A Python tuple, as far as JavaScript has one: a frozen array (indexing, `length`, iteration
 * as an array's) whose repr is a tuple's. An exception's `args` is one.
 */
export function tuple<T>(items: readonly T[]): readonly T[] {
  const made = [...items];
  Object.defineProperty(made, "__repr__", { value: tupleRepr });
  return Object.freeze(made);
}

/** Whether `value` is a plain object (`{…}`): a dict when printed, keywords when passed. */
export function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function errorRepr(error: Error): string {
  const name = error.constructor.name === "Error" ? "Exception" : error.constructor.name;
  // Python shows the arguments an exception was made with: none, or its message (even '').
  return Object.hasOwn(error, "message") ? `${name}(${stringRepr(error.message)})` : `${name}()`;
}

/** The containers whose repr is being made right now (CPython's `Py_ReprEnter` list). */
const reprsInProgress = new Set<object>();

/**
 * A list's, dict's or set's repr, as CPython's `list_repr`, `dict_repr` and `set_repr` guard
 * it with `Py_ReprEnter`/`Py_ReprLeave`: met again inside its own repr, a container shows as
 * `recursive` (`[...]`, `{...}`, `set(...)`) instead of recursing.
 */
function containerRepr(container: object, recursive: string, make: () => string): string {
  if (reprsInProgress.has(container)) return recursive;
  reprsInProgress.add(container);
  try {
    return make();
  } finally {
    reprsInProgress.delete(container);
  }
}

/** Python's `repr(value)`. */
export function repr(value: unknown): string {
  switch (typeof value) {
    case "string":
      return stringRepr(value);
    case "number":
      return numberRepr(value);
    case "bigint":
      return value.toString();
    case "boolean":
      return value ? "True" : "False";
    case "undefined":
      return "None";
    case "symbol":
      return value.toString();
    case "function": {
      const name = value.name || "<lambda>";
      return value.prototype === undefined ||
        /^class\s/.test(Function.prototype.toString.call(value))
        ? `<class '${name}'>`
        : `<function ${name} at 0x${id(value).toString(16)}>`;
    }
  }
  if (value === null) return "None";
  const object = value as PythonObject & object;
  if (typeof object.__repr__ === "function") return object.__repr__();
  if (Array.isArray(value)) {
    return containerRepr(value, "[...]", () => `[${value.map(repr).join(", ")}]`);
  }
  if (value instanceof Map) {
    return containerRepr(
      value,
      "{...}",
      () => `{${[...value].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}}`,
    );
  }
  if (value instanceof Set) {
    if (value.size === 0) return "set()";
    return containerRepr(value, "set(...)", () => `{${[...value].map(repr).join(", ")}}`);
  }
  if (value instanceof Error) return errorRepr(value);
  if (isPlainObject(object)) {
    return containerRepr(
      object,
      "{...}",
      () =>
        `{${Object.entries(object)
          .map(([k, v]) => `${stringRepr(k)}: ${repr(v)}`)
          .join(", ")}}`,
    );
  }
  return `<${object.constructor?.name ?? "object"} object at 0x${id(object).toString(16)}>`;
}

/** Keeps the first and last characters of `text` around `...`, so it is at most `max` long. */
function squeeze(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.max(0, Math.floor((max - 3) / 2));
  const tail = Math.max(0, max - 3 - head);
  return `${text.slice(0, head)}...${text.slice(text.length - tail)}`;
}

/** Python's `sorted()` when every item is a number, or every item a string; else as is. */
function possiblySorted(items: unknown[]): unknown[] {
  if (items.every((item) => typeof item === "number")) {
    return [...items].sort((a, b) => (a as number) - (b as number));
  }
  if (items.every((item) => typeof item === "string")) {
    return [...items].sort((a, b) => ((a as string) < (b as string) ? -1 : a === b ? 0 : 1));
  }
  return items;
}

function reprlibItems(
  items: unknown[],
  level: number,
  [left, right]: [string, string],
  max: number,
): string {
  if (level <= 0 && items.length > 0) return `${left}...${right}`;
  const pieces = items.slice(0, max).map((item) => reprlibAt(item, level - 1));
  if (items.length > max) pieces.push("...");
  return `${left}${pieces.join(", ")}${right}`;
}

function reprlibAt(value: unknown, level: number): string {
  if (typeof value === "string") {
    return repr(value.slice(0, 30)).length > 30 ? squeeze(repr(value), 30) : repr(value);
  }
  if (typeof value === "number" && Number.isInteger(value)) return squeeze(repr(value), 40);
  if (typeof value === "bigint") return squeeze(repr(value), 40);
  const custom = value !== null && typeof value === "object" && "__repr__" in value;
  if (Array.isArray(value) && !custom) return reprlibItems(value, level, ["[", "]"], 6);
  if (value instanceof Set && !custom) {
    if (value.size === 0) return "set()";
    return reprlibItems(possiblySorted([...value]), level, ["{", "}"], 6);
  }
  const entries =
    value instanceof Map && !custom
      ? new Map(value)
      : value !== null && typeof value === "object" && !custom && isPlainObject(value)
        ? new Map(Object.entries(value))
        : null;
  if (entries !== null) {
    if (entries.size === 0) return "{}";
    if (level <= 0) return "{...}";
    const keys = possiblySorted([...entries.keys()]);
    const pieces = keys
      .slice(0, 4)
      .map((key) => `${reprlibAt(key, level - 1)}: ${reprlibAt(entries.get(key), level - 1)}`);
    if (keys.length > 4) pieces.push("...");
    return `{${pieces.join(", ")}}`;
  }
  return squeeze(repr(value), 30);
}

/**
 * Python's `reprlib.repr`: a repr cut down to size (long strings and reprs keep both ends,
 * containers show their first few items), as a Future's repr shows its result.
 */
export function reprlib_repr(value: unknown): string {
  return reprlibAt(value, 6);
}

/** Python's `str(value)`: strings as they are, errors as their message, the rest as repr. */
export function str(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) {
    const str = (value as PythonObject).__str__;
    return typeof str === "function" ? str.call(value) : value.message;
  }
  if (value !== null && typeof value === "object") {
    const object = value as PythonObject;
    if (typeof object.__str__ === "function") return object.__str__();
  }
  return repr(value);
}

/** Print's keyword arguments, given as a trailing options object. */
export interface PrintOptions {
  sep?: string;
  end?: string;
  file?: "stdout" | "stderr";
}

const PRINT_OPTIONS = new Set(["sep", "end", "file", "flush"]);

function isPrintOptions(value: unknown): value is PrintOptions {
  if (value === null || typeof value !== "object" || !isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => PRINT_OPTIONS.has(key));
}

/** Python's `print(*values, sep=' ', end='\n')`; keyword arguments as a trailing object. */
export function print(...values: unknown[]): void {
  const last = values.at(-1);
  const options: PrintOptions = isPrintOptions(last) ? (values.pop() as PrintOptions) : {};
  const text = values.map(str).join(options.sep ?? " ") + (options.end ?? "\n");
  if (options.file === "stderr") write_stderr(text);
  else write_stdout(text);
}

/** Prints one line of text to stdout (what `print(text)` does for a string). */
export function _print(text: string): void {
  write_stdout(`${text}\n`);
}
