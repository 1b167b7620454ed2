/**
 * Long code collapsed to its first rows behind "Show N more lines", in the static preview and
 * in the editor alike. The code's box is as tall as 20 rows of code, whichever file it shows
 * and whether the editor has loaded yet, so neither waking nor another tab moves the page; the
 * rest is clipped, never removed (the editor, its edits and its cursor stay as they are). Long
 * lines wrap, so which line is the first hidden one is measured, and the button counts from
 * it. Whether it is open is the playground's, so waking the editor keeps what the reader chose.
 */
import type { EditorView } from "@codemirror/view";
import { type CSSProperties, type ReactNode, useEffect, useRef } from "react";
import { useT } from "../../i18n/react.ts";

/** The rows of code a collapsed playground shows. */
export const SHOWN_ROWS = 20;
/** Hiding fewer lines than this is not worth a button: such code is shown whole. */
const FEWEST_HIDDEN = 5;

/** Lines as the editor counts them: a final newline starts one more, empty line. */
export const lineCount = (code: string) => code.split("\n").length;

/** The lines of code, not counting the empty one after a final newline. */
const codeLines = (code: string) => code.replace(/\n$/, "").split("\n").length;

/** Whether a collapsed playground clips `code`: it is long enough for a button to be worth it. */
export const folds = (code: string) => codeLines(code) - SHOWN_ROWS >= FEWEST_HIDDEN;

/** A playground's fold: whether any of its files is long, and whether the reader opened it. */
export interface Fold {
  /** The code box's id, which the button names as what it controls. */
  id: string;
  foldable: boolean;
  expanded: boolean;
  setExpanded(expanded: boolean): void;
  /** The first line the collapsed box hides, in the file shown, as last measured. */
  firstHidden: number;
  setFirstHidden(line: number): void;
}

/** Whether a line (1-based) of the file shown is in the part the collapsed box hides. */
export const isHidden = (fold: Fold, line: number) => !fold.expanded && line >= fold.firstHidden;

/**
 * The first line a collapsed editor hides: the one whose top is at or below the box's bottom
 * edge (the line the edge cuts through shows its top, and counts as shown). Read in
 * CodeMirror's measuring phase.
 */
export function measureFold(view: EditorView, found: (line: number) => void): void {
  view.requestMeasure({
    key: "pg-fold",
    read: () => {
      const box = view.dom.closest<HTMLElement>(".pg-code[data-clips]");
      if (!box) return null;
      const edge = box.getBoundingClientRect().bottom - view.documentTop;
      const block = view.lineBlockAtHeight(edge);
      const line = view.state.doc.lineAt(block.from).number;
      return block.top >= edge - 0.5 ? line : line + 1;
    },
    write: (line) => {
      if (line !== null) found(line);
    },
  });
}

/** The same for the static preview, whose lines are shiki's `.line` elements. */
export function measureStaticFold(box: HTMLElement): number | null {
  if (!box.hasAttribute("data-clips")) return null;
  const edge = box.getBoundingClientRect().bottom;
  const lines = [...box.querySelectorAll(".line")];
  const first = lines.findIndex((line) => line.getBoundingClientRect().top >= edge - 0.5);
  return first === -1 ? lines.length + 1 : first + 1;
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
  boxRef,
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
  boxRef?: React.Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  // Opened code may put the button below the screen: focus it where it is, not scrolling to it.
  useEffect(() => {
    if (focusOnMount) button.current?.focus({ preventScroll: true });
  }, [focusOnMount]);
  const long = folds(code);
  const collapsed = fold.foldable && !fold.expanded;
  const hidden = Math.max(codeLines(code) - fold.firstHidden + 1, 0);
  const toggle = () => {
    fold.setExpanded(!fold.expanded);
    // Closing it takes away what the reader may have scrolled past: the button stays in view.
    if (fold.expanded) {
      requestAnimationFrame(() => button.current?.scrollIntoView({ block: "nearest" }));
    }
  };
  return (
    <>
      <div
        ref={boxRef}
        id={fold.id}
        className="pg-code"
        data-waking={waking || undefined}
        data-collapsed={collapsed || undefined}
        data-clips={(collapsed && long) || undefined}
        style={{ "--pg-shown-rows": SHOWN_ROWS } as CSSProperties}
      >
        {children}
      </div>
      {fold.foldable && (
        <div className="pg-fold">
          {(long || fold.expanded) && (
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
