/**
 * "Show compiled": the generator form the playground actually runs — every `async
 * function` an ordinary function returning a coroutine, every `await` a `yield*`. The
 * sandbox's worker compiles it (it holds the compiler already: the page loads no copy of its
 * own), and it is shown line for line with the reader's code, tidied for reading.
 */
import { useEffect, useState } from "react";
import { type Compiled, compileProgram } from "../../executor/host.ts";
import { useT } from "../../i18n/react.ts";
import { forReading } from "./for-reading.ts";
import { highlightJavaScript } from "./highlight.tsx";

export interface CompiledViewProps {
  files: Record<string, string>;
  entry: string;
}

/** How long typing may pause before the code shown is compiled again. */
const RECOMPILE_AFTER_MS = 300;

export default function CompiledView({ files, entry }: CompiledViewProps) {
  const t = useT();
  const [compiled, setCompiled] = useState<Compiled | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () =>
        compileProgram({ files, entry }).then((answer) => {
          if (current) setCompiled(answer);
        }),
      RECOMPILE_AFTER_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
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
      {compiled === null ? (
        <p className="pg-status">{t("playground.compiling")}</p>
      ) : "error" in compiled ? (
        <pre className="pg-stderr">{compiled.error}</pre>
      ) : (
        Object.entries(compiled.files).map(([file, code]) => (
          <div key={file}>
            <p className="pg-compiled-title">{file}</p>
            {/* tabIndex: a scrollable region must be reachable by keyboard */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable code block */}
            <pre tabIndex={0}>{highlightJavaScript(forReading(code, files[file] ?? ""))}</pre>
          </div>
        ))
      )}
    </section>
  );
}
