/**
 * A worker's output on its way to the page: text of one stream is joined into one chunk, and
 * the chunks go out at most every 40 ms (and whenever the worker flushes, as at a run's end),
 * so a program that prints in a loop costs a few messages, not one a line.
 */
import type { OutputChunk, Stream } from "./protocol.ts";

const FLUSH_EVERY_MS = 40;

export function outputBatch(send: (chunks: OutputChunk[]) => void) {
  let pending: OutputChunk[] = [];
  let lastFlush = performance.now();
  const flush = () => {
    if (pending.length === 0) return;
    send(pending);
    pending = [];
    lastFlush = performance.now();
  };
  const write = (stream: Stream, text: string) => {
    const last = pending.at(-1);
    if (last && last.stream === stream) last.text += text;
    else pending.push({ stream, text });
    if (performance.now() - lastFlush > FLUSH_EVERY_MS) flush();
  };
  return { write, flush };
}
