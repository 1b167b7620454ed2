/**
 * Long code collapsed to its first lines behind "Show N more lines", in the static preview and
 * in the editor alike: the code's box keeps its height, so the rest is clipped, never removed
 * (the editor, its edits and its cursor stay as they are). Whether it is open is the
 * playground's, so waking the editor keeps what the reader chose.
 */
import type { EditorView } from "@codemirror/view";
import { type CSSProperties, type ReactNode, useEffect, useRef } from "react";
import { useT } from "../../i18n/react.ts";

/** The lines a collapsed playground shows. */
export const SHOWN_LINES = 20;
/** Hiding fewer lines than this is not worth a button: such code is shown whole. */
const FEWEST_HIDDEN = 5;

/** The lines of `code` a collapsed playground hides (0: it is short enough to show whole). */
export function hiddenLines(code: string): number {
  const lines = code.replace(/\n$/, "").split("\n").length;
  return lines - SHOWN_LINES >= FEWEST_HIDDEN ? lines - SHOWN_LINES : 0;
}

/** Whether a line (1-based) is in the part a collapsed playground hides. */
export const inHiddenPart = (line: number) => line > SHOWN_LINES;

/** Lines as the editor counts them: a final newline starts one more, empty line. */
export const lineCount = (code: string) => code.split("\n").length;

/** The lines a collapsed playground shows of `code`. */
export const foldedLineCount = (code: string) =>
  hiddenLines(code) > 0 ? SHOWN_LINES : lineCount(code);

/**
 * Where the editor's collapsed box ends: right under its last shown line (wrapped lines
 * counted as they wrap), as the static preview's does. Read and written in CodeMirror's
 * measuring phase; a short file has no end (its box is whole).
 */
export function measureFold(view: EditorView): void {
  view.requestMeasure({
    key: "pg-fold",
    read: () => {
      const box = view.dom.closest<HTMLElement>(".pg-code");
      const { doc } = view.state;
      if (!box || hiddenLines(doc.toString()) === 0) return { box, height: null };
      const hidden = view.lineBlockAt(doc.line(SHOWN_LINES + 1).from);
      const top = box.getBoundingClientRect().top;
      return { box, height: view.documentTop + hidden.top - top };
    },
    write: ({ box, height }) => {
      if (height === null) box?.style.removeProperty("--pg-fold-height");
      else box?.style.setProperty("--pg-fold-height", `${height}px`);
    },
  });
}

/** A playground's fold: whether any of its files is long, and whether the reader opened it. */
export interface Fold {
  /** The code box's id, which the button names as what it controls. */
  id: string;
  foldable: boolean;
  /** The room collapsed code takes: its longest file's shown lines. */
  foldedLines: number;
  expanded: boolean;
  setExpanded(expanded: boolean): void;
}

/**
 * The code box, collapsed while the fold is closed, and the row under it with the button.
 * The row is there for every file of a foldable playground (a short file's has no button),
 * so that showing another tab does not move the page.
 */
export function CodeFold({
  fold,
  code,
  preview = false,
  waking,
  focusOnMount = false,
  children,
}: {
  fold: Fold;
  /** The file shown: the button says how many of its lines are hidden. */
  code: string;
  /**
   * The static preview's: a press on its button wakes the playground, which replaces the
   * preview before the press ends in a click, so the frame opens the fold as it is pressed.
   */
  preview?: boolean;
  waking?: boolean;
  /** The reader woke the playground with this button: focus stays on it. */
  focusOnMount?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  // Opened code may put the button below the screen: focus it where it is, not scrolling to it.
  useEffect(() => {
    if (focusOnMount) button.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  const hidden = hiddenLines(code);
  const collapsed = fold.foldable && !fold.expanded;
  const toggle = () => {
    fold.setExpanded(!fold.expanded);
    // Closing it takes away what the reader may have scrolled past: the button stays in view.
    if (fold.expanded)
      requestAnimationFrame(() => button.current?.scrollIntoView({ block: "nearest" }));
  };
  return (
    <>
      <div
        id={fold.id}
        className="pg-code"
        data-waking={waking || undefined}
        data-collapsed={collapsed || undefined}
        style={collapsed ? ({ "--pg-lines": fold.foldedLines } as CSSProperties) : undefined}
      >
        {children}
      </div>
      {fold.foldable && (
        <div className="pg-fold">
          {(hidden > 0 || fold.expanded) && (
            <button
              ref={button}
              type="button"
              className="pg-button pg-fold-button"
              aria-expanded={fold.expanded}
              aria-controls={fold.id}
              data-control="fold"
              onClick={preview ? undefined : toggle}
            >
              {fold.expanded
                ? t("playground.showLess")
                : t("playground.showMore", { count: hidden })}
            </button>
          )}
        </div>
      )}
    </>
  );
}
