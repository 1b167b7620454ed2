/**
 * pyodide's files, fetched by the page from its own origin (the site build emits them from the
 * npm package, under hashed names) and handed to the sandbox as bytes: the sandbox itself can
 * make no request. They are kept in the Cache API at the site's origin, so a later Python run
 * on any page, in any visit, reads them from there without a download.
 */
import asmWasm from "pyodide/pyodide.asm.wasm?url";
import lockFile from "pyodide/pyodide-lock.json?url";
import stdlib from "pyodide/python_stdlib.zip?url";

export const PYODIDE_FILES = [
  "pyodide.asm.wasm",
  "pyodide-lock.json",
  "python_stdlib.zip",
] as const;
export type PyodideFiles = Record<(typeof PYODIDE_FILES)[number], ArrayBuffer>;

const URLS: Record<(typeof PYODIDE_FILES)[number], string> = {
  "pyodide.asm.wasm": asmWasm,
  "pyodide-lock.json": lockFile,
  "python_stdlib.zip": stdlib,
};

/** The cache's name: the hashed URLs change with pyodide's version, so one name serves all. */
const CACHE = "inside-await-pyodide";

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

/** One file's response, from the cache or the network (stored as it is read). */
async function response(url: string, cache: Cache | null, signal: AbortSignal): Promise<Response> {
  const cached = await cache?.match(url);
  if (cached) return cached;
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

let loaded: PyodideFiles | null = null;

/**
 * pyodide's files, downloaded (or read from the cache) once per page. A cancelled or failed
 * load leaves nothing behind: the next call starts again.
 */
export async function pyodideFiles(
  onProgress: (progress: Progress) => void,
  signal: AbortSignal,
): Promise<PyodideFiles> {
  if (loaded) return loaded;
  const cache = await openCache();
  const responses = await Promise.all(
    PYODIDE_FILES.map((name) => response(URLS[name], cache, signal)),
  );
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
  loaded = Object.fromEntries(PYODIDE_FILES.map((name, i) => [name, buffers[i]])) as PyodideFiles;
  return loaded;
}
