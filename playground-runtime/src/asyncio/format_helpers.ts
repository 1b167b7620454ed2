/**
 * How the runtime formats an exception with its traceback (for logged errors such as "Task
 * exception was never retrieved"). The executor installs a formatter that knows the
 * playground's source files; the fallback prints the last line only.
 */
import { typeName } from "./exceptions.ts";
import { str } from "./print.ts";

/** Python's last traceback line: `ValueError: boom`. */
export function exception_only(error: unknown): string {
  const message = str(error);
  return message ? `${typeName(error)}: ${message}` : typeName(error);
}

let formatter: (error: unknown) => string = exception_only;

/** The exception as Python's `traceback.format_exception` would print it (no final newline). */
export function format_exception(error: unknown): string {
  return formatter(error);
}

/** Installs the traceback formatter (the executor's, which maps frames to the user's lines). */
export function set_exception_formatter(format: (error: unknown) => string): void {
  formatter = format;
}
