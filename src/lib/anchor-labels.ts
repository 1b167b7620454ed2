/**
 * A Markdown step for Sätteri, run after Starlight's: each heading's anchor link on a translated
 * page is labelled for screen readers in the page's language.
 *
 * Starlight labels the link ("Section titled “…”", `heading.anchorLabel`) in the language it
 * finds from the file's path below `src/content/docs/`. The guide's pages live in the top-level
 * `content/docs/` (DESIGN.md), where Starlight finds no language, so it labels every page's
 * anchors in English. This step finds the page's language from its path below `content/docs/`,
 * as the guide's routes do, and relabels them with that language's `heading.anchorLabel`.
 */
import type { HastNode, HastPluginDefinition, PluginFactoryContext } from "satteri";
import { type Lang, splitPageId } from "../i18n/lang.ts";

/** A language's catalogue of Starlight's strings, as `src/content/i18n/<lang>.json` holds it. */
export type StarlightStrings = Partial<Record<Lang, { "heading.anchorLabel"?: string }>>;

const DOCS = "/content/docs/";

function classes(node: Readonly<HastNode>): string[] {
  const value = "properties" in node ? (node.properties?.class ?? node.properties?.className) : "";
  return Array.isArray(value) ? value.map(String) : String(value ?? "").split(/\s+/);
}

/** The plugin for one file: none for an English page, or a language with no label of its own. */
export function anchorLabels(strings: StarlightStrings) {
  return ({ fileURL }: PluginFactoryContext): HastPluginDefinition | undefined => {
    const path = fileURL?.pathname ?? "";
    const at = path.lastIndexOf(DOCS);
    if (at < 0) return undefined;
    const { lang } = splitPageId(path.slice(at + DOCS.length).replace(/\.mdx?$/, ""));
    const label = strings[lang]?.["heading.anchorLabel"];
    if (lang === "en" || label === undefined) return undefined;
    return {
      name: "anchor-labels",
      element: {
        filter: ["span"],
        visit(node, ctx) {
          // Starlight's link: div.sl-heading-wrapper > [heading, a.sl-anchor-link > [icon, label]].
          const link = ctx.parent(node);
          if (!classes(node).includes("sr-only") || !classes(link).includes("sl-anchor-link"))
            return;
          const heading = (ctx.parent(link) as { children?: readonly HastNode[] }).children?.[0];
          if (heading === undefined) return;
          const title = ctx.textContent(heading);
          return {
            ...node,
            children: [{ type: "text", value: label.replace("{{title}}", title) }],
          };
        },
      },
    };
  };
}
