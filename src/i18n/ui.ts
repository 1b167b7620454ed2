/**
 * The words of the site's own interface, by key, so that a translation is one more catalogue
 * of the same keys. `t(key, values)` fills `{name}` slots.
 */
export const en = {
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
} as const;

export type UIKey = keyof typeof en;

/** The English text for `key`, its `{slots}` filled from `values`. */
export function t(key: UIKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}
