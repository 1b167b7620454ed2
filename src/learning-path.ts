/**
 * The learning path: the order the guide teaches in. The sidebar, the previous/next links,
 * each chapter's level badge and the reader's progress all come from this one list.
 */
import type { Lang } from "./i18n/lang.ts";

/** A name in each of the guide's languages. */
export type Names = Record<Lang, string>;

export interface Level {
  /** Short name, shown as the chapter's level; its English form names the level in code. */
  level: Names;
  /** The sidebar group's label. */
  label: Names;
  /** A chapter's sidebar label, where it is not the page's title. */
  chapters: { slug: string; label?: Names }[];
  /** Whether finishing these pages counts as progress (reference pages do not). */
  counts: boolean;
}

export const learningPath: Level[] = [
  {
    level: { en: "Start here", "zh-cn": "从这里开始" },
    label: { en: "Start here", "zh-cn": "从这里开始" },
    counts: false,
    chapters: [
      { slug: "index", label: { en: "Welcome", "zh-cn": "欢迎" } },
      { slug: "start/learning-path" },
      { slug: "start/using-playgrounds" },
    ],
  },
  {
    level: { en: "Beginner", "zh-cn": "入门" },
    label: { en: "Beginner — how await works", "zh-cn": "入门 — await 如何工作" },
    counts: true,
    chapters: [
      { slug: "beginner/await-vs-task" },
      { slug: "beginner/waking-a-task" },
      { slug: "beginner/what-await-compiles-to" },
      { slug: "beginner/why-call-soon" },
      { slug: "beginner/task-lifecycle" },
    ],
  },
  {
    level: { en: "Intermediate", "zh-cn": "进阶" },
    label: { en: "Intermediate — advanced principles", "zh-cn": "进阶 — 深入原理" },
    counts: true,
    chapters: [
      { slug: "intermediate/simple-future" },
      { slug: "intermediate/frames" },
      { slug: "intermediate/future-vs-task" },
      { slug: "intermediate/exceptions" },
      { slug: "intermediate/three-awaitables" },
      { slug: "intermediate/await-is-yield-from" },
    ],
  },
  {
    level: { en: "Advanced", "zh-cn": "高级" },
    label: { en: "Advanced — best practices", "zh-cn": "高级 — 最佳实践" },
    counts: true,
    chapters: [
      { slug: "advanced/gather-wait-as-completed" },
      { slug: "advanced/timeouts" },
      { slug: "advanced/error-strategies" },
      { slug: "advanced/performance" },
      { slug: "advanced/pitfalls" },
      { slug: "advanced/batch-requests" },
    ],
  },
  {
    level: { en: "Expert", "zh-cn": "专家" },
    label: { en: "Expert — event-loop internals", "zh-cn": "专家 — 事件循环内部" },
    counts: true,
    chapters: [
      { slug: "expert/loop-info" },
      { slug: "expert/call-soon-call-later" },
      { slug: "expert/task-lifecycle-cancel" },
      { slug: "expert/simple-event-loop" },
      { slug: "expert/await-sequence" },
      { slug: "expert/async-generators" },
      { slug: "expert/task-context" },
      { slug: "expert/eager-tasks" },
      { slug: "expert/callback-errors" },
      { slug: "expert/structured-inside" },
      { slug: "expert/lock-queue" },
      { slug: "expert/run-ends" },
      { slug: "expert/cpu-bound" },
      { slug: "expert/threads-and-loop" },
      { slug: "expert/own-awaitable" },
    ],
  },
  {
    level: { en: "Reference", "zh-cn": "参考" },
    label: { en: "Reference", "zh-cn": "参考" },
    counts: false,
    chapters: [
      { slug: "reference/concepts" },
      { slug: "reference/serial-vs-concurrent" },
      { slug: "reference/debugging" },
      { slug: "reference/resources" },
      { slug: "reference/next-steps" },
      { slug: "reference/cheat-sheet" },
      { slug: "reference/checklist" },
    ],
  },
];

/**
 * Starlight's sidebar: one group per level, in order. A chapter whose completion counts names
 * itself (`data-chapter`) and carries a "(done)" badge, shown once the reader marks it done
 * (overrides/Sidebar.astro).
 */
export const sidebar = learningPath.map(({ label, chapters, counts }) => ({
  label: label.en,
  translations: { "zh-CN": label["zh-cn"] },
  items: chapters.map(({ slug, label: text }) => ({
    slug,
    ...(text ? { label: text.en, translations: { "zh-CN": text["zh-cn"] } } : {}),
    ...(counts
      ? {
          attrs: { "data-chapter": slug },
          badge: { text: { en: "(done)", "zh-CN": "（已完成）" }, class: "done-badge" },
        }
      : {}),
  })),
}));

/** The chapters whose completion the reader's progress counts, in reading order. */
export const progressChapters = learningPath
  .filter((level) => level.counts)
  .flatMap((level) => level.chapters.map((chapter) => chapter.slug));

/** The level a page belongs to, if it is on the path (`slug` as in every language). */
export function levelOf(slug: string): Level | undefined {
  return learningPath.find((level) => level.chapters.some((chapter) => chapter.slug === slug));
}
