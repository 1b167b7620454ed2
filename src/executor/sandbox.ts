/**
 * The sandbox the executor workers live in: one hidden iframe per page with an opaque origin
 * (sandbox="allow-scripts", no allow-same-origin) and a policy that allows no requests. A
 * program therefore cannot read the site's storage, cookies or DOM, nor reach the network.
 * Workers are started inside it from the executor's code, passed in as text. Every run gets
 * a worker no program has touched, started ahead of time (the first on `prewarm`, the next as
 * soon as a run takes it), so a run does not wait for the executor to load and warm up.
 */

import type { PyodideFiles } from "./protocol.ts";
import workerUrl from "./worker.ts?worker&url";

/** Messages the page sends into the sandbox. */
export type SandboxCommand =
  | { type: "start"; id: number; request: unknown }
  | { type: "stop"; id: number }
  | { type: "ping"; id: number }
  | { type: "prewarm" }
  | { type: "python"; code: string; files: PyodideFiles; snapshot: ArrayBuffer | null };

// The sandbox's whole program. It only relays, and only what a worker sends on the port it was
// given as it started (never what the worker posts on itself, which a program might): the page
// validates everything it hears back. It answers `start` and `ping` itself, so the page can
// tell a sandbox that has died (its process crashed, out of memory) from a busy program.
// Python runs in one worker kept between runs (CPython takes seconds to load), started as
// soon as the page hands over pyodide's files (on a first Python run, or ahead of one when they
// are cached); a stopped one is replaced at once, so CPython is starting again (from the bytes
// here, with no download) while the reader edits. A worker's first message, sent before any
// program runs, may be its interpreter's snapshot: the workers after it start from that, and
// the page keeps it for its later pages. No later message is taken for one.
const SANDBOX_SCRIPT = `
let code = null;
let spare = null;
let pythonCode = null;
let pythonFiles = null;
let pythonSnapshot = null;
let python = null;
const workers = new Map();
function spawnPython() {
  const worker = new Worker(pythonCode);
  const channel = new MessageChannel();
  worker.postMessage(null, [channel.port2]);
  channel.port1.postMessage({ files: pythonFiles, snapshot: pythonSnapshot });
  const spawned = { worker, port: channel.port1, relay: null };
  let first = true;
  spawned.port.onmessage = (e) => {
    const snapshot = first && e.data && e.data.type === "snapshot" && e.data.bytes instanceof ArrayBuffer;
    first = false;
    if (!snapshot) return spawned.relay?.(e.data);
    pythonSnapshot = e.data.bytes;
    parent.postMessage({ snapshot: pythonSnapshot }, "*");
  };
  return spawned;
}
function startPython(command) {
  parent.postMessage({ id: command.id, alive: true }, "*");
  python ??= spawnPython();
  const run = python;
  workers.set(command.id, run.worker);
  run.relay = (data) => {
    if (data && data.type === "done") workers.delete(command.id);
    parent.postMessage({ id: command.id, message: data }, "*");
  };
  run.worker.onerror = (e) => { e.preventDefault(); if (python === run) python = null; parent.postMessage({ id: command.id, failure: "its worker stopped with an error" }, "*"); };
  run.port.postMessage(command.request);
}
function spawn() {
  const worker = new Worker(code);
  const channel = new MessageChannel();
  worker.postMessage(null, [channel.port2]);
  return { worker, port: channel.port1 };
}
addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const command = event.data;
  if (command.type === "code") { code = URL.createObjectURL(new Blob([command.code], { type: "text/javascript" })); return; }
  if (command.type === "python") { pythonCode = URL.createObjectURL(new Blob([command.code], { type: "text/javascript" })); pythonFiles = command.files; pythonSnapshot = command.snapshot; python ??= spawnPython(); return; }
  if (command.type === "stop") { const worker = workers.get(command.id); worker?.terminate(); if (python && python.worker === worker) python = spawnPython(); workers.delete(command.id); return; }
  if (command.type === "ping") { parent.postMessage({ id: command.id, alive: true }, "*"); return; }
  if (command.type === "prewarm") { if (code !== null && spare === null) spare = spawn(); return; }
  if (command.type === "start" && command.request?.language === "python" && pythonCode !== null) return startPython(command);
  if (command.type !== "start" || code === null) return;
  parent.postMessage({ id: command.id, alive: true }, "*");
  const run = spare ?? spawn();
  spare = spawn();
  workers.set(command.id, run.worker);
  run.port.onmessage = (e) => parent.postMessage({ id: command.id, message: e.data }, "*");
  run.worker.onerror = (e) => { e.preventDefault(); parent.postMessage({ id: command.id, failure: "its worker stopped with an error" }, "*"); };
  run.port.postMessage(command.request);
});
parent.postMessage({ ready: true }, "*");
`;

const SANDBOX_HTML = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:"><script>${SANDBOX_SCRIPT}</script>`;

export interface SandboxReply {
  id: number;
  message?: unknown;
  failure?: string;
  /** The sandbox itself answering: it took the run, or it answers a ping. */
  alive?: true;
}

type Listener = (reply: SandboxReply) => void;

