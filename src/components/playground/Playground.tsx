/**
 * A live demo: the code (static and highlighted until the editor loads), the controls and
 * the console. The editor and the executor load only once the playground nears the screen.
 */
import type { TraceEvent } from "playground-runtime/trace";
import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { prewarmWhenIdle, type RunningProgram, startRun } from "../../executor/host.ts";
import type { Clock, OutputChunk, RunSummary } from "../../executor/protocol.ts";
import { t } from "../../i18n/ui.ts";
import { announceRun } from "../predict/events.ts";
import { findAnchor, parseAnchor } from "../visualizer/anchor.ts";
import Console from "./Console.tsx";
import type { EditorHandle } from "./Editor.tsx";
import { TabLabel, TWIN } from "./file-tab.tsx";
import { LineMarkStore } from "./line-marks.ts";
import { forgetEdits, loadEdits, saveEdits, watchEdits } from "./saved-edits.ts";
import { encodeShare, sharedFor } from "./share.ts";

const Editor = lazy(() => import("./Editor.tsx"));
const CompiledView = lazy(() => import("./CompiledView.tsx"));
const Visualizer = lazy(() => import("../visualizer/Visualizer.tsx"));
const RunTimeline = lazy(() => import("../visualizer/RunTimeline.tsx"));

export interface PlaygroundProps {
  demo: string;
  files: Record<string, string>;
  entry: string;
  python: string;
  /** The entry file highlighted at build time: what readers see before the editor loads. */
  staticHtml: string;
  /**
   * Open the visualizer on the demo as the playground wakes, at this step (an anchor, see
   * visualizer/anchor.ts): how a chapter shows the moment its prose is about.
   */
  visualize?: string;
  /**
   * Show the timeline of every run: until the reader runs it, `children` (the demo's own,
   * drawn at build time); then the last run's.
   */
  timeline?: boolean;
  children?: ReactNode;
}

/** A finished run's trace, open in the visualizer. */
interface Traced {
  events: TraceEvent[];
  truncated: boolean;
  initialStep: number;
}

interface Notice {
  kind: "info" | "error";
  text: string;
  /** Other code the reader may switch to (a share link's, another tab's), with its button. */
  offer?: { label: string; files: Record<string, string> };
}

/**
 * The code before the editor loads: the file names where the editor's tabs will be (so the
 * editor takes the same room, and nothing below it moves), then the entry file highlighted.
 */
