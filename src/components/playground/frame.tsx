/**
 * What the static and the live playground share: their props, and the frame around them —
 * the element tests, share links and the cheat sheet find a demo by, sized for the demo's
 * longest file so that showing another tab never moves the page.
 */

import type { CSSProperties, HTMLAttributes, KeyboardEvent, ReactNode } from "react";
import type { Lang } from "../../i18n/lang.ts";
import { lineCount } from "./code-fold.tsx";

export interface PlaygroundProps {
  demo: string;
  files: Record<string, string>;
  entry: string;
  python: string;
  /** The entry file highlighted at build time: what readers see before the editor loads. */
  staticHtml: string;
  /**
   * Open the visualizer on the demo as the playground wakes, at this step (an anchor, see
   * visualizer/anchor.ts): how a chapter shows the moment its prose is about.
   */
  visualize?: string;
  /**
   * Show the timeline of every run: until the reader runs it, `children` (the demo's own,
   * drawn at build time); then the last run's.
   */
  timeline?: boolean;
  /** The page's language: the playground's controls and messages are in it. */
  lang: Lang;
  children?: ReactNode;
}

/** How the reader woke the playground: whether they pressed Run, and where focus goes. */
export interface Woken {
  run: boolean;
  /**
   * Run; Show more; the code, to edit ("editor"); or the editor's box, to Enter or leave
   * ("code").
   */
  focus: "run" | "fold" | "editor" | "code" | null;
}

/** Ctrl/Cmd+Enter runs from anywhere in the playground, the editor included. */
export function onRunShortcut(run: () => void) {
  return (event: KeyboardEvent) => {
    if (event.defaultPrevented) return; // the editor or a live playground ran it already
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
}

export type Status = "idle" | "running" | "done";

/**
 * The frame's id: what a share link names its playground by (a chapter may show a demo twice,
 * the second copy visualized) and what the cheat sheet links to.
 */
export const frameId = (demo: string, visualize?: string) =>
  `demo-${demo.replaceAll("/", "-")}${visualize ? "-visualized" : ""}`;

export function PlaygroundFrame({
  props: { demo, files, python, visualize },
  status,
  children,
  ...handlers
}: Pick<
  HTMLAttributes<HTMLDivElement>,
  "onPointerEnter" | "onPointerDown" | "onFocus" | "onKeyDown"
> & {
  props: PlaygroundProps;
  status: Status;
  children: ReactNode;
}) {
  const lines = Math.max(...Object.values(files).map(lineCount), python ? lineCount(python) : 0);
  return (
    <div
      {...handlers}
      id={frameId(demo, visualize)}
      className="playground not-content"
      data-demo={demo}
      data-status={status}
      style={{ "--pg-lines": lines } as CSSProperties}
    >
      {children}
    </div>
  );
}
