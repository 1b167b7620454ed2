/// <reference lib="webworker" />
/**
 * The Python executor: CPython 3.14 (pyodide) in a worker of the sandbox, kept warm
 * between runs (loading the interpreter takes seconds; `runner.ts` starts every program as in
 * a fresh interpreter all the same). The sandbox can make no request, so the worker is handed
 * pyodide's files as bytes (the page fetched them from its own origin) and pyodide's loader
 * reads them through a `fetch` that only serves those bytes. pyodide's module script is bundled
 * into this worker: an opaque origin cannot start module workers, and a classic worker cannot
 * import one (pyodide's check for a classic worker, `importScripts` of a data: URL, is refused
 * by the sandbox's policy, so pyodide takes this worker for what it needs). Like the TypeScript executor it
 * speaks only on the MessagePort of its first message, and takes its own `postMessage` away.
 *
 * Starting CPython is mostly its bootstrap (initialising the interpreter, importing the
 * harness and asyncio). The first worker of a reader's visit does it, then sends the page a
 * memory snapshot of the interpreter it got (pyodide's `makeMemorySnapshot`), which the page
 * keeps beside pyodide's files; every later worker, on any page, starts from that snapshot
 * instead, in a fraction of the time. The snapshot holds no program: it is made before the
 * first one runs.
 */

import traceLoop from "playground-runtime/python/trace_loop.py?raw";
import virtualLoop from "playground-runtime/python/virtual_loop.py?raw";
import {
  installHarness,
  preparePythonRun,
  runPythonProgram,
} from "playground-runtime/python-runner";
import { loadPyodide, type PyodideAPI } from "pyodide";
import createPyodideModule from "pyodide/pyodide.asm.mjs";
import {
  PYODIDE_FILES,
  type PyodideFiles,
  type PythonStart,
  parseRequest,
  type RunSummary,
} from "./protocol.ts";
import { workerChannel } from "./worker-channel.ts";

/** Where pyodide believes its files are: a name only, never reached (see `serveFiles`). */
const INDEX_URL = "https://pyodide.invalid/";

const { post, connect, write, flush, beat, heartbeat } = workerChannel();

/** pyodide's loader fetches its files by name: it gets the handed bytes, and nothing else. */
function serveFiles(files: PyodideFiles): void {
  const types: Record<string, string> = { wasm: "application/wasm", json: "application/json" };
  self.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const name = url.startsWith(INDEX_URL) ? url.slice(INDEX_URL.length) : "";
    const bytes = (files as Record<string, ArrayBuffer>)[name];
    if (bytes === undefined) throw new TypeError(`The Python sandbox has no file ${url}.`);
    const type = types[name.split(".").at(-1) ?? ""] ?? "application/octet-stream";
    return new Response(bytes, { headers: { "Content-Type": type } });
  };
}

const HARNESS = { "virtual_loop.py": virtualLoop, "trace_loop.py": traceLoop };

/** pyodide, started from its files: bootstrapped, or restored from a snapshot's memory. */
function start(files: PyodideFiles, snapshot: { make: true } | { from: ArrayBuffer }) {
  return loadPyodide({
    indexURL: INDEX_URL,
    lockFileContents: new TextDecoder().decode(files["pyodide-lock.json"]),
    // @ts-expect-error: loadPyodide takes the module factory, though its types do not say so.
    createPyodideModule,
    stdout: () => {},
    stderr: () => {},
    ...("make" in snapshot ? { _makeSnapshot: true } : { _loadSnapshot: snapshot.from }),
  });
}

/**
 * CPython from `snapshot` when there is one and it restores (one of another pyodide build is
 * refused by pyodide), else bootstrapped, and then snapshotted for the workers after this one.
 */
