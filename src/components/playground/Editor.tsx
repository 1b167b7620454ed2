/**
 * The code editor: Sandpack's CodeMirror editor with the demo's TypeScript files and its
 * Python twin (read-only). Only the editor is used — Sandpack's bundler needs CodeSandbox's
 * servers, so programs run on our own executor instead.
 */
import { python } from "@codemirror/lang-python";
import { setDiagnostics } from "@codemirror/lint";
import { Prec } from "@codemirror/state";
import { type EditorView, keymap } from "@codemirror/view";
import {
  type CodeEditorRef,
  SandpackCodeEditor,
  type SandpackFiles,
  SandpackProvider,
  useSandpack,
} from "@codesandbox/sandpack-react";
import {
  type Ref,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useSyncExternalStore,
} from "react";
import { TabLabel, TWIN } from "./file-tab.tsx";
import { type LineMarkStore, lineMarks, setLineMarks } from "./line-marks.ts";
import { editorTheme } from "./theme.ts";

/** What the playground can ask of the editor once it has loaded. */
export interface EditorHandle {
  /** Shows `file`, puts the cursor on `line` (and `column`) and focuses the editor. */
  reveal(file: string, line: number, column?: number): void;
  /** Underlines an error at a position, as a diagnostic with its message. */
  markError(file: string, line: number, column: number | undefined, message: string): void;
  clearErrors(): void;
  /** The name of the file the reader is looking at. */
  activeFile(): string;
}

export interface EditorProps {
  files: Record<string, string>;
  python: string;
  entry: string;
  onChange(files: Record<string, string>): void;
  /** Ctrl/Cmd+Enter: CodeMirror would insert a blank line; in a playground it runs. */
  onRun(): void;
  handle: Ref<EditorHandle | null>;
  /** Lines to mark in each file: the visualizer's running and waiting tasks. */
  marks: LineMarkStore;
}

const pythonLanguage = [{ name: "python", extensions: ["py"], language: python() }];

function toSandpack(files: Record<string, string>, twin: string): SandpackFiles {
  const out: SandpackFiles = {};
  for (const [name, code] of Object.entries(files)) out[`/${name}`] = { code };
  if (twin) out[`/${TWIN}`] = { code: twin, readOnly: true };
  return out;
}

function position(view: EditorView, line: number, column = 1): number {
  const doc = view.state.doc;
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(target.from + Math.max(column - 1, 0), target.to);
}

/**
 * The file tabs. Sandpack's own put a button inside an element with role="tab", which
 * assistive technology cannot make sense of; these are plain tab buttons.
 */
function FileTabs() {
  const { sandpack } = useSandpack();
  return (
    <div className="pg-tabs" role="tablist" aria-label="Files">
      {sandpack.visibleFiles.map((path) => {
        const name = path.slice(1);
        const selected = path === sandpack.activeFile;
        return (
          <button
            key={path}
            type="button"
            role="tab"
            aria-selected={selected}
            className="pg-tab"
            onClick={() => sandpack.setActiveFile(path)}
          >
            <TabLabel name={name} />
          </button>
        );
      })}
    </div>
  );
}

/** Lives inside Sandpack's provider: reports edits upward and serves the EditorHandle. */
function Bridge({
  onChange,
  handle,
  marks,
  codeEditor,
  shownFile,
}: Pick<EditorProps, "onChange" | "handle" | "marks"> & {
  codeEditor: React.RefObject<CodeEditorRef | null>;
  /** The file on screen, for the marks a new view starts with (kept current as we render). */
  shownFile: React.RefObject<string>;
}) {
  const { sandpack } = useSandpack();
  const last = useRef("");
  useEffect(() => {
    const edited: Record<string, string> = {};
    for (const [path, file] of Object.entries(sandpack.files)) {
      if (path.endsWith(".ts")) edited[path.slice(1)] = file.code;
    }
    const key = JSON.stringify(edited);
    if (key !== last.current) {
      if (last.current) onChange(edited);
      last.current = key;
    }
  }, [sandpack.files, onChange]);

  const { setActiveFile, activeFile } = sandpack;
  shownFile.current = activeFile.slice(1);
  // New marks go to the view on screen; a view made later (the editor still starting, or
  // another file shown) starts with them, through lineMarks' initial marks.
  const shown = useSyncExternalStore(marks.subscribe, marks.get);
  useEffect(() => {
    const view = codeEditor.current?.getCodemirror();
    view?.dispatch({ effects: setLineMarks.of(shown[activeFile.slice(1)] ?? []) });
  }, [shown, activeFile, codeEditor]);
  useImperativeHandle(handle, () => {
    // Switching files re-creates CodeMirror's view: act on the view the next frame sees.
    const withFile = (file: string, act: (view: EditorView) => void) => {
      if (activeFile !== `/${file}`) setActiveFile(`/${file}`);
      requestAnimationFrame(() => {
        const view = codeEditor.current?.getCodemirror();
        if (view) act(view);
      });
    };
    return {
      reveal(file, line, column) {
        withFile(file, (view) => {
          view.dispatch({
            selection: { anchor: position(view, line, column) },
            scrollIntoView: true,
          });
          view.focus();
        });
      },
      markError(file, line, column, message) {
        withFile(file, (view) => {
          const from = position(view, line, column);
          const to = Math.max(from + 1, view.state.doc.lineAt(from).to);
          view.dispatch(setDiagnostics(view.state, [{ from, to, severity: "error", message }]));
        });
      },
      activeFile: () => activeFile.slice(1),
      clearErrors() {
        const view = codeEditor.current?.getCodemirror();
        if (view) view.dispatch(setDiagnostics(view.state, []));
      },
    };
  }, [activeFile, setActiveFile, codeEditor]);
  return null;
}

export default function Editor({
  files,
  python: twin,
  entry,
  onChange,
  onRun,
  handle,
  marks,
}: EditorProps) {
  const codeEditor = useRef<CodeEditorRef>(null);
  const run = useRef(onRun);
  run.current = onRun;
  const shownFile = useRef(entry);
  const extensions = useMemo(
    () => [
      lineMarks(() => marks.get()[shownFile.current] ?? []),
      Prec.highest(
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              run.current();
              return true;
            },
          },
        ]),
      ),
    ],
    [marks],
  );
  // Sandpack reads its files once; the parent remounts the editor (a new key) to reset it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: initial files only, by design
  const initial = useMemo(() => toSandpack(files, twin), []);
  // Sandpack starts over when its props change identity, so they are made once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: made once, with the initial files
  const setup = useMemo(
    () => ({
      customSetup: { entry: `/${entry}` },
      options: { activeFile: `/${entry}`, visibleFiles: Object.keys(initial) },
    }),
    [],
  );
  return (
    <SandpackProvider
      files={initial}
      theme={editorTheme}
      customSetup={setup.customSetup}
      options={setup.options}
    >
      <FileTabs />
      <SandpackCodeEditor
        ref={codeEditor}
        className="pg-editor"
        showTabs={false}
        showLineNumbers
        showReadOnly={false}
        extensions={extensions}
        additionalLanguages={pythonLanguage}
      />
      <Bridge
        onChange={onChange}
        handle={handle}
        marks={marks}
        codeEditor={codeEditor}
        shownFile={shownFile}
      />
    </SandpackProvider>
  );
}
