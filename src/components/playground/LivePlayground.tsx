/**
 * The live playground: Sandpack's provider holds the files — the demo's, then the reader's
 * edits — and everything inside reads them through its hooks: the toolbar, the editor, the
 * console, the visualizer. Reset is the provider's, for the tab the reader is on. Runs belong to
 * useRunner.
 */
import { type SandpackFiles, SandpackProvider, useSandpack } from "@codesandbox/sandpack-react";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Clock } from "../../executor/protocol.ts";
import { type Translate, useT } from "../../i18n/react.ts";
import { saveFile } from "../../lib/save-file.ts";
import { announceRun } from "../predict/events.ts";
import CodeEditor, { type CodePlace } from "./CodeEditor.tsx";
import { CompareButton, CompareResult, useCompare } from "./Compare.tsx";
import Console from "./Console.tsx";
import { type Fold, isHidden } from "./code-fold.tsx";
import { TWIN } from "./file-tab.tsx";
import { frameId, onRunShortcut, type PlaygroundProps, type Status, type Woken } from "./frame.tsx";
import { LineMarkStore } from "./line-marks.ts";
import PythonLoading from "./PythonLoading.tsx";
import { ResetConfirm } from "./ResetConfirm.tsx";
import { editsPlace, forgetEdits, loadEdits, saveEdits, watchEdits } from "./saved-edits.ts";
import { encodeShare, MAX_SHARED_BYTES, sharedFor } from "./share.ts";
import {
  ClockSelect,
  CompiledToggle,
  CopyButton,
  DownloadButton,
  ResetButton,
  RunButton,
  ShareButton,
  Spacer,
  Toolbar,
  VisualizeButton,
} from "./Toolbar.tsx";
import { editorTheme } from "./theme.ts";
import { useRunner } from "./use-runner.ts";

const CompiledView = lazy(() => import("./CompiledView.tsx"));
const Visualizer = lazy(() => import("../visualizer/Visualizer.tsx"));
const RunTimeline = lazy(() => import("../visualizer/RunTimeline.tsx"));

interface Notice {
  kind: "info" | "error";
  text: string;
  /** Other code the reader may switch to (a share link's, another tab's), with its button. */
  offer?: { label: string; files: Record<string, string> };
}

const sameFiles = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The code to start from, when it is not the demo's: the reader's saved edits, else a share
 * link for this copy of the demo. A link never replaces a saved edit unasked: it is offered
 * instead.
 */
function startingCode(
  demo: string,
  entry: string,
  visualize: string | undefined,
  t: Translate,
): { files: Record<string, string> | null; notice: Notice | null } {
  const saved = loadEdits(editsPlace(demo, visualize));
  const shared = sharedFor(demo, entry, frameId(demo, visualize));
  if (shared === null) return { files: saved, notice: null };
  if ("broken" in shared) return { files: saved, notice: { kind: "error", text: shared.broken } };
  if (saved === null || sameFiles(saved, shared.files)) {
    return { files: shared.files, notice: { kind: "info", text: t("share.loaded") } };
  }
  const offer = { label: t("share.useLink"), files: shared.files };
  return { files: saved, notice: { kind: "info", text: t("share.keptEdit"), offer } };
}

const toPaths = (files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, code]) => [`/${name}`, code]));

/** The program in Sandpack's files: the TypeScript ones, by name (the twin is not run). */
function programFiles(files: SandpackFiles): Record<string, string> {
  const program: Record<string, string> = {};
  for (const [path, file] of Object.entries(files)) {
    if (path.endsWith(".ts")) program[path.slice(1)] = typeof file === "string" ? file : file.code;
  }
  return program;
}

type LiveProps = PlaygroundProps & {
  woken: Woken;
  /** Long code's fold, the playground's: what the preview showed, the editor shows. */
  fold: Fold;
  /** The frame around shows whether a program is running (tests and styles read it). */
  onStatus(status: Status): void;
};

