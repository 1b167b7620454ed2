/**
 * Runs a program in a fresh Web Worker inside the page's sandbox, off the page's thread, and
 * reports what it prints. A program that stops answering (it never returns to the event
 * loop) is terminated.
 */

import type { TraceEvent } from "playground-runtime/trace";
import {
  type OutputChunk,
  parseWorkerMessage,
  type RunRequest,
  type RunSummary,
} from "./protocol.ts";
import { getSandbox } from "./sandbox.ts";

/** How long a program may hold its thread without returning to the event loop. */
export const UNRESPONSIVE_AFTER_MS = 3000;

export interface RunHandlers {
  onOutput(chunks: OutputChunk[]): void;
  /** The loop's trace, when the run asked for one: it arrives just before onDone. */
  onTrace?(events: TraceEvent[], truncated: boolean): void;
  onDone(summary: RunSummary): void;
}

export interface RunningProgram {
  /** Terminates the program at once; onDone reports it as stopped. */
  stop(): void;
}

let nextRunId = 1;

/**
 * `prewarm` once the page is idle (a playground calls this as it wakes, so the editor loads
 * first); returns a function that cancels it.
 */
export function prewarmWhenIdle(): () => void {
  if (typeof requestIdleCallback === "function") {
    const idle = requestIdleCallback(prewarm, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }
  const timer = setTimeout(prewarm, 500);
  return () => clearTimeout(timer);
}

/**
 * Loads the executor and starts the worker the next run will use, so pressing Run does not
 * wait for either (after that, the sandbox keeps a spare ready on its own).
 */
function prewarm(): void {
  getSandbox().then(
    (sandbox) => sandbox.send({ type: "prewarm" }),
    // A run reports the failure to load the executor; there is no one to tell here.
    () => {},
  );
}

export function startRun(request: Omit<RunRequest, "type">, handlers: RunHandlers): RunningProgram {
  const id = nextRunId++;
  const started = performance.now();
  let finished = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let cleanup = () => {};

  const finish = (summary: RunSummary) => {
    if (finished) return;
    finished = true;
    clearTimeout(watchdog);
    cleanup();
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

  getSandbox().then(
    (sandbox) => {
      if (finished) return;
      const unlisten = sandbox.listen(id, (reply) => {
        if (finished) return;
        if (reply.failure !== undefined) return stopWith(`The executor failed: ${reply.failure}`);
        const message = parseWorkerMessage(reply.message);
        if (!message) return;
        arm();
        if (message.type === "output") handlers.onOutput(message.chunks);
        else if (message.type === "trace") handlers.onTrace?.(message.events, message.truncated);
        else if (message.type === "done") finish(message.summary);
      });
      cleanup = () => {
        unlisten();
        sandbox.send({ type: "stop", id });
      };
      arm();
      sandbox.send({
        type: "start",
        id,
        request: { type: "run", ...request } satisfies RunRequest,
      });
    },
    (error: Error) => stopWith(error.message),
  );
  return { stop: () => stopWith("Stopped.") };
}
