/**
 * The code editor: Sandpack's CodeMirror editor on the files in Sandpack's state, the demo's
 * TypeScript and its Python twin (which CPython runs). Only the editor is used — Sandpack's bundler
 * needs CodeSandbox's servers, so programs run on our own executor instead.
 */
import { python } from "@codemirror/lang-python";
import { setDiagnostics } from "@codemirror/lint";
import { Prec, Transaction } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { type CodeEditorRef, SandpackCodeEditor, useSandpack } from "@codesandbox/sandpack-react";
import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { useT } from "../../i18n/react.ts";
import { CodeFold, type Fold, isHidden, measureFold } from "./code-fold.tsx";
import { TabLabel } from "./file-tab.tsx";
import { type LineMarkStore, lineMarks, setLineMarks } from "./line-marks.ts";

/** A place in a file: where an error is underlined, or what a traceback line shows. */
export interface CodePlace {
  file: string;
  line: number;
  column?: number;
}

export interface CodeEditorProps {
  /** Long code collapsed behind Show more (the editor measures which line it hides first). */
  fold: Fold;
  /** The cursor went into the collapsed part (the arrow keys, a search, select all). */
  onHiddenPart(): void;
  /** Ctrl/Cmd+Enter: CodeMirror would insert a blank line; in a playground it runs. */
  onRun(): void;
  /** The reader changed a file (typing, pasting, undo): not Reset, not a starting file. */
  onEdit(file: string, code: string): void;
  /** Lines to mark in each file: the visualizer's running and waiting tasks. */
  marks: LineMarkStore;
  /** An error to underline, with its message; the editor shows its file. */
  error: (CodePlace & { message: string }) | null;
  /** A place to show and focus (a new object each time it is asked for). */
  reveal: CodePlace | null;
  /**
   * Focus as it appears: the code, to type in (the reader pressed on it), or the editor's box
   * (they tabbed to it: Enter starts editing, Tab moves on, as in any Sandpack editor).
   */
  focusOnMount: "editor" | "code" | null;
  /** The reader woke the playground with Show more: focus stays on it. */
  focusFold: boolean;
}

const pythonLanguage = [{ name: "python", extensions: ["py"], language: python() }];
/** Narrow screens wrap long lines rather than hide their ends. */
const PHONE = "(max-width: 40rem)";

function position(view: EditorView, line: number, column = 1): number {
  const doc = view.state.doc;
  const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(target.from + Math.max(column - 1, 0), target.to);
}

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", changed);
      return () => list.removeEventListener("change", changed);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/**
 * Sends new marks to the view on screen (a view made later starts with them, through
 * lineMarks). Its own component: stepping changes the marks many times a second, and only
 * this should re-render for it, not the editor.
 */
function MarksSync({
  marks,
  file,
  codeEditor,
}: {
  marks: LineMarkStore;
  file: string;
  codeEditor: React.RefObject<CodeEditorRef | null>;
}) {
  const shown = useSyncExternalStore(marks.subscribe, marks.get);
  useEffect(() => {
    codeEditor.current?.getCodemirror()?.dispatch({ effects: setLineMarks.of(shown[file] ?? []) });
  }, [shown, file, codeEditor]);
  return null;
}

/** Where each key moves along the tabs, from tab `at` of `count`. */
const TAB_KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The file tabs. Sandpack's own put a button inside an element with role="tab", which
 * assistive technology cannot make sense of; these are plain tab buttons, one Tab stop as a
 * tab list is (the shown file's), the arrow keys, Home and End moving between them.
 */
function FileTabs({ children }: { children?: React.ReactNode }) {
  const t = useT();
  const { sandpack } = useSandpack();
  const { visibleFiles, activeFile, setActiveFile } = sandpack;
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const move = TAB_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const to = move(visibleFiles.indexOf(activeFile), visibleFiles.length);
    setActiveFile(visibleFiles[to]);
    event.currentTarget.querySelectorAll<HTMLButtonElement>("[role=tab]")[to]?.focus();
  };
  return (
    <div className="pg-tabs">
      <div
        className="pg-tab-row"
        role="tablist"
        aria-label={t("playground.files")}
        onKeyDown={onKeyDown}
      >
        {visibleFiles.map((path) => (
          <button
            key={path}
            type="button"
            role="tab"
            aria-selected={path === activeFile}
            tabIndex={path === activeFile ? 0 : -1}
            className="pg-tab"
            onClick={() => setActiveFile(path)}
          >
            <TabLabel name={path.slice(1)} />
          </button>
        ))}
      </div>
      {children}
    </div>
  );
}

