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

function floatRepr(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  // toExponential() gives the shortest digits that round-trip, as Python's repr uses.
  const [mantissa, exponentText] = n.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const digits = mantissa.includes(".") ? mantissa : mantissa;
    const sign = exponent < 0 ? "-" : "+";
    return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const fixed = String(n);
  return fixed.includes(".") || fixed.includes("e") ? fixed : `${fixed}.0`;
}

function numberRepr(n: number): string {
  if (Number.isInteger(n)) {
    if (Object.is(n, -0)) return "0";
    return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  }
  return floatRepr(n);
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

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function errorRepr(error: Error): string {
  const name = error.constructor.name === "Error" ? "Exception" : error.constructor.name;
  // Python shows the arguments an exception was made with: none, or its message (even '').
  return Object.hasOwn(error, "message") ? `${name}(${stringRepr(error.message)})` : `${name}()`;
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
  if (Array.isArray(value)) return `[${value.map(repr).join(", ")}]`;
  if (value instanceof Map) {
    return `{${[...value].map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}}`;
  }
  if (value instanceof Set) return value.size ? `{${[...value].map(repr).join(", ")}}` : "set()";
  if (value instanceof Error) return errorRepr(value);
  if (isPlainObject(object)) {
    return `{${Object.entries(object)
      .map(([k, v]) => `${stringRepr(k)}: ${repr(v)}`)
      .join(", ")}}`;
  }
  return `<${object.constructor?.name ?? "object"} object at 0x${id(object).toString(16)}>`;
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