function Live({
  props,
  woken,
  fold,
  onStatus,
  starting,
}: Pick<LiveProps, "woken" | "fold" | "onStatus"> & {
  props: PlaygroundProps;
  starting: ReturnType<typeof startingCode>;
}) {
  const t = useT();
  const { demo, files: original, entry, visualize: openAt, timeline = false, children } = props;
  const { sandpack } = useSandpack();
  const { files, activeFile, updateFile, resetFile } = sandpack;
  const runner = useRunner(entry);
  const comparison = useCompare(entry);
  const [clock, setClock] = useState<Clock>("virtual");
  const [showCompiled, setShowCompiled] = useState(false);
  const [notice, setNotice] = useState(starting.notice);
  const [confirming, setConfirming] = useState(false);
  const [reveal, setReveal] = useState<CodePlace | null>(null);
  const [marks] = useState(() => new LineMarkStore());
  const program = useMemo(() => programFiles(files), [files]);
  const kept = editsPlace(demo, openAt);
  const programNow = useRef(program);
  programNow.current = program;

  // Shared or saved code replaces the demo's before the first paint, once.
  const startWith = useRef(starting.files);
  useLayoutEffect(() => {
    if (startWith.current) updateFile(toPaths(startWith.current));
    startWith.current = null;
  });

  // The tab the reader is on says what Run runs: the TypeScript, or the twin under CPython.
  const onTwin = activeFile === `/${TWIN}`;
  const twinFile = files[`/${TWIN}`];
  const twin =
    twinFile === undefined ? null : typeof twinFile === "string" ? twinFile : twinFile.code;
  const run = useCallback(() => {
    setNotice(null);
    if (onTwin && twin !== null) {
      runner.run({ [TWIN]: twin }, { clock, trace: timeline, language: "python" });
    } else runner.run(program, { clock, trace: timeline });
  }, [runner.run, program, clock, timeline, onTwin, twin]);

  // Another tab saved this playground: its code is offered, never written over the reader's.
  useEffect(
    () =>
      watchEdits(kept, (saved) => {
        const theirs = saved ?? original;
        if (sameFiles(theirs, programNow.current)) return;
        setNotice({
          kind: "info",
          text: t("edits.otherTab"),
          offer: { label: t("edits.useOther"), files: theirs },
        });
      }),
    [kept, original, t],
  );

  // What the reader asked for as they woke it, on the code they start from (Sandpack's files
  // take it only as this first render commits); a chapter's visualizer opens on the demo only.
  const first = useRef(true);
  const runButton = useRef<HTMLButtonElement>(null);
  const visualizeButton = useRef<HTMLButtonElement>(null);
  const live = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!first.current) return;
    first.current = false;
    // Saved or shared code may hold the twin: the TypeScript is what Run runs here.
    const code = programFiles(toPaths(starting.files ?? original));
    if (woken.run) runner.run(code, { clock: "virtual", trace: timeline });
    else if (openAt && !starting.files)
      runner.run(original, { clock: "virtual", visualize: { at: openAt } });
    if (woken.focus === "run") runButton.current?.focus();
  }, [woken, openAt, starting, original, runner.run, timeline]);

  // The twin's edits are kept with the TypeScript's (an unedited twin is not saved).
  const python = props.python;
  const demoFiles = useMemo<Record<string, string>>(
    () => (python ? { ...original, [TWIN]: python } : original),
    [original, python],
  );
  const edit = useCallback(
    (file: string, code: string) => {
      const edited = { ...program, ...(twin === null ? {} : { [TWIN]: twin }), [file]: code };
      const same = Object.entries(edited).every(([name, text]) => demoFiles[name] === text);
      if (same) forgetEdits(kept);
      else {
        if (edited[TWIN] === python) delete edited[TWIN];
        saveEdits(kept, edited);
      }
    },
    [program, demoFiles, kept, twin, python],
  );

  // Reset, its "edited" mark and its question are about the tab the reader is on: the other
  // files keep their edits (and stay saved).
  const shown = activeFile.slice(1);
  const shownFile = files[activeFile];
  const shownCode = typeof shownFile === "string" ? shownFile : shownFile?.code;
  const edited = shownCode !== demoFiles[shown];
  const reset = () => {
    setConfirming(false);
    resetFile(activeFile);
    edit(shown, demoFiles[shown]);
    runner.clear();
    setNotice(null);
  };

  /** Switches to offered code, saved as the reader's edit as if they had typed it. */
  const accept = (offered: Record<string, string>) => {
    runner.clear();
    updateFile(toPaths(offered));
    saveEdits(kept, offered);
    setNotice(null);
  };

  // The timeline's bars: one opens the visualizer at its step; a focused one marks its line.
  const showLine = useCallback(
    (bar: { file: string; line: number; note: string } | null) =>
      marks.set(bar ? { [bar.file]: [{ line: bar.line, kind: "running", note: bar.note }] } : {}),
    [marks],
  );

  const copyToClipboard = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ kind: "info", text: done });
    } catch {
      setNotice({ kind: "error", text: t("playground.clipboardRefused") });
    }
  };
  const copy = () => copyToClipboard(shownCode ?? "", t("playground.copied", { file: shown }));
  const download = () => saveFile(shown, [shownCode ?? ""], "text/plain;charset=utf-8");
  // A link carries the twin too when the reader edited it, whichever tab they share from.
  const share = () => {
    const shared = twin === null || twin === python ? program : { ...program, [TWIN]: twin };
    const fragment = encodeShare({ demo, files: shared, place: frameId(demo, openAt) });
    if (fragment === null) {
      const limit = `${MAX_SHARED_BYTES / 1024} KB`;
      return setNotice({ kind: "error", text: t("share.cannotShare", { limit }) });
    }
    const url = new URL(window.location.href);
    url.hash = fragment;
    return copyToClipboard(url.href, t("playground.copiedLink"));
  };

  const summary = runner.summary;
  const error = useMemo(
    () =>
      summary?.errorType === "SyntaxError" && summary.location
        ? { ...summary.location, message: summary.errorMessage ?? "SyntaxError" }
        : null,
    [summary],
  );
  const running = runner.status === "running";
  const fileNames = twin === null ? Object.keys(program) : [...Object.keys(program), TWIN];
  // A line shown to the reader (a traceback's, an error's, one the visualizer marks) that is
  // in the collapsed part opens the fold.
  const { setExpanded } = fold;
  const hiddenNow = useRef(fold);
  hiddenNow.current = fold;
  const showHidden = useCallback(() => setExpanded(true), [setExpanded]);
  const locate = useCallback(
    (file: string, line: number) => {
      if (isHidden(hiddenNow.current, line)) showHidden();
      setReveal({ file, line });
    },
    [showHidden],
  );
  useEffect(() => {
    if (error && isHidden(hiddenNow.current, error.line)) showHidden();
  }, [error, showHidden]);
  useEffect(
    () =>
      marks.subscribe(() => {
        const lines = Object.values(marks.get()).flat();
        if (lines.some((mark) => isHidden(hiddenNow.current, mark.line))) showHidden();
      }),
    [marks, showHidden],
  );

  useEffect(() => onStatus(runner.status), [onStatus, runner.status]);
  // A finished Run of the reader's: its output is brought into view, and the page is told
  // what it printed (the prediction exercise grades itself with it). A run to visualize is
  // neither: the chapter may start one as it scrolls by, and its output is the visualizer's.
  const visualized = runner.visualized;
  useEffect(() => {
    if (!summary || visualized) return;
    // Beside the code (a wide playground) the console is in view already; under it, it may not be.
    const work = live.current?.querySelector(".pg-work");
    if (work && getComputedStyle(work).display !== "grid") {
      work.querySelector(".pg-console-wrap")?.scrollIntoView({ block: "nearest" });
    }
    announceRun(demo, runner.output);
  }, [summary, visualized, demo, runner.output]);
  // While the visualizer is open (or its run is running) the console stays empty: the
  // visualizer shows the output step by step, and the whole of it would spoil the steps.
  const stepping = runner.traced !== null || (running && visualized);

  // Opened by the reader (Visualize, a timeline's bar), the visualizer takes focus, so the
  // arrow keys step at once; closed, focus goes back to Visualize. Opened by the chapter as
  // it scrolls by, it leaves focus where the reader has it.
  const [visualizerFocus, setVisualizerFocus] = useState(false);
  // On the Python tab, the twin's trace under CPython, in the same visualizer.
  const visualize = () => {
    setVisualizerFocus(true);
    if (onTwin && twin !== null) {
      runner.run({ [TWIN]: twin }, { clock, visualize: { at: null }, language: "python" });
    } else runner.run(program, { clock, visualize: { at: null } });
  };
  const jumpTo = (step: number) => {
    setVisualizerFocus(true);
    runner.openTrace(step);
  };
  const closeVisualizer = () => {
    runner.closeTrace();
    visualizeButton.current?.focus();
  };

  return (
    // The frame is the static playground's; Ctrl+Enter here runs, before it would wake.
    // biome-ignore lint/a11y/noStaticElementInteractions: a shortcut for the controls inside
    <div ref={live} className="pg-live" onKeyDown={onRunShortcut(() => running || run())}>
      <Toolbar>
        <RunButton ref={runButton} running={running} onRun={run} onStop={runner.stop} />
        <VisualizeButton ref={visualizeButton} disabled={running} onClick={visualize} />
        {twin !== null && (
          <CompareButton
            disabled={running || comparison.state === "running"}
            onClick={() => comparison.compare(program, twin, clock)}
          />
        )}
        <ResetButton edited={edited} onClick={() => (edited ? setConfirming(true) : reset())} />
        <CopyButton onClick={copy} />
        <ShareButton onClick={share} />
        <DownloadButton file={shown} onClick={download} />
        <Spacer />
        <CompiledToggle checked={showCompiled} onChange={setShowCompiled} />
        <ClockSelect clock={clock} onChange={setClock} />
      </Toolbar>
      {confirming && (
        <ResetConfirm file={shown} onDiscard={reset} onKeep={() => setConfirming(false)} />
      )}
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
      <div className="pg-work" data-visualizing={runner.traced !== null || undefined}>
        <div className="pg-source">
          <CodeEditor
            fold={fold}
            onHiddenPart={showHidden}
            onRun={run}
            onEdit={edit}
            marks={marks}
            error={error}
            reveal={reveal}
            focusOnMount={woken.focus === "run" || woken.focus === "fold" ? null : woken.focus}
            focusFold={woken.focus === "fold"}
          />
        </div>
        {/* Beside the code on a wide playground, under it on a narrow one: what the code does,
            the visualizer's steps while it is open, else the console. */}
        {runner.traced ? (
          <Suspense fallback={<p className="pg-status">{t("playground.loadingVisualizer")}</p>}>
            <Visualizer
              events={runner.traced.events}
              truncated={runner.traced.truncated}
              initialStep={runner.traced.initialStep}
              files={fileNames}
              onMarks={marks.set}
              takeFocus={visualizerFocus}
              onClose={closeVisualizer}
            />
          </Suspense>
        ) : (
          <Console
            output={stepping ? [] : runner.output}
            summary={stepping ? null : summary}
            running={running}
            files={fileNames}
            onLocate={locate}
          />
        )}
      </div>
      {timeline &&
        !runner.traced &&
        (runner.ran ? (
          <Suspense fallback={children}>
            <RunTimeline events={runner.ran.events} onJump={jumpTo} onShow={showLine} />
          </Suspense>
        ) : (
          children
        ))}
      {showCompiled && (
        <Suspense fallback={<p className="pg-status">{t("playground.compiling")}</p>}>
          <CompiledView files={program} entry={entry} />
        </Suspense>
      )}
      {twin !== null && (
        <CompareResult
          state={comparison.state}
          loading={comparison.loading}
          program={program}
          twin={twin}
          onCopy={(report) => copyToClipboard(report, t("compare.copied"))}
          onClose={comparison.close}
        />
      )}
      {runner.loading && <PythonLoading progress={runner.loading} onCancel={runner.stop} />}
    </div>
  );
}

export default function LivePlayground({ woken, fold, onStatus, ...props }: LiveProps) {
  const { demo, files, entry, python, visualize } = props;
  const t = useT();
  // Sandpack starts over when its props change identity, so they are made once.
  const [setup] = useState(() => {
    const sandpackFiles: SandpackFiles = toPaths(files);
    if (python) sandpackFiles[`/${TWIN}`] = python;
    return {
      files: sandpackFiles,
      customSetup: { entry: `/${entry}` },
      options: { activeFile: `/${entry}`, visibleFiles: Object.keys(sandpackFiles) },
    };
  });
  const [starting] = useState(() => startingCode(demo, entry, visualize, t));
  return (
    <SandpackProvider
      files={setup.files}
      theme={editorTheme}
      customSetup={setup.customSetup}
      options={setup.options}
    >
      <Live props={props} woken={woken} fold={fold} onStatus={onStatus} starting={starting} />
    </SandpackProvider>
  );
}
