/**
 * What a playground's file tab says, the same before the editor loads (the static tab row)
 * and after (the editor's tabs).
 */

import { t } from "../../i18n/ui.ts";

/** The Python twin's tab, beside the demo's TypeScript files. */
export const TWIN = "main.py";

export function TabLabel({ name }: { name: string }) {
  return (
    <>
      {name}
      {name === TWIN && <span className="pg-tab-note"> · {t("python.tab")}</span>}
    </>
  );
}
