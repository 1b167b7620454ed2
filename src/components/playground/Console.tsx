/**
 * What the program printed, as a terminal shows it: stdout plain, stderr (warnings,
 * tracebacks) set apart. Text is always rendered as text, never as HTML. A traceback line that
 * names one of the playground's files is a button that shows that line in the editor.
 *
 * However much a program prints, the console draws a bounded amount: the beginning and the
 * end, with what lies between counted and downloadable. Output arrives in chunks that are only
 * ever appended, and a chunk already drawn is not drawn again.
 */
import { memo } from "react";
import type { OutputChunk, RunSummary } from "../../executor/protocol.ts";
import { useT } from "../../i18n/react.ts";
import { saveFile } from "../../lib/save-file.ts";

export interface ConsoleProps {
  output: OutputChunk[];
  summary: RunSummary | null;
  running: boolean;
  files: string[];
  onLocate(file: string, line: number): void;
}

const TRACEBACK_FRAME = /^(\s*File "([^"]+)", line (\d+))([\s\S]*)$/;

function StderrText({
  text,
  files,
  onLocate,
}: { text: string } & Pick<ConsoleProps, "files" | "onLocate">) {
  const lines = text.split(/(?<=\n)/);
  return (
    <>
      {lines.map((line, i) => {
        const frame = TRACEBACK_FRAME.exec(line);
        if (!frame || !files.includes(frame[2])) return line;
        const [, location, file, lineNumber, rest] = frame;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one immutable chunk
          <span key={i}>
            <button
              type="button"
              className="pg-frame"
              onClick={() => onLocate(file, Number(lineNumber))}
              title={`Show ${file} line ${lineNumber} in the editor`}
            >
              {location}
            </button>
            {rest}
          </span>
        );
      })}
    </>
  );
}

/** A chunk as drawn: its stream's style, and a traceback's frames as buttons. */
const Chunk = memo(function Chunk({
  chunk,
  files,
  onLocate,
}: { chunk: OutputChunk } & Pick<ConsoleProps, "files" | "onLocate">) {
  return (
    <span className={`pg-${chunk.stream}`}>
      {chunk.stream === "stderr" ? (
        <StderrText text={chunk.text} files={files} onLocate={onLocate} />
      ) : (
        chunk.text
      )}
    </span>
  );
});

/** Characters drawn from the beginning of the output, and from its end. */
const SHOWN_HEAD = 20_000;
const SHOWN_TAIL = 20_000;

/** A chunk to draw, keyed by where it sits in the output. */
type Shown = { key: string; chunk: OutputChunk };

/** The chunk with only `text` of it: the chunk itself when that is all of it (drawn once). */
const cut = (chunk: OutputChunk, text: string) =>
  text.length === chunk.text.length ? chunk : { ...chunk, text };

/** The output's beginning and end, and how many characters lie between them undrawn. */
export function shownOutput(output: OutputChunk[]): {
  head: Shown[];
  hidden: number;
  tail: Shown[];
} {
  const total = output.reduce((sum, chunk) => sum + chunk.text.length, 0);
  if (total <= SHOWN_HEAD + SHOWN_TAIL) {
    return { head: output.map((chunk, i) => ({ key: `${i}`, chunk })), hidden: 0, tail: [] };
  }
  const head: Shown[] = [];
  const tail: Shown[] = [];
  let start = 0;
  const tailFrom = total - SHOWN_TAIL;
  output.forEach((chunk, i) => {
    const end = start + chunk.text.length;
    if (start < SHOWN_HEAD) {
      const text = chunk.text.slice(0, SHOWN_HEAD - start);
      // A chunk cut short gets another key, so it is drawn again once it is whole.
      head.push({ key: `${i}:${text.length}`, chunk: cut(chunk, text) });
    }
    if (end > tailFrom) {
      const text = chunk.text.slice(Math.max(tailFrom - start, 0));
      tail.push({ key: `t${i}:${text.length}`, chunk: cut(chunk, text) });
    }
    start = end;
  });
  return { head, hidden: total - SHOWN_HEAD - SHOWN_TAIL, tail };
}

/** Saves the whole output as a text file. */
function download(output: OutputChunk[]) {
  saveFile(
    "output.txt",
    output.map((chunk) => chunk.text),
    "text/plain;charset=utf-8",
  );
}

function HiddenOutput({ count, output }: { count: number; output: OutputChunk[] }) {
  const t = useT();
  return (
    <span className="pg-hidden-output">
      {"\n"}
      {t("console.hidden", { count: count.toLocaleString("en-US") })}{" "}
      <button type="button" className="pg-button" onClick={() => download(output)}>
        {t("console.download")}
      </button>
      {"\n"}
    </span>
  );
}

function StatusLine({ summary, running }: Pick<ConsoleProps, "summary" | "running">) {
  const t = useT();
  if (running) return <p className="pg-status">{t("console.running")}</p>;
  if (!summary) return <p className="pg-status">{t("console.idle")}</p>;
  if (summary.stopped) return <p className="pg-status pg-status-error">{summary.stopped}</p>;
  const times = {
    ms: Math.round(summary.wallTime),
    virtual: Number(summary.virtualTime.toFixed(3)),
  };
  return (
    <p className="pg-status">
      {summary.ok
        ? t("console.finished", times)
        : t("console.ended", { ...times, error: summary.errorType ?? t("console.anError") })}
    </p>
  );
}

export default function Console({ output, summary, running, files, onLocate }: ConsoleProps) {
  const t = useT();
  const { head, hidden, tail } = shownOutput(output);
  return (
    <div className="pg-console-wrap">
      <div
        className="pg-console"
        data-testid="console"
        role="log"
        aria-live="polite"
        aria-label={t("console.label")}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        {head.map(({ key, chunk }) => (
          <Chunk key={key} chunk={chunk} files={files} onLocate={onLocate} />
        ))}
        {hidden > 0 && <HiddenOutput count={hidden} output={output} />}
        {tail.map(({ key, chunk }) => (
          <Chunk key={key} chunk={chunk} files={files} onLocate={onLocate} />
        ))}
      </div>
      <StatusLine summary={summary} running={running} />
    </div>
  );
}
