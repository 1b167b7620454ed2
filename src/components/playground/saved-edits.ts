/**
 * A reader's edits to a demo, kept in the browser until they press Reset, so a reload does
 * not lose them. Storage may be full or disabled; then edits simply are not kept.
 */
const key = (demo: string) => `inside-await:edits:${demo}`;

export function loadEdits(demo: string): Record<string, string> | null {
  try {
    const saved = localStorage.getItem(key(demo));
    if (!saved) return null;
    const files: unknown = JSON.parse(saved);
    if (typeof files !== "object" || files === null) return null;
    return Object.values(files).every((code) => typeof code === "string")
      ? (files as Record<string, string>)
      : null;
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
