/**
 * The site's own interface strings, by key, so that a translation is one more catalogue of
 * the same shape. `{name}` marks where `t` puts a value.
 */
export const en = {
  "predict.order.title": "Your prediction: put the lines in the order they print",
  "predict.order.help":
    "Drag a line, or select it and press Alt+↑ / Alt+↓ (or use its buttons). Then press Run.",
  "predict.number.title": "Your prediction",
  "predict.number.help": "Type a number, then press Run.",
  "predict.moveUp": "Move up",
  "predict.moveDown": "Move down",
  "predict.moved": "{line}: now line {position} of {count}.",
  "predict.waiting": "Not graded yet: press Run to check.",
  "predict.right": "Right: the program printed exactly this.",
  "predict.wrongOrder": "Not quite: {wrong} of {count} lines are in a different place.",
  "predict.rightNumber": "Right: {answer}.",
  "predict.wrongNumber": "Not quite: you said {guess}, the program says {answer}.",
  "predict.ungraded": "Not graded: the program ran before you predicted. Try again to predict it.",
  "predict.otherOutput":
    "Not graded: this run printed other lines than the demo does (edited code?). Reset the playground to grade.",
  "predict.printed": "What it printed",
  "predict.yours": "Your order",
  "predict.again": "Try again",
  "predict.reveal.hidden": "Predict first: this section opens after you run the program.",
  "predict.reveal.show": "Show it now",
  "progress.predictions": "Predictions: {right} of the {count} you graded were right.",
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

/** The English string for `key`, with each `{name}` replaced by `values[name]`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
