/**
 * The page's language inside a React island. An island renders twice, on the server at build
 * time and again in the page, and both must say the same: its root is given the page's
 * language (`Astro.currentLocale`) and provides it here, and every component below asks
 * `useT()` for its strings.
 */
import { createContext, useCallback, useContext } from "react";
import type { Lang } from "./lang.ts";
import { t, type UiKey } from "./ui.ts";

export const LangContext = createContext<Lang>("en");

/** `t` in the page's language, as a component or a function it calls takes it. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** The island's language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** `t` in the island's language (or in `lang`, for a component Astro renders on its own). */
export function useT(lang?: Lang): Translate {
  const provided = useContext(LangContext);
  const chosen = lang ?? provided;
  return useCallback((key, values) => t(key, values, chosen), [chosen]);
}
