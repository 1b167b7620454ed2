/**
 * The learning path: the order the guide teaches in. The sidebar, the previous/next links,
 * each chapter's level badge and the reader's progress all come from this one list.
 */
export interface Level {
  /** Short name, shown as the chapter's level. */
  level: string;
  /** The sidebar group's label. */
  label: string;
  chapters: { slug: string; label?: string }[];
  /** Whether finishing these pages counts as progress (reference pages do not). */
  counts: boolean;
}

export const learningPath: Level[] = [
  {
    level: "Start here",
    label: "Start here",
    counts: false,
    chapters: [
      { slug: "index", label: "Welcome" },
      { slug: "start/learning-path" },
      { slug: "start/using-playgrounds" },
    ],
  },
  {
    level: "Beginner",
    label: "Beginner — how await works",
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
    level: "Intermediate",
    label: "Intermediate — advanced principles",
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
    level: "Advanced",
    label: "Advanced — best practices",
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
    level: "Expert",
    label: "Expert — event-loop internals",
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
    level: "Reference",
    label: "Reference",
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
  label,
  items: chapters.map(({ slug, label: text }) => ({
    slug,
    ...(text ? { label: text } : {}),
    ...(counts
      ? { attrs: { "data-chapter": slug }, badge: { text: "(done)", class: "done-badge" } }
      : {}),
  })),
}));

/** The chapters whose completion the reader's progress counts, in reading order. */
export const progressChapters = learningPath
  .filter((level) => level.counts)
  .flatMap((level) => level.chapters.map((chapter) => chapter.slug));

/** The level a page belongs to, if it is on the path. */
export function levelOf(slug: string): Level | undefined {
  return learningPath.find((level) => level.chapters.some((chapter) => chapter.slug === slug));
}
