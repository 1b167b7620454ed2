/**
 * Where a chapter opens its playground's visualizer: a step named by what happens there, so
 * the prose keeps pointing at the right moment when the trace around it changes.
 *
 *   <Playground demo="expert/call-soon-call-later" visualize="iteration#2" />
 *   <Playground demo="…" visualize="task_suspended: Task-1" />
 *   <Playground demo="…" visualize="output#3: call_soon" />
 *
 * The form is `type[#n][: text]`: the n-th event (1 by default) of that type whose subject —
 * its handle or future label, task name or printed text — contains `text`.
 */
import type { TraceEvent } from "playground-runtime/trace";

export interface Anchor {
  type: TraceEvent["type"];
  nth: number;
  text: string | null;
}

const FORM = /^([a-z_]+)(?:#(\d+))?(?::\s*(.+))?$/;

/** Reads an anchor; a malformed one throws, naming the expected form. */
export function parseAnchor(spec: string): Anchor {
  const match = FORM.exec(spec.trim());
  if (!match || match[2] === "0") {
    throw new Error(
      `visualize="${spec}" is not an anchor: write "type", "type#n" or "type#n: text", e.g. "task_suspended: Task-1".`,
    );
  }
  return {
    type: match[1] as Anchor["type"],
    nth: match[2] ? Number(match[2]) : 1,
    text: match[3] ?? null,
  };
}

function subject(event: TraceEvent): string {
  if ("label" in event) return event.label;
  if ("name" in event) return event.name;
  if ("text" in event) return event.text;
  return "";
}

/** The step the anchor names in `events`, or -1 when it names none. */
export function findAnchor(events: readonly TraceEvent[], anchor: Anchor): number {
  let seen = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.type !== anchor.type) continue;
    if (anchor.text !== null && !subject(event).includes(anchor.text)) continue;
    seen += 1;
    if (seen === anchor.nth) return i;
  }
  return -1;
}
