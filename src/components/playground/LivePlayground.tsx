/**
 * The live playground: Sandpack's provider holds the files — the demo's, then the reader's
 * edits — and everything inside reads them through its hooks: the toolbar, the editor, the
 * console, the visualizer. Reset is the provider's reset. Runs belong to useRunner.
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
import { t } from "../../i18n/ui.ts";
import { announceRun } from "../predict/events.ts";
import CodeEditor, { type CodePlace } from "./CodeEditor.tsx";
import Console from "./Console.tsx";
import { TWIN } from "./file-tab.tsx";
import { onRunShortcut, type PlaygroundProps, type Status, type Woken } from "./frame.tsx";
import { LineMarkStore } from "./line-marks.ts";
import { ResetConfirm } from "./ResetConfirm.tsx";
import { forgetEdits, loadEdits, saveEdits } from "./saved-edits.ts";
import { BrokenShareLink, decodeShare, encodeShare } from "./share.ts";
import {
  ClockSelect,
  CompiledToggle,
  CopyButton,
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

interface Notice {
  kind: "info" | "error";
  text: string;
}

/** The code to start from, when it is not the demo's: a share link for it, or saved edits. */
function startingCode(demo: string): {
  files: Record<string, string> | null;
  notice: Notice | null;
} {
  try {
    const shared = decodeShare(window.location.hash);
    if (shared?.demo === demo) {
      return { files: shared.files, notice: { kind: "info", text: t("playground.sharedNotice") } };
    }
  } catch (error) {
    if (error instanceof BrokenShareLink) {
      return { files: null, notice: { kind: "error", text: error.message } };
    }
    throw error;
  }
  return { files: loadEdits(demo), notice: null };
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
  /** The frame around shows whether a program is running (tests and styles read it). */
  onStatus(status: Status): void;
};

function Live({
  props,
  woken,
  onStatus,
  starting,
}: Pick<LiveProps, "woken" | "onStatus"> & {
  props: PlaygroundProps;
  starting: ReturnType<typeof startingCode>;
}) {
  const { demo, files: original, entry, visualize: openAt } = props;
  const { sandpack } = useSandpack();
  const { files, activeFile, editorState, updateFile, resetAllFiles } = sandpack;
  const runner = useRunner(entry);
  const [clock, setClock] = useState<Clock>("virtual");
  const [showCompiled, setShowCompiled] = useState(false);
  const [notice, setNotice] = useState(starting.notice);
  const [confirming, setConfirming] = useState(false);
  const [reveal, setReveal] = useState<CodePlace | null>(null);
  const [marks] = useState(() => new LineMarkStore());
  const program = useMemo(() => programFiles(files), [files]);

  // Shared or saved code replaces the demo's before the first paint, once.
  const startWith = useRef(starting.files);
  useLayoutEffect(() => {
    if (startWith.current) updateFile(toPaths(startWith.current));
    startWith.current = null;
  });

  const run = useCallback(() => {
    setNotice(null);
    runner.run(program, { clock });
  }, [runner.run, program, clock]);

  // What the reader asked for as they woke it, on the code they start from (Sandpack's files
  // take it only as this first render commits); a chapter's visualizer opens on the demo only.
  const first = useRef(true);
  const runButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!first.current) return;
    first.current = false;
    if (woken.run) runner.run(starting.files ?? original, { clock: "virtual" });
    else if (openAt && !starting.files)
      runner.run(original, { clock: "virtual", visualize: { at: openAt } });
    if (woken.focus === "run") runButton.current?.focus();
  }, [woken, openAt, starting, original, runner.run]);

  const edit = useCallback(
    (file: string, code: string) => {
      const edited = { ...program, [file]: code };
      const same = Object.entries(edited).every(([name, text]) => original[name] === text);
      if (same) forgetEdits(demo);
      else saveEdits(demo, edited);
    },
    [program, original, demo],
  );

  const reset = () => {
    setConfirming(false);
    resetAllFiles();
    forgetEdits(demo);
    runner.clear();
    setNotice(null);
  };

  const copyToClipboard = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice({ kind: "info", text: done });
    } catch {
      setNotice({ kind: "error", text: t("playground.clipboardRefused") });
    }
  };
  const shown = activeFile.slice(1);
  const copy = () => {
    const file = files[activeFile];
    const code = typeof file === "string" ? file : file.code;
    return copyToClipboard(code, t("playground.copied", { file: shown }));
  };
  const share = () => {
    const url = new URL(window.location.href);
    url.hash = encodeShare({ demo, files: program });
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
  const edited = editorState === "dirty";
  const fileNames = Object.keys(program);
  const locate = useCallback((file: string, line: number) => setReveal({ file, line }), []);

  useEffect(() => onStatus(runner.status), [onStatus, runner.status]);
  // Tell the page what a finished run printed (the prediction exercise grades itself with it).
  useEffect(() => {
    if (summary) announceRun(demo, runner.output);
  }, [summary, demo, runner.output]);

  return (
    // The frame is the static playground's; Ctrl+Enter here runs, before it would wake.
    // biome-ignore lint/a11y/noStaticElementInteractions: a shortcut for the controls inside
    <div className="pg-live" onKeyDown={onRunShortcut(() => running || run())}>
      <Toolbar>
        <RunButton ref={runButton} running={running} onRun={run} onStop={runner.stop} />
        <VisualizeButton
          disabled={running}
          onClick={() => runner.run(program, { clock, visualize: { at: null } })}
        />
        <ResetButton edited={edited} onClick={() => (edited ? setConfirming(true) : reset())} />
        <CopyButton onClick={copy} />
        <ShareButton onClick={share} />
        <Spacer />
        <CompiledToggle checked={showCompiled} onChange={setShowCompiled} />
        <ClockSelect clock={clock} onChange={setClock} />
      </Toolbar>
      {confirming && <ResetConfirm onDiscard={reset} onKeep={() => setConfirming(false)} />}
      {notice && (
        <p
          className={`pg-notice pg-notice-${notice.kind}`}
          role={notice.kind === "error" ? "alert" : "status"}
        >
          {notice.text}
        </p>
      )}
      <CodeEditor
        onRun={run}
        onEdit={edit}
        marks={marks}
        error={error}
        reveal={reveal}
        focusOnMount={woken.focus === "run" ? null : woken.focus}
      />
      {runner.traced && (
        <Suspense fallback={<p className="pg-status">{t("playground.loadingVisualizer")}</p>}>
          <Visualizer
            events={runner.traced.events}
            truncated={runner.traced.truncated}
            initialStep={runner.traced.initialStep}
            files={fileNames}
            onMarks={marks.set}
            onClose={runner.closeTrace}
          />
        </Suspense>
      )}
      {showCompiled && (
        <Suspense fallback={<p className="pg-status">{t("playground.compiling")}</p>}>
          <CompiledView files={program} entry={entry} />
        </Suspense>
      )}
      <Console
        output={runner.output}
        summary={summary}
        running={running}
        files={fileNames}
        onLocate={locate}
      />
    </div>
  );
}

export default function LivePlayground({ woken, onStatus, ...props }: LiveProps) {
  const { demo, files, entry, python } = props;
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
  const [starting] = useState(() => startingCode(demo));
  return (
    <SandpackProvider
      files={setup.files}
      theme={editorTheme}
      customSetup={setup.customSetup}
      options={setup.options}
    >
      <Live props={props} woken={woken} onStatus={onStatus} starting={starting} />
    </SandpackProvider>
  );
}
