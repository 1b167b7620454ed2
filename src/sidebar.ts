/**
 * The learning path. The sidebar is the order the guide teaches in: each level a group,
 * chapters in reading order; Starlight's previous/next links follow it.
 */
export const sidebar = [
  { label: "Start here", items: [{ slug: "index", label: "Welcome" }] },
  {
    label: "Beginner — how await works",
    items: [{ slug: "beginner/await-vs-task" }],
  },
];
