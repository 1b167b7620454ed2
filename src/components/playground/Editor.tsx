/**
 * The code editor: Sandpack's CodeMirror editor with the demo's TypeScript files and its
 * Python twin (read-only). Only the editor is used — Sandpack's bundler needs CodeSandbox's
 * servers, so programs run on our own executor instead.
 */
import { python } from "@codemirror/lang-python";
import { setDiagnostics } from "@codemirror/lint";
import type { EditorView } from "@codemirror/view";
import {
  type CodeEditorRef,
  SandpackCodeEditor,
  type SandpackFiles,
  SandpackProvider,
  useSandpack,
} from "@codesandbox/sandpack-react";
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef } from "react";
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
  onRun(): void;
  handle: Ref<EditorHandle | null>;
}

const TWIN = "main.py";
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

/** Lives inside Sandpack's provider: reports edits upward and serves the EditorHandle. */
function Bridge({
  onChange,
  handle,
  codeEditor,
}: Pick<EditorProps, "onChange" | "handle"> & {
  codeEditor: React.RefObject<CodeEditorRef | null>;
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
}: EditorProps) {
  const run = useRef(onRun);
  run.current = onRun;
  const codeEditor = useRef<CodeEditorRef>(null);
  // Sandpack reads its files once; the parent remounts the editor (a new key) to reset it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: initial files only, by design
  const initial = useMemo(() => toSandpack(files, twin), []);
  const keymap = useMemo(
    () => [
      {
        key: "Mod-Enter",
        run: () => {
          run.current();
          return true;
        },
      },
    ],
    [],
  );
  return (
    <SandpackProvider
      files={initial}
      theme={editorTheme}
      customSetup={{ entry: `/${entry}` }}
      options={{ activeFile: `/${entry}`, visibleFiles: Object.keys(initial) }}
    >
      <SandpackCodeEditor
        ref={codeEditor}
        className="pg-editor"
        showTabs
        showLineNumbers
        showReadOnly
        extensionsKeymap={keymap}
        additionalLanguages={pythonLanguage}
      />
      <Bridge onChange={onChange} handle={handle} codeEditor={codeEditor} />
    </SandpackProvider>
  );
}
