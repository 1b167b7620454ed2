import { defineCollection } from "astro:content";
import { i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { file, glob } from "astro/loaders";
import { z } from "astro/zod";

// Content lives in the top-level content/ folder, apart from the site's code (DESIGN.md).
export const collections = {
  docs: defineCollection({
    loader: glob({ base: "./content/docs", pattern: "**/[^_]*.{md,mdx}" }),
    schema: docsSchema(),
  }),
  // Starlight's own UI strings, per language, in src/content/i18n/<lang>.json: the one place
  // Starlight reads them from (its Markdown plugins read that folder directly, not the
  // collection). Ours are in src/i18n/.
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema(),
  }),
  cheatsheet: defineCollection({
    loader: file("./content/reference/cheat-sheet.yaml"),
    schema: z.object({
      kind: z.enum(["concept", "api"]),
      python: z.string(),
      ts: z.string(),
      gist: z.string(),
      // Every row has its Chinese gist: a row without one fails the build.
      gist_zh: z.string().min(1),
      example: z.string(),
      // The chapter and demo that teach the name, once the guide has them.
      chapter: z.string().optional(),
      demo: z.string().optional(),
    }),
  }),
  checklist: defineCollection({
    loader: file("./content/reference/checklist.yaml"),
    schema: z.object({
      item: z.string(),
      item_zh: z.string().min(1),
      chapters: z.array(z.string()).min(1),
      demos: z.array(z.string()).default([]),
    }),
  }),
};
