/**
 * How a playground tells the rest of the page what a run printed: a `playground-run` event
 * on the document, naming the demo. The prediction exercise grades itself with it, and the
 * section that explains the output opens on it; neither knows anything else about the
 * playground.
 */
import type { OutputChunk } from "../../executor/protocol.ts";

const RUN_EVENT = "playground-run";

export interface RunDetail {
  demo: string;
  /** Everything the run wrote to standard output. */
  stdout: string;
}

/** Called by the playground when a run ends, with the output it printed. */
export function announceRun(demo: string, output: OutputChunk[]): void {
  const stdout = output
    .filter((chunk) => chunk.stream === "stdout")
    .map((chunk) => chunk.text)
    .join("");
  document.dispatchEvent(new CustomEvent<RunDetail>(RUN_EVENT, { detail: { demo, stdout } }));
}

/** Calls `listener` after each run of `demo`'s playgrounds; returns how to stop listening. */
export function onRun(demo: string, listener: (stdout: string) => void): () => void {
  const handle = (event: Event) => {
    const { detail } = event as CustomEvent<RunDetail>;
    if (detail.demo === demo) listener(detail.stdout);
  };
  document.addEventListener(RUN_EVENT, handle);
  return () => document.removeEventListener(RUN_EVENT, handle);
}