function StaticCode({ html, files }: { html: string; files: string[] }) {
  return (
    <>
      <div className="pg-tabs" aria-hidden="true">
        {files.map((name, i) => (
          <span key={name} className={i === 0 ? "pg-tab pg-tab-shown" : "pg-tab"}>
            <TabLabel name={name} />
          </span>
        ))}
      </div>
      {/* Build-time HTML from shiki, made from the demo's own source: no user input reaches it. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: trusted build output */}
      <div className="pg-static" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}

const sameFiles = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(a) === JSON.stringify(b);

const LOADED_FROM_LINK: Notice = { kind: "info", text: t("share.loaded") };

/**
 * The code to start from: the reader's saved edits, else a share link for this demo, else
 * the demo. A link never replaces a saved edit unasked: it is offered instead.
 */
function startingCode(
  demo: string,
  entry: string,
  original: Record<string, string>,
): { files: Record<string, string>; notice: Notice | null } {
  const saved = loadEdits(demo);
  const shared = sharedFor(demo, entry);
  if (shared === null) return { files: saved ?? original, notice: null };
  if ("broken" in shared) {
    return { files: saved ?? original, notice: { kind: "error", text: shared.broken } };
  }
  if (saved === null || sameFiles(saved, shared.files)) {
    return { files: shared.files, notice: LOADED_FROM_LINK };
  }
  const offer = { label: t("share.useLink"), files: shared.files };
  return { files: saved, notice: { kind: "info", text: t("share.keptEdit"), offer } };
}

export default function Playground({
  demo,
  files,
  entry,
  python,
  staticHtml,
  visualize: openAt,
  timeline = false,
  children,
}: PlaygroundProps) {
  const [mounted, setMounted] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [code, setCode] = useState(files);
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const [running, setRunning] = useState(false);
  const [clock, setClock] = useState<Clock>("virtual");
  const [showCompiled, setShowCompiled] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [traced, setTraced] = useState<Traced | null>(null);
  /** The last run's trace, for the timeline of a playground that shows one. */
  const [ran, setRan] = useState<Omit<Traced, "initialStep"> | null>(null);
  const [marks] = useState(() => new LineMarkStore());
  const codeNow = useRef(code);
  codeNow.current = code;
  const program = useRef<RunningProgram | null>(null);
  const editor = useRef<EditorHandle | null>(null);

  /** Runs the files; `visualize` also records the trace and opens it (at an anchor, if any). */
  const start = useCallback(
    (runFiles: Record<string, string>, visualize: { at: string | null } | null) => {
      program.current?.stop();
      editor.current?.clearErrors();
      setOutput([]);
      setSummary(null);
      setNotice(null);
      setTraced(null);
      setRunning(true);
      let trace: Omit<Traced, "initialStep"> | null = null;
      program.current = startRun(
        // The visualizer steps through virtual time: a trace on the real clock says the same.
        {
          files: runFiles,
          entry,
          clock: visualize === null ? clock : "virtual",
          trace: visualize !== null || timeline,
        },
        {
          onOutput: (chunks) => setOutput((previous) => [...previous, ...chunks]),
          onTrace: (events, truncated) => {
            trace = { events, truncated };
          },
          onDone: (result) => {
            program.current = null;
            setRunning(false);
            setSummary(result);
            if (result.errorType === "SyntaxError" && result.location) {
              const { file, line, column } = result.location;
              editor.current?.markError(file, line, column, result.errorMessage ?? "SyntaxError");
            }
            if (trace !== null && trace.events.length > 0 && timeline) setRan(trace);
            if (trace !== null && trace.events.length > 0 && visualize !== null) {
              const at = visualize?.at ? findAnchor(trace.events, parseAnchor(visualize.at)) : -1;
              setTraced({ ...trace, initialStep: at });
            }
          },
        },
      );
    },
    [entry, clock, timeline],
  );

  useEffect(() => {
    const initial = startingCode(demo, entry, files);
    setCode(initial.files);
    setNotice(initial.notice);
    setMounted(true);
    // The executor loads once the page is idle, so that Run answers at once.
    const cancelPrewarm = prewarmWhenIdle();
    return () => {
      cancelPrewarm();
      program.current?.stop();
    };
  }, [demo, entry, files]);

  // Another tab saved this demo: its code is offered, never written over the reader's.
  useEffect(
    () =>
      watchEdits(demo, (saved) => {
        const theirs = saved ?? files;
        if (sameFiles(theirs, codeNow.current)) return;
        setNotice({
          kind: "info",
          text: t("edits.otherTab"),
          offer: { label: t("edits.useOther"), files: theirs },
        });
      }),
    [demo, files],
  );

  // A chapter's visualizer opens once, on the demo itself: never on edited or shared code.
  const opened = useRef(false);
  useEffect(() => {
    if (!mounted || opened.current || !openAt) return;
    opened.current = true;
    if (sameFiles(code, files)) start(code, { at: openAt });
  }, [mounted, openAt, code, files, start]);

  // Tell the page what a finished run printed (the prediction exercise grades itself with it).
  useEffect(() => {
    if (summary) announceRun(demo, output);
  }, [summary, demo, output]);

  const fileNames = useMemo(() => Object.keys(code), [code]);
  const staticCode = (
    <StaticCode html={staticHtml} files={[...Object.keys(files), ...(python ? [TWIN] : [])]} />
  );
  const run = useCallback(() => start(code, null), [start, code]);
  const visualizeRun = useCallback(() => start(code, { at: null }), [start, code]);
  const closeVisualizer = useCallback(() => setTraced(null), []);

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
    setTraced(null);
    setRan(null);
    setEditorKey((k) => k + 1);
  };

  /** Switches to offered code (saved as the reader's edit, as if they had typed it). */
  const accept = (offered: Record<string, string>) => {
    stop();
    setCode(offered);
    saveEdits(demo, offered);
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

  // The timeline's bars: one opens the visualizer at its step; a focused one marks its line.
  const visualizeAt = useCallback(
    (step: number) => ran && setTraced({ ...ran, initialStep: step }),
    [ran],
  );
  const showLine = useCallback(
    (run: { file: string; line: number; note: string } | null) =>
      marks.set(run ? { [run.file]: [{ line: run.line, kind: "running", note: run.note }] } : {}),
    [marks],
  );

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
      id={`demo-${demo.replaceAll("/", "-")}${openAt ? "-visualized" : ""}`}
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
        <button
          type="button"
          className="pg-button"
          onClick={visualizeRun}
          disabled={!mounted || running}
          title="Run with the loop's trace, then step through it"
        >
          Visualize
        </button>
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
          {notice.offer && (
            <>
              {" "}
              <button
                type="button"
                className="pg-button"
                onClick={() => notice.offer && accept(notice.offer.files)}
              >
                {notice.offer.label}
              </button>
            </>
          )}
        </p>
      )}
      {mounted ? (
        <Suspense fallback={staticCode}>
          <Editor
            key={editorKey}
            files={code}
            python={python}
            entry={entry}
            onChange={edit}
            onRun={run}
            handle={editor}
            marks={marks}
          />
        </Suspense>
      ) : (
        staticCode
      )}
      {traced && (
        <Suspense fallback={<p className="pg-status">Loading the visualizer…</p>}>
          <Visualizer
            events={traced.events}
            truncated={traced.truncated}
            initialStep={traced.initialStep}
            files={fileNames}
            onMarks={marks.set}
            onClose={closeVisualizer}
          />
        </Suspense>
      )}
      {timeline &&
        !traced &&
        (ran ? (
          <Suspense fallback={children}>
            <RunTimeline events={ran.events} onJump={visualizeAt} onShow={showLine} />
          </Suspense>
        ) : (
          children
        ))}
      {mounted && showCompiled && (
        <Suspense fallback={<p className="pg-status">Compiling…</p>}>
          <CompiledView files={code} entry={entry} />
        </Suspense>
      )}
      <Console
        output={output}
        summary={summary}
        running={running}
        files={fileNames}
        onLocate={locate}
      />
    </div>
  );
}
