/**
 * Runs a program in a fresh Web Worker inside the page's sandbox, off the page's thread, and
 * reports what it prints. A program that stops answering (it never returns to the event
 * loop) is terminated, by the sandbox, never by asking the worker; a sandbox that stops
 * answering itself (a program ran it out of memory) is rebuilt, so the next run works.
 */

import type { TraceEvent } from "playground-runtime/trace";
import { t } from "../i18n/ui.ts";
import {
  type CompileRequest,
  type OutputChunk,
  parseWorkerMessage,
  type RunRequest,
  type RunSummary,
} from "./protocol.ts";
import { keepSnapshot, type Progress, pythonFiles } from "./python-files.ts";
import { getSandbox, type Sandbox } from "./sandbox.ts";
import { watchSilence } from "./silence.ts";

/**
 * How long a program may hold its thread without returning to the event loop: a runaway is
 * stopped, and says so, within 3 s of Run (the limit, then the sandbox's answer to a ping),
 * while no demo holds the loop for more than 1.4 s (a blocking `time.sleep` on the real clock).
 * Only the program's own time counts: CPython's start-up and the executor's packing of a
 * finished run (a traced run's trace) have limits of their own, and a heartbeat that reaches a
 * busy page late still counts (`silence.ts`). At 2.5 s a runaway ran past 3 s of Run in CI.
 */
export const UNRESPONSIVE_AFTER_MS = 2000;

