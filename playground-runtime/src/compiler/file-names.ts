/**
 * What a playground's file may be called: a path of `.ts` files (`main.ts`, `lib/util.ts`),
 * of letters, digits, `_`, `-` and inner dots. A name ends up in generated code (the
 * `//# sourceURL=` that names a module's frames) and in tracebacks, so nothing else — no
 * newline, quote or space — may reach either.
 */
const FILE_NAME = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\.ts$/;

/** Longest file name accepted. */
export const MAX_FILE_NAME = 100;

export function isFileName(name: string): boolean {
  return name.length <= MAX_FILE_NAME && FILE_NAME.test(name);
}
