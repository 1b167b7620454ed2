/**
 * An Expressive Code plugin: a code block that scrolls sideways gets `tabindex="0"`, so a
 * keyboard can reach and scroll it (WCAG's scrollable-region rule). The playgrounds' own
 * code does the same.
 */
import type { ExpressiveCodePlugin } from "@astrojs/starlight/expressive-code";
import type { Element } from "@astrojs/starlight/expressive-code/hast";

function focusPre(node: Element): void {
  if (node.tagName === "pre") node.properties.tabIndex = 0;
  for (const child of node.children) if (child.type === "element") focusPre(child);
}

export function focusableCode(): ExpressiveCodePlugin {
  return {
    name: "focusable-code",
    hooks: {
      postprocessRenderedBlock({ renderData }) {
        focusPre(renderData.blockAst);
      },
    },
  };
}
