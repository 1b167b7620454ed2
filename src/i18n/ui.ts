/**
 * The words the site's own interface says (not the chapters'): one catalogue per language,
 * English first, so a translation is a second object with the same keys. `{name}` marks a
 * value filled in by `t`.
 */
export const en = {
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

/** The English text for `key`, with each `{name}` replaced by `values[name]`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
