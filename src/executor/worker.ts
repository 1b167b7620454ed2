/// <reference lib="webworker" />
/**
 * The executor: compiles and runs one program, then is thrown away (the page starts a fresh
 * worker for every run). Output is batched so a program that prints in a tight loop sends a
 * few large messages instead of thousands of small ones.
 */
import { execute } from "playground-runtime/execute";
import type { OutputChunk, RunRequest, RunSummary, Stream, WorkerMessage } from "./protocol.ts";

const FLUSH_EVERY_MS = 40;
const HEARTBEAT_EVERY_MS = 250;

/**
 * Run once as the worker starts, before any reader's program: a fresh worker's compiler and
 * runtime are cold (not yet optimised by the JavaScript engine), and this warms them while
 * the worker waits as the spare. `execute` starts every program on a fresh runtime.
 */
const WARM_UP = `import * as asyncio from "asyncio";
async function tick(n: number) {
  await asyncio.sleep(0);
  return n;
}
async function main() {
  print(await asyncio.gather(tick(1), tick(2)));
}
asyncio.run(main());
`;

const post = (message: WorkerMessage) => self.postMessage(message);

let pending: OutputChunk[] = [];
let lastFlush = performance.now();
let lastBeat = performance.now();

function flush() {
  if (pending.length === 0) return;
  post({ type: "output", chunks: pending });
  pending = [];
  lastFlush = performance.now();
}

function write(stream: Stream, text: string) {
  const last = pending.at(-1);
  if (last && last.stream === stream) last.text += text;
  else pending.push({ stream, text });
  if (performance.now() - lastFlush > FLUSH_EVERY_MS) flush();
}

function heartbeat() {
  const now = performance.now();
  if (now - lastBeat < HEARTBEAT_EVERY_MS) return;
  lastBeat = now;
  flush();
  post({ type: "heartbeat" });
}

execute({ "main.ts": WARM_UP }, { onStdout: () => {}, onStderr: () => {} });

self.onmessage = (event: MessageEvent<RunRequest>) => {
  const request = event.data;
  if (request?.type !== "run") return;
  const result = execute(request.files, {
    entry: request.entry,
    clock: request.clock,
    trace: request.trace === true,
    onStdout: (text) => write("stdout", text),
    onStderr: (text) => write("stderr", text),
    onHeartbeat: heartbeat,
  });
  flush();
  if (result.trace) {
    post({ type: "trace", events: result.trace, truncated: result.traceTruncated === true });
  }
  const error = result.error;
  const summary: RunSummary = {
    ok: result.ok,
    errorType: error?.type,
    errorMessage: error?.message,
    location:
      error?.file && error.line
        ? { file: error.file, line: error.line, column: error.column }
        : undefined,
    stopped: result.limitHit,
    virtualTime: result.virtualTime,
    wallTime: result.wallTime,
  };
  post({ type: "done", summary });
};
