/**
 * The reader's progress — chapters marked done, checklist items ticked, and the outcome of
 * each prediction they made — kept in this browser's storage only. Every change is announced with a `progress-change` event so each
 * widget on the page can redraw itself.
 */
const KEY = "inside-await:progress";
export const PROGRESS_EVENT = "progress-change";

export interface Progress {
  chapters: string[];
  checklist: string[];
  /** By demo id: whether the reader's latest graded prediction of its output was right. */
  predictions: Record<string, { right: boolean; attempts: number }>;
}

type Marks = "chapters" | "checklist";

const empty = (): Progress => ({ chapters: [], checklist: [], predictions: {} });

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

export function readProgress(): Progress {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (typeof stored !== "object" || stored === null) return empty();
    return {
      chapters: strings(stored.chapters),
      checklist: strings(stored.checklist),
      predictions: predictions(stored.predictions),
    };
  } catch {
    return empty();
  }
}

function predictions(value: unknown): Progress["predictions"] {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([demo, entry]) =>
      typeof entry?.right === "boolean" && Number.isInteger(entry?.attempts)
        ? [[demo, { right: entry.right, attempts: entry.attempts }]]
        : [],
    ),
  );
}

function write(progress: Progress) {
  try {
    localStorage.setItem(KEY, JSON.stringify(progress));
  } catch {
    // Storage disabled or full: progress lasts as long as the page.
  }
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

export function setMarked(list: Marks, id: string, marked: boolean): void {
  const progress = readProgress();
  const others = progress[list].filter((item) => item !== id);
  write({ ...progress, [list]: marked ? [...others, id] : others });
}

/** Records a graded prediction of `demo`'s output. */
export function recordPrediction(demo: string, right: boolean): void {
  const progress = readProgress();
  const attempts = (progress.predictions[demo]?.attempts ?? 0) + 1;
  write({ ...progress, predictions: { ...progress.predictions, [demo]: { right, attempts } } });
}

export function resetProgress(): void {
  write(empty());
}

/** Calls `draw` now and whenever progress changes, here or in another tab. */
export function onProgress(draw: (progress: Progress) => void): void {
  const redraw = () => draw(readProgress());
  document.addEventListener(PROGRESS_EVENT, redraw);
  window.addEventListener("storage", (event) => event.key === KEY && redraw());
  redraw();
}
