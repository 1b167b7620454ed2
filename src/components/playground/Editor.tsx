/**
 * The code editor: Sandpack's CodeMirror editor with the demo's TypeScript files and its
 * Python twin (read-only). Only the editor is used — Sandpack's bundler needs CodeSandbox's
 * servers, so programs run on our own executor instead.
 */
import { python } from "@codemirror/lang-python";
import {
  SandpackCodeEditor,
  type SandpackFiles,
  SandpackProvider,
  useSandpack,
} from "@codesandbox/sandpack-react";
import { useEffect, useMemo, useRef } from "react";
import { editorTheme } from "./theme.ts";

export interface EditorProps {
  files: Record<string, string>;
  python: string;
  entry: string;
  onChange(files: Record<string, string>): void;
  onRun(): void;
}

const TWIN = "main.py";
const pythonLanguage = [{ name: "python", extensions: ["py"], language: python() }];

function toSandpack(files: Record<string, string>, twin: string): SandpackFiles {
  const out: SandpackFiles = {};
  for (const [name, code] of Object.entries(files)) out[`/${name}`] = { code };
  if (twin) out[`/${TWIN}`] = { code: twin, readOnly: true };
  return out;
}

/** Reports the playground's TypeScript files upward whenever the reader edits one. */
function ReportEdits({ onChange }: { onChange: EditorProps["onChange"] }) {
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
  return null;
}

export default function Editor({ files, python: twin, entry, onChange, onRun }: EditorProps) {
  const run = useRef(onRun);
  run.current = onRun;
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
        className="pg-editor"
        showTabs
        showLineNumbers
        showReadOnly
        extensionsKeymap={keymap}
        additionalLanguages={pythonLanguage}
      />
      <ReportEdits onChange={onChange} />
    </SandpackProvider>
  );
}
