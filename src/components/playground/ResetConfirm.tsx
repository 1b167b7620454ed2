/**
 * Asked before Reset throws the reader's edits to the file on screen away: in the page, beside
 * the controls, with the safe answer focused and Escape for it too.
 */
import { useEffect, useId, useRef } from "react";
import { useT } from "../../i18n/react.ts";

export function ResetConfirm({
  file,
  onDiscard,
  onKeep,
}: {
  file: string;
  onDiscard(): void;
  onKeep(): void;
}) {
  const t = useT();
  const keep = useRef<HTMLButtonElement>(null);
  const question = useId();
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="pg-confirm"
      role="alertdialog"
      aria-labelledby={question}
      onKeyDown={(event) => {
        if (event.key === "Escape") onKeep();
      }}
    >
      <p id={question}>{t("playground.discardQuestion", { file })}</p>
      <button type="button" className="pg-button pg-danger" onClick={onDiscard}>
        {t("playground.discard")}
      </button>
      <button type="button" className="pg-button" onClick={onKeep} ref={keep}>
        {t("playground.keep")}
      </button>
    </div>
  );
}
