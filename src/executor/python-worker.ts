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
 */

import traceLoop from "playground-runtime/python/trace_loop.py?raw";
import virtualLoop from "playground-runtime/python/virtual_loop.py?raw";
import { installHarness, runPythonProgram } from "playground-runtime/python-runner";
import { loadPyodide, type PyodideAPI } from "pyodide";
import createPyodideModule from "pyodide/pyodide.asm.mjs";
import { PYODIDE_FILES, type PyodideFiles, parseRequest, type RunSummary } from "./protocol.ts";
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

async function load(files: PyodideFiles): Promise<PyodideAPI> {
  serveFiles(files);
  const pyodide = await loadPyodide({
    indexURL: INDEX_URL,
    lockFileContents: new TextDecoder().decode(files["pyodide-lock.json"]),
    // @ts-expect-error: loadPyodide takes the module factory, though its types do not say so.
    createPyodideModule,
    stdout: () => {},
    stderr: () => {},
  });
  installHarness(pyodide, { "virtual_loop.py": virtualLoop, "trace_loop.py": traceLoop });
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
}

self.onmessage = (event: MessageEvent) => {
  const port = event.ports[0];
  if (!(port instanceof MessagePort)) return;
  self.onmessage = null;
  connect(port);
  let interpreter: Promise<PyodideAPI> | null = null;
  // The first message brings pyodide's files; each one after it, a program to run.
  port.onmessage = (message) => {
    if (interpreter === null) {
      const files = message.data as PyodideFiles;
      if (!PYODIDE_FILES.every((name) => files?.[name] instanceof ArrayBuffer)) return;
      interpreter = load(files);
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
