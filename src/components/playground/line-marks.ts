/**
 * Marks on the editor's lines for the visualizer: the line the running task is on, and the
 * lines suspended or woken tasks wait at, each with a note naming the tasks.
 */
import { type EditorState, RangeSetBuilder, StateEffect, StateField } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, WidgetType } from "@codemirror/view";

export type LineMarkKind = "running" | "waiting" | "ready";

export interface LineMark {
  line: number;
  kind: LineMarkKind;
  /** Shown at the end of the line: who is there, e.g. "Task-2 awaits Future-1". */
  note: string;
}

/** Replaces the marks shown in the editor (an empty list clears them). */
export const setLineMarks = StateEffect.define<LineMark[]>();

/** Each file's marks. */
export type FileMarks = Readonly<Record<string, LineMark[]>>;

/**
 * Where the visualizer puts its marks and the editor reads them. A store rather than a prop:
 * stepping changes the marks many times a second, and only the editor's view should hear of
 * it, not the components around it.
 */
export class LineMarkStore {
  private marks: FileMarks = {};
  private readonly listeners = new Set<() => void>();

  readonly get = (): FileMarks => this.marks;

  readonly set = (marks: FileMarks): void => {
    this.marks = marks;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

class NoteWidget extends WidgetType {
  constructor(
    readonly text: string,
    readonly kind: LineMarkKind,
  ) {
    super();
  }
  override eq(other: NoteWidget): boolean {
    return other.text === this.text && other.kind === this.kind;
  }
  toDOM(): HTMLElement {
    const note = document.createElement("span");
    note.className = `pg-line-note pg-line-note-${this.kind}`;
    note.textContent = this.text;
    return note;
  }
}

/** The strongest kind wins when several tasks share a line: running, then ready, then waiting. */
const RANK: Record<LineMarkKind, number> = { running: 3, ready: 2, waiting: 1 };

function decorate(state: EditorState, marks: LineMark[]): DecorationSet {
  const byLine = new Map<number, LineMark[]>();
  for (const mark of marks) {
    if (mark.line < 1 || mark.line > state.doc.lines) continue;
    byLine.set(mark.line, [...(byLine.get(mark.line) ?? []), mark]);
  }
  const builder = new RangeSetBuilder<Decoration>();
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const here = byLine.get(line) ?? [];
    const kind = here.reduce<LineMarkKind>(
      (best, mark) => (RANK[mark.kind] > RANK[best] ? mark.kind : best),
      "waiting",
    );
    const { from, to } = state.doc.line(line);
    builder.add(from, from, Decoration.line({ class: `pg-line pg-line-${kind}` }));
    builder.add(
      to,
      to,
      Decoration.widget({
        widget: new NoteWidget(here.map((mark) => mark.note).join(" · "), kind),
        side: 1,
      }),
    );
  }
  return builder.finish();
}

/**
 * The extension that shows the marks; add it to the editor once. A view made later (Sandpack
 * makes one per file shown) starts with the marks `initial()` gives.
 */
export function lineMarks(initial: () => LineMark[]) {
  return StateField.define<DecorationSet>({
    create: (state) => decorate(state, initial()),
    update(decorations, transaction) {
      for (const effect of transaction.effects) {
        if (effect.is(setLineMarks)) return decorate(transaction.state, effect.value);
      }
      return decorations.map(transaction.changes);
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}