export interface RunHandlers {
  onOutput(chunks: OutputChunk[]): void;
  /** The loop's trace, when the run asked for one: it arrives just before onDone. */
  onTrace?(events: TraceEvent[], truncated: boolean): void;
  onDone(summary: RunSummary): void;
  /** A Python run's download of CPython, as it goes (never called once the files are here). */
  onLoading?(progress: Progress): void;
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
 * wait for either (after that, the sandbox keeps a spare ready on its own). A reader who ran
 * Python before (its files are in the cache) gets CPython started too, from the cache and
 * with no download, so a Python run on this page answers at once as well.
 */
function prewarm(): void {
  getSandbox().then(
    (sandbox) => {
      sandbox.send({ type: "prewarm" });
      return givePython(sandbox, () => {}, new AbortController().signal, true);
    },
    // A run reports the failure to load the executor; there is no one to tell here.
    () => {},
  );
}

/**
 * How long CPython may take to start in a fresh worker (compiling its WebAssembly and
 * bootstrapping, seconds of work without a pause) before its program's first heartbeat.
 */
const PYTHON_STARTS_WITHIN_MS = 30_000;

/**
 * How long the executor may take, once the program has ended, to send its last output and its
 * trace: the executor's own work, none of the program's (a traced CPython run turns its trace
 * into JSON and back, which on a slow machine can take longer than a turn may).
 */
const EXECUTOR_REPORTS_WITHIN_MS = 30_000;

/** How long the sandbox may take to answer a start or a ping before it is taken for dead. */
const SANDBOX_ANSWERS_WITHIN_MS = 2000;

/** The sandboxes that hold CPython's files (a rebuilt sandbox is handed them again). */
const holdsPython = new WeakSet<Sandbox>();

/**
 * Hands CPython and its executor to `sandbox` (which starts CPython at once), fetching them
 * first if this page has not; with `cachedOnly`, only if they are in the cache.
 */
async function givePython(
  sandbox: Sandbox,
  onLoading: (progress: Progress) => void,
  signal: AbortSignal,
  cachedOnly = false,
): Promise<void> {
  if (holdsPython.has(sandbox)) return;
  const python = await pythonFiles(onLoading, signal, cachedOnly);
  if (python === null || signal.aborted || holdsPython.has(sandbox)) return;
  sandbox.onSnapshot(keepSnapshot);
  sandbox.send({ type: "python", ...python });
  holdsPython.add(sandbox);
}

export function startRun(request: Omit<RunRequest, "type">, handlers: RunHandlers): RunningProgram {
  const id = nextRunId++;
  const started = performance.now();
  let finished = false;
  let cleanup = () => {};

  const finish = (summary: RunSummary) => {
    if (finished) return;
    finished = true;
    cleanup();
    handlers.onDone(summary);
  };
  const stopWith = (reason: string) =>
    finish({ ok: false, stopped: reason, virtualTime: 0, wallTime: performance.now() - started });
  const seconds = (ms: number) => ({ seconds: ms / 1000 });
  const unresponsive = t("run.unresponsive", seconds(UNRESPONSIVE_AFTER_MS));

  /** Runs in `sandbox`; a sandbox that does not take the run is rebuilt and tried once more. */
  const launch = (sandbox: Sandbox, retry: boolean) => {
    if (finished) return;
    let accepted = false;
    // Only the executor's own signs of life keep a run alive (a heartbeat, sent as the program
    // returns to the loop; the news that the program has ended): output does not, or a program
    // printing in a tight loop would never be stopped.
    const watch = watchSilence<string>(
      () => sandbox.alive(SANDBOX_ANSWERS_WITHIN_MS),
      (why, answered) => {
        // Silence is a busy program, or a sandbox that died (a program that ran it out of
        // memory crashes its process): only a live sandbox answers.
        if (answered) return stopWith(why);
        sandbox.discard();
        stopWith(t("run.outOfMemory"));
      },
    );
    const unlisten = sandbox.listen(id, (reply) => {
      if (finished) return;
      if (reply.alive) {
        accepted = true;
        return request.language === "python"
          ? watch.heard(PYTHON_STARTS_WITHIN_MS, t("run.noStart", seconds(PYTHON_STARTS_WITHIN_MS)))
          : watch.heard(UNRESPONSIVE_AFTER_MS, unresponsive);
      }
      if (reply.failure !== undefined) {
        return stopWith(t("run.executorFailed", { reason: reply.failure }));
      }
      const message = parseWorkerMessage(reply.message);
      if (!message) return;
      if (message.type === "output") handlers.onOutput(message.chunks);
      else if (message.type === "heartbeat") watch.heard(UNRESPONSIVE_AFTER_MS, unresponsive);
      else if (message.type === "ended") {
        watch.heard(
          EXECUTOR_REPORTS_WITHIN_MS,
          t("run.noReport", seconds(EXECUTOR_REPORTS_WITHIN_MS)),
        );
      } else if (message.type === "trace") handlers.onTrace?.(message.events, message.truncated);
      else if (message.type === "done") finish(message.summary);
    });
    const acceptance = setTimeout(() => {
      if (accepted || finished) return;
      unlisten();
      sandbox.discard();
      if (retry)
        getSandbox()
          .then(prepare)
          .then((fresh) => launch(fresh, false), fail);
      else stopWith(t("run.outOfMemory"));
    }, SANDBOX_ANSWERS_WITHIN_MS);
    cleanup = () => {
      clearTimeout(acceptance);
      watch.stop();
      unlisten();
      sandbox.send({ type: "stop", id });
    };
    sandbox.send({ type: "start", id, request: { type: "run", ...request } satisfies RunRequest });
  };
  const fail = (error: Error) => stopWith(error.message);
  // Stopping a Python run while CPython downloads cancels the download.
  const download = new AbortController();
  const prepare = async (sandbox: Sandbox) => {
    if (request.language === "python") {
      await givePython(sandbox, (progress) => handlers.onLoading?.(progress), download.signal);
    }
    return sandbox;
  };

  getSandbox()
    .then(prepare)
    .then((sandbox) => launch(sandbox, true), fail);
  return {
    stop: () => {
      download.abort();
      stopWith(t("run.stopped"));
    },
  };
}

/** What "Show compiled" shows: each file's compiled code, or why the program does not compile. */
export type Compiled = { files: Record<string, string> } | { error: string };

/**
 * Compiles the program in a worker of the sandbox, which holds the compiler already (the page
 * does not load a second copy of it); nothing of the program runs. The worker is thrown away
 * after, as after a run. A sandbox that does not answer is reported, never waited on forever.
 */
export function compileProgram(request: Omit<CompileRequest, "type">): Promise<Compiled> {
  const id = nextRunId++;
  return getSandbox().then(
    (sandbox) =>
      new Promise<Compiled>((resolve) => {
        const done = (answer: Compiled) => {
          clearTimeout(silent);
          unlisten();
          sandbox.send({ type: "stop", id });
          resolve(answer);
        };
        const silent = setTimeout(
          () => done({ error: t("playground.compilerSilent") }),
          SANDBOX_ANSWERS_WITHIN_MS + UNRESPONSIVE_AFTER_MS,
        );
        const unlisten = sandbox.listen(id, (reply) => {
          if (reply.failure !== undefined) {
            return done({ error: t("run.executorFailed", { reason: reply.failure }) });
          }
          const message = parseWorkerMessage(reply.message);
          if (message?.type === "compiled") done(message);
        });
        const compile = { type: "compile", ...request } satisfies CompileRequest;
        sandbox.send({ type: "start", id, request: compile });
      }),
    (error: Error) => ({ error: error.message }),
  );
}
