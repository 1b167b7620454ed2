/**
 * Every chapter on the path from Beginner to Expert teaches the same way (CONTRIBUTING.md,
 * "Chapters"; start/learning-path, "How to read a chapter"): it opens by saying what the
 * reader will be able to predict, asks for a prediction about its demo before the first Run —
 * one the page can grade, with the section after it kept closed until the reader has tried —
 * names the CPython source behind the mechanism, and ends with "Try this" edits.
 */
import { describe, expect, test } from "vitest";
import { makeExercise, type PredictProps } from "../../src/components/predict/exercise.ts";
import { learningPath } from "../../src/learning-path.ts";
import { chapterPages, demoFolders, readChapter, readTwinFile } from "../demo-folders.ts";

const LEVELS = ["Beginner", "Intermediate", "Advanced", "Expert"];
const pages = new Map(chapterPages().map((page) => [page.slug, page]));
const chapters = learningPath
  .filter((level) => LEVELS.includes(level.level.en))
  .flatMap((level) => level.chapters.map(({ slug }) => slug));

interface Section {
  heading: string;
  body: string;
}

/** The chapter's prose after the frontmatter and imports, split at its `##` headings. */
function sections(mdx: string): { intro: string; sections: Section[] } {
  const body = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^import .*$/gm, "")
    .replace(/^```[\s\S]*?^```$/gm, ""); // a code block's "#" lines are not headings
  const [intro, ...rest] = body.split(/^## /m);
  return {
    intro,
    sections: rest.map((part) => {
      const newline = part.indexOf("\n");
      return { heading: part.slice(0, newline).trim(), body: part.slice(newline + 1) };
    }),
  };
}

const folders = new Map(demoFolders().map((folder) => [folder.id, folder]));

/** The attributes of the first `<Name … />` in `text`, or null when there is none. */
function attributes(text: string, name: string): Record<string, string> | null {
  const tag = new RegExp(`<${name}\\s([^>]*?)/?>`).exec(text);
  if (!tag) return null;
  return Object.fromEntries(
    [...tag[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]),
  );
}

test("the levels Beginner to Expert have chapters to check", () => {
  expect(chapters.length).toBeGreaterThan(20);
});

describe.each(chapters)("%s", (slug) => {
  const page = pages.get(slug);
  const { intro, sections: parts } = sections(page ? readChapter(page) : "");

  test("is a page of the guide", () => {
    expect(page, `content/docs/${slug}.mdx`).toBeDefined();
  });

  test("opens by saying what the reader will be able to do afterwards", () => {
    expect(intro).toMatch(/\bAfter (this chapter|it),? you will\b/);
  });

  test("asks for a prediction about its demo before the first Run", () => {
    const predict = parts.findIndex((part) => /^Predict\b/i.test(part.heading));
    expect(predict, "a “Predict first” section").toBeGreaterThanOrEqual(0);
    const firstPlayground = parts.findIndex((part) => part.body.includes("<Playground"));
    expect(intro).not.toContain("<Playground");
    expect(firstPlayground, "the first playground is in the Predict section").toBe(predict);
    const [question] = parts[predict].body.split("<Playground");
    expect(question, "a question before the playground").toContain("?");
  });

  test("its prediction is an exercise graded against the demo's CPython output", () => {
    const predict = parts.find((part) => /^Predict\b/i.test(part.heading));
    const demo = attributes(predict?.body ?? "", "Playground")?.demo;
    const props = attributes(predict?.body ?? "", "Predict");
    expect(props, "a <Predict … /> in the Predict section").not.toBeNull();
    expect(props?.demo, "it predicts the section's playground").toBe(demo);
    const folder = folders.get(demo ?? "");
    expect(folder, `content/demos/${demo}`).toBeDefined();
    if (!folder || !props) return;
    // The same call the page makes at build time: it throws when the exercise cannot be graded.
    const exercise = makeExercise(
      props as unknown as PredictProps,
      readTwinFile(folder, "expected.txt"),
    );
    expect(["order", "number"]).toContain(exercise.kind);
  });

  test("keeps the section after the prediction closed until the reader has tried", () => {
    const predict = parts.findIndex((part) => /^Predict\b/i.test(part.heading));
    const demo = attributes(parts[predict]?.body ?? "", "Playground")?.demo;
    const next = parts[predict + 1]?.body.trim() ?? "";
    expect(attributes(next, "Reveal")?.demo, `## ${parts[predict + 1]?.heading}`).toBe(demo);
    expect(next.startsWith("<Reveal"), "the whole section is inside <Reveal>").toBe(true);
    expect(next.endsWith("</Reveal>"), "the whole section is inside <Reveal>").toBe(true);
  });

  test("names the CPython source behind what it explains", () => {
    const text = [intro, ...parts.map((part) => part.body)].join("\n");
    expect(text).toMatch(/\b(Lib|Objects|Modules|Include|Python)\/[\w/]+\.(py|c|h)\b/);
  });

  test("ends with “Try this” edits", () => {
    const last = parts.at(-1);
    expect(last?.heading).toBe("Try this");
    expect(last?.body).toMatch(/^- \S/m);
  });
});
