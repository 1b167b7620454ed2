import type { SandpackTheme } from "@codesandbox/sandpack-react";

/**
 * The editor's colours are the site's: CSS variables that Starlight and site.css switch
 * between light and dark, so the editor follows the theme without re-rendering.
 */
export const editorTheme: SandpackTheme = {
  colors: {
    surface1: "var(--pg-surface)",
    surface2: "var(--pg-border)",
    surface3: "var(--pg-surface-raised)",
    clickable: "var(--pg-muted)",
    base: "var(--pg-text)",
    disabled: "var(--pg-muted)",
    hover: "var(--pg-text)",
    accent: "var(--pg-accent)",
    error: "var(--pg-error)",
    errorSurface: "var(--pg-error-surface)",
  },
  syntax: {
    plain: "var(--pg-syntax-plain)",
    comment: { color: "var(--pg-syntax-comment)", fontStyle: "italic" },
    keyword: "var(--pg-syntax-keyword)",
    tag: "var(--pg-syntax-keyword)",
    punctuation: "var(--pg-syntax-plain)",
    definition: "var(--pg-syntax-definition)",
    property: "var(--pg-syntax-property)",
    static: "var(--pg-syntax-static)",
    string: "var(--pg-syntax-string)",
  },
  font: {
    body: "var(--sl-font)",
    mono: "var(--pg-mono)",
    size: "var(--pg-code-size)",
    lineHeight: "var(--pg-code-line-height)",
  },
};
