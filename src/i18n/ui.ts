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
  "timeline.title": "Timeline",
  "timeline.label": "Timeline of the run: one lane per task",
  "timeline.scale": "Across",
  "timeline.scale.time": "the loop's clock",
  "timeline.scale.turn": "turns of the loop",
  "timeline.download": "Download SVG",
  "timeline.copy": "Copy as text",
  "timeline.copied": "Copied the timeline as text.",
  "timeline.copyFailed": "The browser did not allow copying to the clipboard.",
  "timeline.asText": "The timeline as text",
  "timeline.callbacks": "callbacks",
  "timeline.timers": "timers due",
  "timeline.more": "…and {count} more lanes (the text form has them all)",
  "timeline.empty": "Nothing ran on the loop.",
  "timeline.help":
    "← → a lane's steps · ↑ ↓ lanes · Home / End · Enter or a click shows that step in the visualizer",
  "timeline.staticNote": "Drawn from this demo's run; run it to see your own.",
  "timeline.lane": "{name} {coro}",
  "timeline.run": "{name} {coro} ran at {time}",
  "timeline.callback": "callback {label} ran at {time}",
  "timeline.from": " from {file} line {line}",
  "timeline.thrown": ", with {thrown} thrown in",
  "timeline.waited": ", waited on {on}",
  "timeline.ended.result": ", then returned {detail}",
  "timeline.ended.exception": ", then raised {detail}",
  "timeline.ended.cancelled": ", then ended cancelled",
  "timeline.took": " (took {duration})",
  "timeline.wait": "{name} waited on {on} from {from} to {to}",
  "timeline.queued": "{name} was in the ready queue from {from} to {to}",
  "timeline.mark.created": "{name} created at {time}",
  "timeline.mark.done": "{name} done at {time} → {detail}",
  "timeline.mark.exception": "{name} raised at {time} → {detail}",
  "timeline.mark.cancelled": "{name} cancelled at {time}",
  "timeline.held": "The loop was held for {duration} by {label}: no other lane could run",
  "timeline.timer": "timer due at {time}: {label}",
  "timeline.timerCancelled": "cancelled timer, was due at {time}: {label}",
  "timeline.turn": "turn {n}",
  "timeline.cursor": "the visualizer's step",
  "run.unresponsive": "Stopped: the program did not return to the event loop for {seconds} s.",
  "run.outOfMemory":
    "Stopped: the program ran out of memory. Its sandbox was rebuilt; the next run starts fresh.",
  "run.executorFailed": "The executor failed: {reason}",
  "run.stopped": "Stopped.",
  "console.hidden": "{count} characters not shown.",
  "console.download": "Download the whole output",
  "share.loaded": "Loaded code from a share link. It has not run: read it, then press Run.",
  "share.broken": "This share link is broken: {reason} The demo's own code is shown instead.",
  "share.unreadable": "its code could not be read.",
  "share.tooLarge": "its code is larger than {limit} characters.",
  "share.notFiles": "it does not hold a playground's files.",
  "share.noEntry": "it has no {entry}, the file the demo runs.",
  "share.keptEdit":
    "This share link holds other code for this demo than your saved edit. Your edit is kept.",
  "share.useLink": "Use the link's code",
  "edits.otherTab": "This demo was edited in another tab.",
  "edits.useOther": "Load that version",
} as const;

export type UiKey = keyof typeof en;

/** The English string for `key`, with each `{name}` replaced by `values[name]`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