/**
 * The editor's extensions for one file: Ctrl+Enter runs, the visualizer's marks (a view made
 * later — Sandpack makes one per file shown — starts with the marks there are), edits reported.
 * Made once per file: CodeMirror keeps one copy of each.
 */
function useExtensions(
  file: string,
  {
    onRun,
    onEdit,
    onHiddenPart,
    marks,
    fold,
  }: Pick<CodeEditorProps, "onRun" | "onEdit" | "onHiddenPart" | "marks" | "fold">,
) {
  const latest = useRef({ onRun, onEdit, onHiddenPart, fold });
  latest.current = { onRun, onEdit, onHiddenPart, fold };
  return useMemo(
    () => [
      lineMarks(() => marks.get()[file] ?? []),
      Prec.highest(
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              latest.current.onRun();
              return true;
            },
          },
        ]),
      ),
      EditorView.updateListener.of((update) => {
        const byReader = update.transactions.some(
          (tr) => tr.annotation(Transaction.userEvent) !== undefined,
        );
        if (update.docChanged && byReader) latest.current.onEdit(file, update.state.doc.toString());
        if (update.geometryChanged || update.docChanged) {
          measureFold(update.view, latest.current.fold.setFirstHidden);
        }
        const { state } = update;
        const head = state.doc.lineAt(state.selection.main.head).number;
        if (update.selectionSet && isHidden(latest.current.fold, head)) {
          latest.current.onHiddenPart();
        }
      }),
    ],
    [file, marks],
  );
}

export default function CodeEditor({
  fold,
  onHiddenPart,
  onRun,
  onEdit,
  marks,
  error,
  reveal,
  focusOnMount,
  focusFold,
  children,
}: CodeEditorProps & { children?: React.ReactNode }) {
  const { sandpack } = useSandpack();
  const { setActiveFile } = sandpack;
  const file = sandpack.activeFile.slice(1);
  const codeEditor = useRef<CodeEditorRef>(null);
  const extensions = useExtensions(file, { onRun, onEdit, onHiddenPart, marks, fold });
  const shown = sandpack.files[sandpack.activeFile];
  const wrap = useMediaQuery(PHONE);
  // These effects run after the editor's own, so the view of the file shown exists.

  // The file shown, collapsed: which of its lines is the first the box hides.
  const { expanded, setFirstHidden } = fold;
  useEffect(() => {
    const editor = codeEditor.current?.getCodemirror();
    if (editor && !expanded && file) measureFold(editor, setFirstHidden);
  }, [expanded, file, setFirstHidden]);

  useEffect(() => {
    const editor = codeEditor.current?.getCodemirror();
    if (focusOnMount === "editor") editor?.focus();
    if (focusOnMount === "code") editor?.dom.parentElement?.focus();
  }, [focusOnMount]);

  // A new error or place to show brings its file up once; the reader may leave it after.
  // (Sandpack's setActiveFile is a new function each render: the latest is used.)
  const show = useRef(setActiveFile);
  show.current = setActiveFile;
  useEffect(() => {
    if (error) show.current(`/${error.file}`);
  }, [error]);
  useEffect(() => {
    if (reveal) show.current(`/${reveal.file}`);
  }, [reveal]);

  useEffect(() => {
    const editor = codeEditor.current?.getCodemirror();
    if (!editor) return;
    const here = error?.file === file ? error : null;
    const diagnostics = here
      ? [
          (() => {
            const from = position(editor, here.line, here.column);
            const to = Math.max(from + 1, editor.state.doc.lineAt(from).to);
            return { from, to, severity: "error" as const, message: here.message };
          })(),
        ]
      : [];
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [error, file]);

  const revealed = useRef<CodePlace | null>(null);
  useEffect(() => {
    const editor = codeEditor.current?.getCodemirror();
    if (!editor || !reveal || reveal.file !== file || revealed.current === reveal) return;
    revealed.current = reveal;
    editor.dispatch({
      selection: { anchor: position(editor, reveal.line, reveal.column) },
      scrollIntoView: true,
    });
    editor.focus();
  }, [reveal, file]);

  return (
    <>
      <FileTabs>{children}</FileTabs>
      <CodeFold fold={fold} code={shown?.code ?? ""} focusOnMount={focusFold}>
        <SandpackCodeEditor
          ref={codeEditor}
          className="pg-editor"
          showTabs={false}
          showLineNumbers
          showReadOnly={false}
          wrapContent={wrap}
          initMode="immediate"
          extensions={extensions}
          additionalLanguages={pythonLanguage}
        />
        <MarksSync marks={marks} file={file} codeEditor={codeEditor} />
      </CodeFold>
    </>
  );
}
