/**
 * Runs a program in a fresh Web Worker, off the page's thread, and reports what it prints.
 * A program that stops answering (it never returns to the event loop) is terminated.
 */
import {
  type OutputChunk,
  parseWorkerMessage,
  type RunRequest,
  type RunSummary,
} from "./protocol.ts";

/** How long a program may hold the thread without returning to the event loop. */
export const UNRESPONSIVE_AFTER_MS = 3000;

export interface RunHandlers {
  onOutput(chunks: OutputChunk[]): void;
  onDone(summary: RunSummary): void;
}

export interface RunningProgram {
  /** Terminates the program at once; onDone reports it as stopped. */
  stop(): void;
}

export function startRun(request: Omit<RunRequest, "type">, handlers: RunHandlers): RunningProgram {
  const started = performance.now();
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  let finished = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;

  const finish = (summary: RunSummary) => {
    if (finished) return;
    finished = true;
    clearTimeout(watchdog);
    worker.terminate();
    handlers.onDone(summary);
  };
  const stopWith = (reason: string) =>
    finish({ ok: false, stopped: reason, virtualTime: 0, wallTime: performance.now() - started });
  const arm = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(
      () =>
        stopWith(
          `Stopped: the program did not return to the event loop for ${UNRESPONSIVE_AFTER_MS / 1000} s.`,
        ),
      UNRESPONSIVE_AFTER_MS,
    );
  };

  worker.onmessage = (event) => {
    const message = parseWorkerMessage(event.data);
    if (!message || finished) return;
    arm();
    if (message.type === "output") handlers.onOutput(message.chunks);
    else if (message.type === "done") finish(message.summary);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stopWith(`The executor failed: ${event.message || "unknown error"}`);
  };

  arm();
  worker.postMessage({ type: "run", ...request } satisfies RunRequest);
  return { stop: () => stopWith("Stopped.") };
}
