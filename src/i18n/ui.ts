/**
 * The words the guide's components show, in one typed catalogue per language, so a
 * translation is a second catalogue with the same keys. Pages' prose lives in content/docs.
 */
export const en = {
  "playground.controls": "Playground controls",
  "playground.run": "Run",
  "playground.runTitle": "Run (Ctrl+Enter)",
  "playground.stop": "Stop",
  "playground.visualize": "Visualize",
  "playground.visualizeTitle": "Run with the loop's trace, then step through it",
  "playground.reset": "Reset",
  "playground.copy": "Copy",
  "playground.share": "Share",
  "playground.showCompiled": "Show compiled",
  "playground.clock": "Clock",
  "playground.clockVirtual": "virtual (instant)",
  "playground.clockReal": "real time",
  "playground.files": "Files",
  "playground.loadingEditor": "Loading the editor…",
  "playground.notEditableYet": "Preview · the editor loads when you point, tap or type here",
  "playground.edited": "edited",
  "playground.discardQuestion": "Discard your edits and restore the demo?",
  "playground.discard": "Discard edits",
  "playground.keep": "Keep editing",
  "playground.loadingVisualizer": "Loading the visualizer…",
  "playground.compiling": "Compiling…",
  "playground.sharedNotice":
    "Loaded code from a share link. It has not run: read it, then press Run.",
  "playground.copied": "Copied {file} to the clipboard.",
  "playground.copiedLink": "Copied a link to this code. Opening it will not run it.",
  "playground.clipboardRefused": "The browser did not allow copying to the clipboard.",
} as const;

export type UiKey = keyof typeof en;

/** The English text for `key`, with each `{name}` replaced by `values[name]`. */
export function t(key: UiKey, values: Record<string, string> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
