/**
 * The sandbox the executor workers live in: one hidden iframe per page with an opaque origin
 * (sandbox="allow-scripts", no allow-same-origin) and a policy that allows no requests. A
 * program therefore cannot read the site's storage, cookies or DOM, nor reach the network.
 * Workers are started inside it from the executor's code, passed in as text. Every run gets
 * a worker no program has touched, started ahead of time (the first on `prewarm`, the next as
 * soon as a run takes it), so a run does not wait for the executor to load and warm up.
 */
import workerUrl from "./worker.ts?worker&url";

/** Messages the page sends into the sandbox. */
export type SandboxCommand =
  | { type: "start"; id: number; request: unknown }
  | { type: "stop"; id: number }
  | { type: "prewarm" };

// The sandbox's whole program. It only relays: the page validates everything it hears back.
const SANDBOX_SCRIPT = `
let code = null;
let spare = null;
const workers = new Map();
addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const command = event.data;
  if (command.type === "code") { code = URL.createObjectURL(new Blob([command.code], { type: "text/javascript" })); return; }
  if (command.type === "stop") { workers.get(command.id)?.terminate(); workers.delete(command.id); return; }
  if (command.type === "prewarm") { if (code !== null && spare === null) spare = new Worker(code); return; }
  if (command.type !== "start" || code === null) return;
  const worker = spare ?? new Worker(code);
  spare = new Worker(code);
  workers.set(command.id, worker);
  worker.onmessage = (e) => parent.postMessage({ id: command.id, message: e.data }, "*");
  worker.onerror = (e) => { e.preventDefault(); parent.postMessage({ id: command.id, failure: String(e.message || "the executor failed") }, "*"); };
  worker.postMessage(command.request);
});
parent.postMessage({ ready: true }, "*");
`;

const SANDBOX_HTML = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:"><script>${SANDBOX_SCRIPT}</script>`;

export interface SandboxReply {
  id: number;
  message?: unknown;
  failure?: string;
}

type Listener = (reply: SandboxReply) => void;

let sandbox: Promise<Sandbox> | null = null;

export interface Sandbox {
  send(command: SandboxCommand): void;
  listen(id: number, listener: Listener): () => void;
}

async function createSandbox(): Promise<Sandbox> {
  const code = await fetch(workerUrl).then((response) => {
    if (!response.ok) throw new Error(`Could not load the executor (${response.status}).`);
    return response.text();
  });
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Playground sandbox";
  frame.style.display = "none";
  frame.srcdoc = SANDBOX_HTML;

  const listeners = new Map<number, Listener>();
  let ready: () => void;
  const loaded = new Promise<void>((resolve) => {
    ready = resolve;
  });
  window.addEventListener("message", (event) => {
    // Only the sandbox's own window is heard; its messages are validated by the listener.
    if (event.source !== frame.contentWindow) return;
    const data = event.data as Record<string, unknown> | null;
    if (data?.ready === true) return ready();
    if (typeof data?.id !== "number") return;
    listeners.get(data.id)?.({
      id: data.id,
      message: data.message,
      failure: typeof data.failure === "string" ? data.failure : undefined,
    });
  });
  document.body.append(frame);
  await loaded;
  const post = (message: unknown) => frame.contentWindow?.postMessage(message, "*");
  post({ type: "code", code });
  return {
    send: post,
    listen(id, listener) {
      listeners.set(id, listener);
      return () => listeners.delete(id);
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
      if (command.type === "prewarm") return;
      if (command.type === "stop") {
        workers.get(command.id)?.terminate();
        workers.delete(command.id);
        return;
      }
      const { id } = command;
      const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
      workers.set(id, worker);
      worker.onmessage = (event) => listeners.get(id)?.({ id, message: event.data });
      worker.onerror = (event) => {
        event.preventDefault();
        listeners.get(id)?.({ id, failure: event.message || "the executor failed" });
      };
      worker.postMessage(command.request);
    },
    listen(id, listener) {
      listeners.set(id, listener);
      return () => listeners.delete(id);
    },
  };
}

/** The page's sandbox, created on first use and shared by every playground. */
export function getSandbox(): Promise<Sandbox> {
  if (import.meta.env.DEV) {
    sandbox ??= Promise.resolve(createDevSandbox());
    return sandbox;
  }
  sandbox ??= createSandbox().catch((error) => {
    sandbox = null;
    throw error;
  });
  return sandbox;
}
