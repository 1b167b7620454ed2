/** How "Show compiled" tidies the compiled code for reading (CompiledView shows it). */

/**
 * The compiled code of `source` as a reader wants to see it, still line for line with theirs:
 * without the module prologue, each line indented as the reader's is (dropping `async ` left
 * its space behind), and each awaited statement as `yield* …;` (the compiler wraps it as
 * `void (yield* …);`, an expression statement, so that it stays one whatever follows).
 */
export function forReading(code: string, source: string): string {
  const sourceLines = source.split("\n");
  return code
    .replace(/^"use strict";.*?(var |const |let |function |$)/, "$1")
    .split("\n")
    .map((line, i) => {
      const indent = /^\s*/.exec(sourceLines[i] ?? "")?.[0] ?? "";
      const text = line.trimStart();
      const tidy = line.startsWith(indent) && text !== "" ? indent + text : line;
      return tidy.replace(/(?<=^\s*|;\s+)void \((yield\* .*?)\);(?=\s|$)/g, "$1;");
    })
    .join("\n");
}
