/**
 * A chapter that opens a playground's visualizer at a step names the step by an anchor
 * (`visualize="task_suspended: Task-1"`). Each anchor must name a step of its demo's trace:
 * one that no longer exists would open the visualizer at the start, away from the prose.
 */
import { expect, test } from "vitest";
import { execute } from "../../playground-runtime/src/execute/index.ts";
import { findAnchor, parseAnchor } from "../../src/components/visualizer/anchor.ts";
import { chapterPages, demoFolders, readChapter, typescriptFiles } from "../demo-folders.ts";

const anchors = chapterPages().flatMap((page) =>
  [...readChapter(page).matchAll(/<Playground\s+demo="([^"]+)"\s+visualize="([^"]+)"/g)].map(
    ([, demo, spec]) => ({ chapter: page.slug, demo, spec }),
  ),
);

test("the expert chapters open visualizers at steps", () => {
  expect(anchors.map((a) => a.chapter)).toEqual(
    expect.arrayContaining([
      "expert/call-soon-call-later",
      "expert/task-lifecycle-cancel",
      "expert/await-sequence",
    ]),
  );
});

test.each(anchors)("$chapter: $spec names a step of $demo", ({ demo, spec }) => {
  const folder = demoFolders().find((f) => f.id === demo);
  expect(folder, `no demo ${demo}`).toBeDefined();
  const { trace = [] } = execute(typescriptFiles(folder!), { entry: "main.ts", trace: true });
  expect(findAnchor(trace, parseAnchor(spec))).toBeGreaterThanOrEqual(0);
});

test("a malformed anchor is refused with the form it should have", () => {
  expect(() => parseAnchor("task suspended")).toThrow(/type#n: text/);
  expect(() => parseAnchor("output#0")).toThrow(/not an anchor/);
  expect(parseAnchor("output#3: call_soon")).toEqual({ type: "output", nth: 3, text: "call_soon" });
});
