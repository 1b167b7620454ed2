/**
 * A live demo: the code (static and highlighted until the editor loads), the controls and
 * the console. The editor and the executor load only once the playground nears the screen.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { type RunningProgram, startRun } from "../../executor/host.ts";
import type { Clock, OutputChunk, RunSummary } from "../../executor/protocol.ts";
import Console from "./Console.tsx";
import type { EditorHandle } from "./Editor.tsx";
import { forgetEdits, loadEdits, saveEdits } from "./saved-edits.ts";
import { BrokenShareLink, decodeShare, encodeShare } from "./share.ts";

const Editor = lazy(() => import("./Editor.tsx"));
const CompiledView = lazy(() => import("./CompiledView.tsx"));

export interface PlaygroundProps {
  demo: string;
  files: Record<string, string>;
  entry: string;
  python: string;
  /** The entry file highlighted at build time: what readers see before the editor loads. */
  staticHtml: string;
}

interface Notice {
  kind: "info" | "error";
  text: string;
}

function StaticCode({ html }: { html: string }) {
  // Build-time HTML from shiki, made from the demo's own source: no user input reaches it.
  // biome-ignore lint/security/noDangerouslySetInnerHtml: trusted build output
  return <div className="pg-static" dangerouslySetInnerHTML={{ __html: html }} />;
}

const sameFiles = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The code to start from: a share link for this demo, else the reader's saved edits. */
function startingCode(demo: string, original: Record<string, string>) {
  try {
    const shared = decodeShare(window.location.hash);
    if (shared?.demo === demo) {
      return {
        files: shared.files,
        notice: {
          kind: "info",
          text: "Loaded code from a share link. It has not run: read it, then press Run.",
        } satisfies Notice,
      };
    }
  } catch (error) {
    if (error instanceof BrokenShareLink) {
      return { files: original, notice: { kind: "error", text: error.message } satisfies Notice };
    }
    throw error;
  }
  return { files: loadEdits(demo) ?? original, notice: null };
}

export default function Playground({ demo, files, entry, python, staticHtml }: PlaygroundProps) {
  const [mounted, setMounted] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [code, setCode] = useState(files);
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [clock, setClock] = useState<Clock>("virtual");
  const [showCompiled, setShowCompiled] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const program = useRef<RunningProgram | null>(null);
  const editor = useRef<EditorHandle | null>(null);

  useEffect(() => {
    const start = startingCode(demo, files);
    setCode(start.files);
    setNotice(start.notice);
    setMounted(true);
    return () => program.current?.stop();
  }, [demo, files]);

  const run = useCallback(() => {
    program.current?.stop();
    editor.current?.clearErrors();
    setOutput([]);
    setSummary(null);
    setNotice(null);
    setRunning(true);
    program.current = startRun(
      { files: code, entry, clock },
      {
        onOutput: (chunks) => setOutput((previous) => [...previous, ...chunks]),
        onDone: (result) => {
          program.current = null;
          setRunning(false);
          setSummary(result);
          if (result.errorType === "SyntaxError" && result.location) {
            const { file, line, column } = result.location;
            editor.current?.markError(file, line, column, result.errorMessage ?? "SyntaxError");
          }
        },
      },
    );
  }, [code, entry, clock]);

  const stop = () => program.current?.stop();

  const edit = useCallback(
    (edited: Record<string, string>) => {
      setCode(edited);
      saveEdits(demo, edited);
    },
    [demo],
  );

  const reset = () => {
    if (!sameFiles(code, files) && !window.confirm("Discard your edits and restore the demo?")) {
      return;
    }
    stop();
    forgetEdits(demo);
    setCode(files);
    setOutput([]);
    setSummary(null);
    setNotice(null);
    setEditorKey((k) => k + 1);
  };

  const copyToClipboard = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ kind: "info", text: done });
    } catch {
      setNotice({ kind: "error", text: "The browser did not allow copying to the clipboard." });
    }
  };

  const copy = () => {
    const active = editor.current?.activeFile() ?? entry;
    return copyToClipboard(code[active] ?? code[entry], `Copied ${active} to the clipboard.`);
  };

  const share = () => {
    const url = new URL(window.location.href);
    url.hash = encodeShare({ demo, files: code });
    return copyToClipboard(url.href, "Copied a link to this code. Opening it will not run it.");
  };

  const locate = useCallback(
    (file: string, line: number) => editor.current?.reveal(file, line),
    [],
  );

  const status = running ? "running" : summary ? "done" : "idle";
  // Ctrl/Cmd+Enter runs from anywhere in the playground, the editor included.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.defaultPrevented) return; // the editor ran it already
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && mounted && !running) {
      event.preventDefault();
      run();
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a shortcut for the controls inside
    <div
      onKeyDown={onKeyDown}
      id={`demo-${demo.replaceAll("/", "-")}`}
      className="playground not-content"
      data-demo={demo}
      data-status={status}
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
        <button type="button" className="pg-button" onClick={copy} disabled={!mounted}>
          Copy
        </button>
        <button type="button" className="pg-button" onClick={share} disabled={!mounted}>
          Share
        </button>
        <span className="pg-spacer" />
        <label className="pg-field">
          <input
            type="checkbox"
            checked={showCompiled}
            onChange={(event) => setShowCompiled(event.target.checked)}
            disabled={!mounted}
          />
          Show compiled
        </label>
        <label className="pg-field">
          Clock
          <select
            value={clock}
            onChange={(event) => setClock(event.target.value as Clock)}
            disabled={!mounted}
          >
            <option value="virtual">virtual (instant)</option>
            <option value="real">real time</option>
          </select>
        </label>
      </div>
      {notice && (
        <p
          className={`pg-notice pg-notice-${notice.kind}`}
          role={notice.kind === "error" ? "alert" : "status"}
        >
          {notice.text}
        </p>
      )}
      {mounted ? (
        <Suspense fallback={<StaticCode html={staticHtml} />}>
          <Editor
            key={editorKey}
            files={code}
            python={python}
            entry={entry}
            onChange={edit}
            onRun={run}
            handle={editor}
          />
        </Suspense>
      ) : (
        <StaticCode html={staticHtml} />
      )}
      {mounted && showCompiled && (
        <Suspense fallback={<p className="pg-status">Compiling…</p>}>
          <CompiledView files={code} entry={entry} />
        </Suspense>
      )}
      <Console
        output={output}
        summary={summary}
        running={running}
        files={Object.keys(code)}
        onLocate={locate}
      />
    </div>
  );
}
