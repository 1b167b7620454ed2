/**
 * axe-core, run in the page. @axe-core/playwright spends most of its time outside the checks
 * (it opens a page of its own to merge the results of every frame), about ten seconds a page
 * on the CI machine; our pages have no frame axe could enter (the executor's sandbox is
 * opaque), so axe runs in the page itself, in a second or two.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface AxeOptions {
  /** Check only within this CSS selector (default: the whole page). */
  include?: string;
  /** Run only these rules (default: all of axe's default rules). */
  rules?: string[];
}

/** The page's accessibility violations, each as "rule: help at selectors". */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, rules }) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results = await axe.run(
      include ? { include: [include] } : document,
      rules ? { runOnly: { type: "rule", values: rules } } : {},
    );
    return results.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  }, options);
}