let sandbox: Promise<Sandbox> | null = null;

export interface Sandbox {
  send(command: SandboxCommand): void;
  listen(id: number, listener: Listener): () => void;
  /** Hears each interpreter snapshot a Python worker of the sandbox makes (the page keeps it). */
  onSnapshot(listener: (bytes: ArrayBuffer) => void): void;
  /** Whether the sandbox answers a ping within `ms` (a crashed one never does). */
  alive(ms: number): Promise<boolean>;
  /** Throws the sandbox away with every worker in it; the next `getSandbox` builds a new one. */
  discard(): void;
}

let executor: Promise<string> | null = null;

/** The executor's code, fetched once: a rebuilt sandbox is given the same text. */
function loadExecutor(): Promise<string> {
  executor ??= fetch(workerUrl).then((response) => {
    if (!response.ok) throw new Error(`Could not load the executor (${response.status}).`);
    return response.text();
  });
  executor.catch(() => {
    executor = null;
  });
  return executor;
}

let nextPing = -1;

async function createSandbox(): Promise<Sandbox> {
  const code = await loadExecutor();
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Playground sandbox";
  frame.style.display = "none";
  frame.srcdoc = SANDBOX_HTML;

  const listeners = new Map<number, Listener>();
  let snapshots = (_bytes: ArrayBuffer) => {};
  let ready: () => void;
  const loaded = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const onMessage = (event: MessageEvent) => {
    // Only the sandbox's own window is heard; its messages are validated by the listener.
    if (event.source !== frame.contentWindow) return;
    const data = event.data as Record<string, unknown> | null;
    if (data?.ready === true) return ready();
    if (data?.snapshot instanceof ArrayBuffer) return snapshots(data.snapshot);
    if (typeof data?.id !== "number") return;
    listeners.get(data.id)?.({
      id: data.id,
      message: data.message,
      failure: typeof data.failure === "string" ? data.failure : undefined,
      alive: data.alive === true ? true : undefined,
    });
  };
  window.addEventListener("message", onMessage);
  document.body.append(frame);
  await loaded;
  const post = (message: unknown) => frame.contentWindow?.postMessage(message, "*");
  post({ type: "code", code });
  let discarded = false;
  return {
    send: post,
    listen(id, listener) {
      listeners.set(id, listener);
      return () => listeners.delete(id);
    },
    onSnapshot(listener) {
      snapshots = listener;
    },
    alive(ms) {
      const id = nextPing--;
      return new Promise((resolve) => {
        const timer = setTimeout(() => answer(false), ms);
        const answer = (alive: boolean) => {
          clearTimeout(timer);
          listeners.delete(id);
          resolve(alive);
        };
        listeners.set(id, (reply) => reply.alive && answer(true));
        post({ type: "ping", id });
      });
    },
    discard() {
      if (discarded) return;
      discarded = true;
      window.removeEventListener("message", onMessage);
      listeners.clear();
      frame.remove();
      sandbox = null;
    },
  };
}

/**
 * The dev server's stand-in: there the worker is an ES module whose imports the dev server
 * serves one by one, which a worker started from a blob in an opaque origin cannot load. So
 * `npm start` runs programs in same-origin module workers; the production build (what
 * readers get, and what the tests check) always uses the sandbox.
 */
function createDevSandbox(): Sandbox {
  const listeners = new Map<number, Listener>();
  const workers = new Map<number, Worker>();
  return {
    send(command) {
      // Module workers of the dev server start quickly enough: no spare is kept.
      if (command.type === "prewarm" || command.type === "python") return;
      if (command.type === "ping")
        return listeners.get(command.id)?.({ id: command.id, alive: true });
      if (command.type === "stop") {
        workers.get(command.id)?.terminate();
        workers.delete(command.id);
        return;
      }
      const { id } = command;
      listeners.get(id)?.({ id, alive: true });
      if ((command.request as { language?: string }).language === "python") {
        const failure = "Python runs in the production build only (npm run build, then preview)";
        return listeners.get(id)?.({ id, failure });
      }
      const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
      const channel = new MessageChannel();
      worker.postMessage(null, [channel.port2]);
      workers.set(id, worker);
      channel.port1.onmessage = (event) => listeners.get(id)?.({ id, message: event.data });
      worker.onerror = (event) => {
        event.preventDefault();
        listeners.get(id)?.({ id, failure: event.message || "the executor failed" });
      };
      channel.port1.postMessage(command.request);
    },
    listen(id, listener) {
      listeners.set(id, listener);
      return () => listeners.delete(id);
    },
    onSnapshot() {},
    alive: () => Promise.resolve(true),
    discard() {
      for (const worker of workers.values()) worker.terminate();
      workers.clear();
    },
  };
}

/** The page's sandbox, created on first use and shared by every playground. */
export function getSandbox(): Promise<Sandbox> {
  if (import.meta.env.DEV) {
    sandbox ??= Promise.resolve(createDevSandbox());
    return sandbox;
  }
  if (sandbox === null) {
    const made = createSandbox().catch((error) => {
      if (sandbox === made) sandbox = null;
      throw error;
    });
    sandbox = made;
  }
  return sandbox;
}
