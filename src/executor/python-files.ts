/**
 * What a Python run needs, fetched by the page from its own origin and handed to the sandbox:
 * the Python executor's script and pyodide's files (the site build emits them from the npm
 * package, under hashed names); the sandbox itself can make no request. They are kept in the
 * Cache API at the site's origin, so a later Python run on any page, in any visit, reads them
 * from there without a download. Beside them the cache keeps the snapshot of an interpreter
 * the sandbox started (see `InterpreterSnapshot`), made in the reader's browser, never fetched.
 */
import asmWasm from "pyodide/pyodide.asm.wasm?url";
import lockFile from "pyodide/pyodide-lock.json?url";
import stdlib from "pyodide/python_stdlib.zip?url";
import { PYODIDE_FILES, type PyodideFiles } from "./protocol.ts";
import executor from "./python-worker.ts?worker&url";

const URLS: Record<(typeof PYODIDE_FILES)[number], string> = {
  "pyodide.asm.wasm": asmWasm,
  "pyodide-lock.json": lockFile,
  "python_stdlib.zip": stdlib,
};

/** The cache's name: the hashed URLs change with pyodide's version, so one name serves all. */
const CACHE = "inside-await-pyodide";

/**
 * The snapshot's key: named after the executor's hashed URL, which changes with anything the
 * snapshot holds (pyodide's build and the harness are bundled into the executor).
 */
const SNAPSHOT = `${executor}?interpreter-snapshot`;

/** More than any snapshot of a freshly started interpreter (about 30 MB): anything else is not one. */
const MAX_SNAPSHOT_BYTES = 256 * 1024 * 1024;

/** Bytes received so far, out of the total when every file's size is known. */
export interface Progress {
  loaded: number;
  total: number | null;
}

async function openCache(): Promise<Cache | null> {
  try {
    return typeof caches === "undefined" ? null : await caches.open(CACHE);
  } catch {
    // Storage disabled (a private window, a policy): every visit downloads.
    return null;
  }
}

/**
 * One file's response, from the cache or the network (stored as it is read); null when it is
 * not cached and `cachedOnly` forbids the network.
 */
async function response(
  url: string,
  cache: Cache | null,
  signal: AbortSignal,
  cachedOnly: boolean,
): Promise<Response | null> {
  const cached = await cache?.match(url);
  if (cached) return cached;
  if (cachedOnly) return null;
  const fetched = await fetch(url, { signal });
  if (!fetched.ok) throw new Error(`Could not load Python (${url}: ${fetched.status}).`);
  // Stored alongside the reading, not before it: the progress bar follows the download.
  cache?.put(url, fetched.clone()).catch(() => {});
  return fetched;
}

/** Reads a body to its end, reporting each chunk's bytes. */
async function read(body: Response, onBytes: (n: number) => void): Promise<ArrayBuffer> {
  if (!body.body) return body.arrayBuffer();
  const reader = body.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/** The executor's script (its text), pyodide's files and the interpreter's snapshot, if kept. */
export interface PythonFiles {
  code: string;
  files: PyodideFiles;
  snapshot: ArrayBuffer | null;
}

let loaded: PythonFiles | null = null;

/**
 * What a Python run needs, downloaded (or read from the cache) once per page. A cancelled or
 * failed load leaves nothing behind: the next call starts again. With `cachedOnly`, nothing
 * is downloaded: null unless every file is in the cache (the reader ran Python before).
 */
export async function pythonFiles(
  onProgress: (progress: Progress) => void,
  signal: AbortSignal,
  cachedOnly = false,
): Promise<PythonFiles | null> {
  if (loaded) return loaded;
  const cache = await openCache();
  const urls = [executor, ...PYODIDE_FILES.map((name) => URLS[name])];
  const snapshot = cache?.match(SNAPSHOT).then((r) => r?.arrayBuffer() ?? null);
  const found = await Promise.all(urls.map((url) => response(url, cache, signal, cachedOnly)));
  const responses = found.filter((r) => r !== null);
  if (responses.length < urls.length) return null;
  const sizes = responses.map((r) => Number(r.headers.get("Content-Length") ?? Number.NaN));
  const total = sizes.every(Number.isFinite) ? sizes.reduce((a, b) => a + b, 0) : null;
  let bytes = 0;
  onProgress({ loaded: 0, total });
  const buffers = await Promise.all(
    responses.map((r) =>
      read(r, (n) => {
        bytes += n;
        onProgress({ loaded: bytes, total });
      }),
    ),
  );
  const [code, ...files] = buffers;
  loaded = {
    code: new TextDecoder().decode(code),
    files: Object.fromEntries(PYODIDE_FILES.map((name, i) => [name, files[i]])) as PyodideFiles,
    // A snapshot the cache cannot give back is one the sandbox will make again.
    snapshot: (await snapshot?.catch(() => null)) ?? null,
  };
  forgetOthers(cache, [...urls, SNAPSHOT]);
  return loaded;
}

/**
 * Keeps the snapshot a sandbox sent, for this page's next sandbox and the cache's later pages
 * (a snapshot that does not restore costs its worker only the bootstrap it would have paid).
 */
export function keepSnapshot(bytes: ArrayBuffer): void {
  if (bytes.byteLength > MAX_SNAPSHOT_BYTES) return;
  if (loaded) loaded.snapshot = bytes;
  openCache()
    .then((cache) => cache?.put(SNAPSHOT, new Response(bytes)))
    .catch(() => {});
}

/** Drops what an earlier version of the site cached (other hashed names), ~13 MB a version. */
function forgetOthers(cache: Cache | null, urls: string[]): void {
  const kept = new Set(urls.map((url) => new URL(url, location.href).href));
  cache
    ?.keys()
    .then((requests) =>
      Promise.all(requests.filter((r) => !kept.has(r.url)).map((r) => cache.delete(r))),
    )
    .catch(() => {});
}
