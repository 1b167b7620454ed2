/**
 * A reader's edits to a playground, kept in the browser until they press Reset, so a reload
 * does not lose them. Storage may be full or disabled; then edits simply are not kept. Another
 * tab saving the same playground is heard through `storage` events, so a tab can offer the
 * other's code instead of silently writing over it.
 *
 * Edits belong to the copy of the demo they were made in, as a share link does: a chapter may
 * show a demo twice, the second copy visualized at the moment its prose is about, and an edit
 * to the first must not replace the demo the second explains.
 */
import { isFileName } from "playground-runtime/file-names";
import { TWIN } from "./file-tab.tsx";

/**
 * Where edits are kept: the demo's first copy under the demo's name (as edits were kept before
 * copies had their own, so those stay where they were), its visualized copy beside it.
 */
export const editsPlace = (demo: string, visualize?: string) =>
  visualize ? `${demo}:visualized` : demo;

const key = (place: string) => `inside-await:edits:${place}`;

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

export function loadEdits(place: string): Record<string, string> | null {
  try {
    return parseEdits(localStorage.getItem(key(place)));
  } catch {
    return null;
  }
}

export function saveEdits(place: string, files: Record<string, string>): void {
  try {
    localStorage.setItem(key(place), JSON.stringify(files));
  } catch {
    // Storage full or disabled: the edits live as long as the page.
  }
}

export function forgetEdits(place: string): void {
  try {
    localStorage.removeItem(key(place));
  } catch {
    // Nothing was stored.
  }
}

/**
 * Calls `changed` when another tab saves or forgets edits kept at `place` (with the files now
 * saved, or null once forgotten); returns a function that stops listening.
 */
export function watchEdits(
  place: string,
  changed: (files: Record<string, string> | null) => void,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key(place) || event.key === null) changed(parseEdits(event.newValue));
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
