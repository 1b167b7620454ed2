/**
 * A worker's one way to the page, shared by the TypeScript and the Python executor.
 *
 * - It takes the worker's own postMessage away (on the global itself, in Chromium, and on its
 *   prototype), so a program has no channel to the sandbox at all: nor could it flood the
 *   sandbox's thread with messages, which the sandbox would have to receive even unheard. It
 *   sends only on the MessagePort the sandbox hands over, bound as it arrives, so a program
 *   that patches MessagePort changes nothing.
 * - Output: text of one stream is joined into one chunk, and the chunks go out at most every
 *   40 ms (and whenever the worker flushes, as at a run's end), so a program that prints in a
 *   loop costs a few messages, not one a line.
 * - Heartbeats at most every 250 ms, each after the output so far, tell the page the program is
 *   still alive.
 */
import type { InterpreterSnapshot, OutputChunk, Stream, WorkerMessage } from "./protocol.ts";

const FLUSH_EVERY_MS = 40;
const HEARTBEAT_EVERY_MS = 250;

export function workerChannel() {
  for (let scope: object | null = self; scope !== null; scope = Object.getPrototypeOf(scope)) {
    delete (scope as { postMessage?: unknown }).postMessage;
  }
  type Message = WorkerMessage | InterpreterSnapshot;
  let send = (_message: Message, _transfer: Transferable[]) => {};
  /** Sends `message`, handing over (not copying) what `transfer` lists. */
  const post = (message: Message, transfer: Transferable[] = []) => send(message, transfer);

  let pending: OutputChunk[] = [];
  let lastFlush = performance.now();
  const flush = () => {
    if (pending.length === 0) return;
    post({ type: "output", chunks: pending });
    pending = [];
    lastFlush = performance.now();
  };
  const write = (stream: Stream, text: string) => {
    const last = pending.at(-1);
    if (last && last.stream === stream) last.text += text;
    else pending.push({ stream, text });
    if (performance.now() - lastFlush > FLUSH_EVERY_MS) flush();
  };

  let lastBeat = performance.now();
  /** A heartbeat now, whenever the last one was. */
  const beat = () => {
    lastBeat = performance.now();
    flush();
    post({ type: "heartbeat" });
  };
  /** A heartbeat if the last one is 250 ms old. */
  const heartbeat = () => {
    if (performance.now() - lastBeat >= HEARTBEAT_EVERY_MS) beat();
  };

  const connect = (port: MessagePort) => {
    send = port.postMessage.bind(port);
  };
  return { post, connect, write, flush, beat, heartbeat };
}
