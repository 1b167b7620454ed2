/**
 * The site's interface strings (src/i18n/ui.ts) in every language: the same keys, and in each
 * string the same `{placeholders}` as the English, so no value goes missing in translation.
 */
import { expect, test } from "vitest";
import { languages } from "../../src/i18n/lang.ts";
import { catalogues, t } from "../../src/i18n/ui.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("every language has a catalogue, with exactly the English keys", () => {
  expect(Object.keys(catalogues).sort()).toEqual(Object.keys(languages).sort());
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    expect(Object.keys(catalogue).sort(), lang).toEqual(Object.keys(catalogues.en).sort());
  }
});

test("each translated string has the English string's placeholders", () => {
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    for (const [key, text] of Object.entries(catalogue)) {
      expect(placeholders(text), `${lang} ${key}`).toEqual(
        placeholders(catalogues.en[key as keyof typeof catalogues.en]),
      );
    }
  }
});

test("t speaks the language it is given, and English outside a page", () => {
  expect(t("playground.run", {}, "zh-cn")).toBe("运行");
  expect(t("playground.copied", { file: "main.ts" }, "zh-cn")).toBe("已把 main.ts 复制到剪贴板。");
  expect(t("playground.copied", { file: "main.ts" })).toBe("Copied main.ts to the clipboard.");
});
