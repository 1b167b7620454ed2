/**
 * A reader's edits to a demo, kept in the browser until they press Reset, so a reload does
 * not lose them. Storage may be full or disabled; then edits simply are not kept. Another tab
 * saving the same demo is heard through `storage` events, so a tab can offer the other's code
 * instead of silently writing over it.
 */
import { isFileName } from "playground-runtime/file-names";
import { TWIN } from "./file-tab.tsx";

const key = (demo: string) => `inside-await:edits:${demo}`;

/** Saved files, if `saved` is what saveEdits wrote: files with sane names and text. */
function parseEdits(saved: string | null): Record<string, string> | null {
  if (!saved) return null;
  try {
    const files: unknown = JSON.parse(saved);
    if (typeof files !== "object" || files === null || Array.isArray(files)) return null;
    const entries = Object.entries(files);
    return entries.length > 0 &&
      entries.every(
        ([name, code]) => (isFileName(name) || name === TWIN) && typeof code === "string",
      )
      ? (files as Record<string, string>)
      : null;
  } catch {
    return null;
  }
}

export function loadEdits(demo: string): Record<string, string> | null {
  try {
    return parseEdits(localStorage.getItem(key(demo)));
  } catch {
    return null;
  }
}

export function saveEdits(demo: string, files: Record<string, string>): void {
  try {
    localStorage.setItem(key(demo), JSON.stringify(files));
  } catch {
    // Storage full or disabled: the edits live as long as the page.
  }
}

export function forgetEdits(demo: string): void {
  try {
    localStorage.removeItem(key(demo));
  } catch {
    // Nothing was stored.
  }
}

/**
 * Calls `changed` when another tab saves or forgets edits to `demo` (with the files now
 * saved, or null once forgotten); returns a function that stops listening.
 */
export function watchEdits(
  demo: string,
  changed: (files: Record<string, string> | null) => void,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key(demo) || event.key === null) changed(parseEdits(event.newValue));
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
