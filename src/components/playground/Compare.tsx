/**
 * Compare: runs the playground's TypeScript on our runtime and its twin under CPython, then
 * says whether they printed the same, or shows a line diff. A divergence is our runtime's bug
 * (CPython is right), so it can be copied as a ready-made report: both programs, both outputs.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { type RunningProgram, startRun } from "../../executor/host.ts";
import type { Clock, Language, OutputChunk } from "../../executor/protocol.ts";
import type { Progress } from "../../executor/python-files.ts";
import { t } from "../../i18n/ui.ts";
import { TWIN } from "./file-tab.tsx";
import { lineDiff } from "./line-diff.ts";
import PythonLoading from "./PythonLoading.tsx";

interface Compared {
  typescript: string;
  python: string;
}

/** Everything a run printed, both streams in the order written, as a terminal shows it. */
function printed(
  files: Record<string, string>,
  entry: string,
  clock: Clock,
  language: Language,
  started: (running: RunningProgram) => void,
  onLoading: (progress: Progress) => void,
): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    const running = startRun(
      { files, entry, clock, language },
      {
        onOutput: (chunks: OutputChunk[]) => {
          for (const chunk of chunks) text += chunk.text;
        },
        onDone: (summary) => resolve(summary.stopped ? `${text}[${summary.stopped}]\n` : text),
        onLoading,
      },
    );
    started(running);
  });
}

export function useCompare(entry: string) {
  const [state, setState] = useState<"idle" | "running" | Compared>("idle");
  const [loading, setLoading] = useState<Progress | null>(null);
  const running = useRef<RunningProgram | null>(null);
  const generation = useRef(0);
  const compare = useCallback(
    async (program: Record<string, string>, twin: string, clock: Clock) => {
      setState("running");
      const keep = (run: RunningProgram) => {
        running.current = run;
      };
      // Closed (or cancelled) while running: the comparison ends with the run it stopped.
      const mine = ++generation.current;
      const typescript = await printed(program, entry, clock, "typescript", keep, setLoading);
      if (generation.current !== mine) return;
      const python = await printed({ [TWIN]: twin }, TWIN, clock, "python", keep, setLoading);
      if (generation.current !== mine) return;
      running.current = null;
      setLoading(null);
      setState({ typescript, python });
    },
    [entry],
  );
  const close = useCallback(() => {
    generation.current++;
    running.current?.stop();
    setLoading(null);
    setState("idle");
  }, []);
  useEffect(() => () => running.current?.stop(), []);
  return { state, loading, compare, close };
}

export function CompareButton({ onClick, disabled }: { onClick(): void; disabled: boolean }) {
  return (
    <button
      type="button"
      className="pg-button"
      onClick={onClick}
      disabled={disabled}
      title={t("compare.title")}
    >
      {t("compare.button")}
    </button>
  );
}

/** The report a divergence is copied as: both programs and what each printed. */
function bugReport(program: Record<string, string>, twin: string, result: Compared): string {
  const block = (lang: string, text: string) => `\`\`\`${lang}\n${text.replace(/\n$/, "")}\n\`\`\``;
  const files = Object.entries(program).map(
    ([name, code]) => `### ${name}\n\n${block("ts", code)}`,
  );
  return [
    `## ${t("compare.reportTitle")}`,
    ...files,
    `### ${TWIN}\n\n${block("python", twin)}`,
    `### ${t("compare.ourOutput")}\n\n${block("text", result.typescript)}`,
    `### ${t("compare.cpythonOutput")}\n\n${block("text", result.python)}`,
  ].join("\n\n");
}

export function CompareResult({
  state,
  loading,
  program,
  twin,
  onCopy,
  onClose,
}: {
  state: ReturnType<typeof useCompare>["state"];
  loading: Progress | null;
  program: Record<string, string>;
  twin: string;
  onCopy(report: string): void;
  onClose(): void;
}) {
  if (state === "idle") return null;
  if (state === "running") {
    return (
      <section className="pg-compare" aria-label={t("compare.region")}>
        <p className="pg-status" role="status">
          {t("compare.running")}
        </p>
        {loading && <PythonLoading progress={loading} onCancel={onClose} />}
      </section>
    );
  }
  const same = state.typescript === state.python;
  return (
    <section className="pg-compare" aria-label={t("compare.region")} data-same={same}>
      <p className="pg-status" role="status">
        {same ? t("compare.same") : t("compare.differ")}{" "}
        {!same && (
          <button
            type="button"
            className="pg-button"
            onClick={() => onCopy(bugReport(program, twin, state))}
          >
            {t("compare.copyReport")}
          </button>
        )}{" "}
        <button type="button" className="pg-button" onClick={onClose}>
          {t("compare.close")}
        </button>
      </p>
      {!same && (
        <pre className="pg-diff">
          {lineDiff(state.typescript, state.python).map((line, i) => (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: lines of one finished diff
              key={i}
              className={`pg-diff-${line.kind}`}
            >
              {line.kind === "removed" ? "- " : line.kind === "added" ? "+ " : "  "}
              {line.text}
              {"\n"}
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}
