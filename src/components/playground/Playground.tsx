/**
 * A live demo: the code (static and highlighted until the editor loads), the controls and
 * the console. The editor and the executor load only once the playground is on screen.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { type RunningProgram, startRun } from "../../executor/host.ts";
import type { OutputChunk, RunSummary } from "../../executor/protocol.ts";
import Console from "./Console.tsx";

const Editor = lazy(() => import("./Editor.tsx"));

export interface PlaygroundProps {
  demo: string;
  files: Record<string, string>;
  entry: string;
  python: string;
  /** The entry file highlighted at build time: what readers see before the editor loads. */
  staticHtml: string;
}

function StaticCode({ html }: { html: string }) {
  // Build-time HTML from shiki, made from the demo's own source: no user input reaches it.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted build output
  return <div className="pg-static" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function Playground({ demo, files, entry, python, staticHtml }: PlaygroundProps) {
  const [mounted, setMounted] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [code, setCode] = useState(files);
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const [running, setRunning] = useState(false);
  const program = useRef<RunningProgram | null>(null);

  useEffect(() => setMounted(true), []);
  useEffect(() => () => program.current?.stop(), []);

  const run = useCallback(() => {
    program.current?.stop();
    setOutput([]);
    setSummary(null);
    setRunning(true);
    program.current = startRun(
      { files: code, entry, clock: "virtual" },
      {
        onOutput: (chunks) => setOutput((previous) => [...previous, ...chunks]),
        onDone: (result) => {
          program.current = null;
          setRunning(false);
          setSummary(result);
        },
      },
    );
  }, [code, entry]);

  const stop = () => program.current?.stop();

  const reset = () => {
    stop();
    setCode(files);
    setOutput([]);
    setSummary(null);
    setEditorKey((k) => k + 1);
  };

  return (
    <div
      className="playground not-content"
      data-demo={demo}
      data-status={running ? "running" : summary ? "done" : "idle"}
    >
      <div className="pg-toolbar" role="toolbar" aria-label="Playground controls">
        {running ? (
          <button type="button" className="pg-button pg-primary" onClick={stop}>
            Stop
          </button>
        ) : (
          <button
            type="button"
            className="pg-button pg-primary"
            onClick={run}
            disabled={!mounted}
            aria-keyshortcuts="Control+Enter Meta+Enter"
            title="Run (Ctrl+Enter)"
          >
            Run
          </button>
        )}
        <button type="button" className="pg-button" onClick={reset} disabled={!mounted}>
          Reset
        </button>
      </div>
      {mounted ? (
        <Suspense fallback={<StaticCode html={staticHtml} />}>
          <Editor
            key={editorKey}
            files={code}
            python={python}
            entry={entry}
            onChange={setCode}
            onRun={run}
          />
        </Suspense>
      ) : (
        <StaticCode html={staticHtml} />
      )}
      <Console output={output} summary={summary} running={running} />
    </div>
  );
}
