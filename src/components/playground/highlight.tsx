/**
 * JavaScript highlighted as React elements: Lezer's JavaScript parser and its class
 * highlighter, the same grammar CodeMirror uses, so "Show compiled" reads like the editor.
 * The code is text in spans, never HTML.
 */
import { classHighlighter, highlightCode } from "@lezer/highlight";
import { parser } from "@lezer/javascript";
import type { ReactNode } from "react";

export function highlightJavaScript(code: string): ReactNode[] {
  const out: ReactNode[] = [];
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => {
      out.push(
        classes ? (
          <span key={out.length} className={classes}>
            {text}
          </span>
        ) : (
          text
        ),
      );
    },
    () => out.push("\n"),
  );
  return out;
}
