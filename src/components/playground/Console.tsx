/**
 * What the program printed, as a terminal shows it: stdout plain, stderr (warnings,
 * tracebacks) set apart. Text is always rendered as text, never as HTML.
 */
import type { OutputChunk, RunSummary } from "../../executor/protocol.ts";

export interface ConsoleProps {
  output: OutputChunk[];
  summary: RunSummary | null;
  running: boolean;
}

function formatSeconds(seconds: number): string {
  return `${Number(seconds.toFixed(3))} s`;
}

function StatusLine({ summary, running }: Pick<ConsoleProps, "summary" | "running">) {
  if (running) return <p className="pg-status">Running…</p>;
  if (!summary) return <p className="pg-status">Press Run (Ctrl+Enter) to run the program.</p>;
  const wall = `${Math.round(summary.wallTime)} ms`;
  if (summary.stopped) return <p className="pg-status pg-status-error">{summary.stopped}</p>;
  return (
    <p className="pg-status">
      {summary.ok ? "Finished" : `Exited with ${summary.errorType ?? "an error"}`} in {wall} ·
      virtual time {formatSeconds(summary.virtualTime)}
    </p>
  );
}

export default function Console({ output, summary, running }: ConsoleProps) {
  return (
    <div className="pg-console-wrap">
      <div
        className="pg-console"
        data-testid="console"
        role="log"
        aria-live="polite"
        aria-label="Program output"
      >
        {output.map((chunk, i) => (
          // Chunks only ever grow at the end, so their index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
          <span key={i} className={`pg-${chunk.stream}`}>
            {chunk.text}
          </span>
        ))}
      </div>
      <StatusLine summary={summary} running={running} />
    </div>
  );
}
