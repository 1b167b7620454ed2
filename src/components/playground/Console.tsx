/**
 * What the program printed, as a terminal shows it: stdout plain, stderr (warnings,
 * tracebacks) set apart. Text is always rendered as text, never as HTML. A traceback line that
 * names one of the playground's files is a button that shows that line in the editor.
 */
import type { OutputChunk, RunSummary } from "../../executor/protocol.ts";

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

function StatusLine({ summary, running }: Pick<ConsoleProps, "summary" | "running">) {
  if (running) return <p className="pg-status">Running…</p>;
  if (!summary) return <p className="pg-status">Press Run (Ctrl+Enter) to run the program.</p>;
  if (summary.stopped) return <p className="pg-status pg-status-error">{summary.stopped}</p>;
  const outcome = summary.ok ? "Finished" : `Ended with ${summary.errorType ?? "an error"}`;
  return (
    <p className="pg-status">
      {outcome} in {Math.round(summary.wallTime)} ms · virtual time{" "}
      {Number(summary.virtualTime.toFixed(3))} s
    </p>
  );
}

export default function Console({ output, summary, running, files, onLocate }: ConsoleProps) {
  return (
    <div className="pg-console-wrap">
      <div
        className="pg-console"
        data-testid="console"
        role="log"
        aria-live="polite"
        aria-label="Program output"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
      >
        {output.map((chunk, i) => (
          // Chunks only ever grow at the end, so their index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
          <span key={i} className={`pg-${chunk.stream}`}>
            {chunk.stream === "stderr" ? (
              <StderrText text={chunk.text} files={files} onLocate={onLocate} />
            ) : (
              chunk.text
            )}
          </span>
        ))}
      </div>
      <StatusLine summary={summary} running={running} />
    </div>
  );
}
