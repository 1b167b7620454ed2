/**
 * "Show compiled": the generator form the playground actually runs — every `async
 * function` an ordinary function returning a coroutine, every `await` a `yield*`. The
 * compiler is loaded only when a reader asks for this view.
 */

import { compile } from "playground-runtime/compiler";
import { useMemo } from "react";
import { useT } from "../../i18n/react.ts";
import { highlightJavaScript } from "./highlight.tsx";

export interface CompiledViewProps {
  files: Record<string, string>;
  entry: string;
}

export default function CompiledView({ files, entry }: CompiledViewProps) {
  const t = useT();
  const compiled = useMemo(() => {
    try {
      return { files: compile(files, entry) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [files, entry]);
  return (
    <section className="pg-compiled" aria-label={t("compiled.label")}>
      <p className="pg-compiled-title">
        {t("compiled.before")}
        <code>await x</code>
        {t("compiled.became")}
        <code>yield* __rt.await_(x, line)</code>
        {t("compiled.after")}
      </p>
      {"error" in compiled ? (
        <pre className="pg-stderr">{compiled.error}</pre>
      ) : (
        Object.entries(compiled.files ?? {}).map(([file, { code }]) => (
          <div key={file}>
            <p className="pg-compiled-title">{file}</p>
            {/* tabIndex: a scrollable region must be reachable by keyboard */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable code block */}
            <pre tabIndex={0}>
              {highlightJavaScript(
                code.replace(/^"use strict";.*?(var |const |let |function |$)/, "$1"),
              )}
            </pre>
          </div>
        ))
      )}
    </section>
  );
}