async function load({ files, snapshot }: PythonStart): Promise<PyodideAPI> {
  serveFiles(files);
  if (snapshot !== null) {
    try {
      const pyodide = await start(files, { from: snapshot });
      // The memory is restored, not the file system (it lives outside it): the harness's
      // files are written again. `random` was seeded as the snapshot's interpreter started:
      // seeded again from the system, it does not repeat one page's numbers on the next.
      // (String hashes keep the snapshot's seed: one seed per reader, as one process has.)
      installHarness(pyodide, HARNESS);
      pyodide.runPython("import random\nrandom.seed()");
      return pyodide;
    } catch {
      // A snapshot that does not restore is replaced by the one made below.
    }
  }
  const pyodide = await start(files, { make: true });
  installHarness(pyodide, HARNESS);
  pyodide.runPython("import asyncio, trace_loop, virtual_loop");
  const bytes = pyodide.makeMemorySnapshot().buffer as ArrayBuffer;
  post({ type: "snapshot", bytes }, [bytes]);
  return pyodide;
}

/**
 * Runs a program of our own, empty, before the reader's first: a fresh asyncio imported, the
 * harness compiled from source, on WebAssembly the engine has not optimised yet (a restored
 * interpreter has run nothing) make a worker's first run its slowest. Paid here, while the
 * reader edits (a page starts CPython as a playground wakes), the first Run answers as the
 * next ones do; then the fresh asyncio of the reader's first program is imported.
 */
function warmUp(pyodide: PyodideAPI): PyodideAPI {
  runPythonProgram(pyodide, { "main.py": "" });
  preparePythonRun(pyodide);
  return pyodide;
}

function run(pyodide: PyodideAPI, data: unknown) {
  const request = parseRequest(data);
  if (request?.type !== "run") return;
  // The page allows CPython's start-up its own time; from here on, the program's silence
  // counts: CPython runs it to its end without a pause, so each loop turn says it is alive.
  beat();
  const started = performance.now();
  const result = runPythonProgram(pyodide, request.files, {
    entry: request.entry,
    clock: request.clock,
    trace: request.trace === true,
    onOutput: write,
    onTurn: heartbeat,
    // What the program printed goes out first; packing its trace is the executor's own time.
    onEnd: () => {
      flush();
      post({ type: "ended" });
    },
  });
  flush();
  if (result.trace) {
    post({ type: "trace", events: result.trace, truncated: result.traceTruncated === true });
  }
  const error = result.error;
  const stopped = error?.limit;
  const summary: RunSummary = {
    ok: error === undefined,
    ...(error === undefined || stopped !== undefined
      ? {}
      : { errorType: error.type, errorMessage: error.message }),
    ...(error?.file && error.line
      ? { location: { file: error.file, line: error.line, column: error.column } }
      : {}),
    ...(stopped === undefined ? {} : { stopped }),
    virtualTime: result.virtualTime,
    wallTime: performance.now() - started,
  };
  post({ type: "done", summary });
  // The next program's fresh asyncio, imported while the reader reads this one's output: the
  // next Run starts at once, and a runaway's silence counts from its first line.
  preparePythonRun(pyodide);
}

self.onmessage = (event: MessageEvent) => {
  const port = event.ports[0];
  if (!(port instanceof MessagePort)) return;
  self.onmessage = null;
  connect(port);
  let interpreter: Promise<PyodideAPI> | null = null;
  // The first message brings pyodide's files (and a snapshot); each one after it, a program.
  port.onmessage = (message) => {
    if (interpreter === null) {
      const { files, snapshot } = (message.data ?? {}) as Partial<PythonStart>;
      if (!PYODIDE_FILES.every((name) => files?.[name] instanceof ArrayBuffer)) return;
      if (!(snapshot === null || snapshot instanceof ArrayBuffer)) return;
      interpreter = load({ files: files as PyodideFiles, snapshot }).then(warmUp);
      return;
    }
    const request = message.data;
    interpreter.then(
      (pyodide) => run(pyodide, request),
      (error: unknown) => {
        post({ type: "output", chunks: [{ stream: "stderr", text: `${error}\n` }] });
        post({
          type: "done",
          summary: { ok: false, stopped: String(error), virtualTime: 0, wallTime: 0 },
        });
      },
    );
  };
};
