/**
 * The playground's controls, one small component per job. Each is plain: it is told what it
 * does, so the same toolbar stands in the static playground (where Run wakes the editor first)
 * and in the live one.
 */
import type { ReactNode, Ref } from "react";
import type { Clock } from "../../executor/protocol.ts";
import { useT } from "../../i18n/react.ts";

export function Toolbar({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="pg-toolbar" role="toolbar" aria-label={t("playground.controls")}>
      {children}
    </div>
  );
}

interface ButtonProps {
  onClick?: () => void;
  disabled?: boolean;
}

export function RunButton({
  running,
  onRun,
  onStop,
  ref,
}: {
  running: boolean;
  onRun(): void;
  onStop(): void;
  ref?: Ref<HTMLButtonElement>;
}) {
  const t = useT();
  return running ? (
    <button type="button" className="pg-button pg-primary" onClick={onStop}>
      {t("playground.stop")}
    </button>
  ) : (
    <button
      type="button"
      className="pg-button pg-primary"
      onClick={onRun}
      aria-keyshortcuts="Control+Enter Meta+Enter"
      title={t("playground.runTitle")}
      data-control="run"
      ref={ref}
    >
      {t("playground.run")}
    </button>
  );
}

export function VisualizeButton({
  onClick,
  disabled,
  ref,
}: ButtonProps & { ref?: Ref<HTMLButtonElement> }) {
  const t = useT();
  return (
    <button
      ref={ref}
      type="button"
      className="pg-button"
      onClick={onClick}
      disabled={disabled}
      title={t("playground.visualizeTitle")}
    >
      {t("playground.visualize")}
    </button>
  );
}

/** Reset, marked "edited ·" while the files differ from the demo's (a reload keeps edits). */
export function ResetButton({
  onClick,
  disabled,
  edited = false,
}: ButtonProps & { edited?: boolean }) {
  const t = useT();
  return (
    <button type="button" className="pg-button" onClick={onClick} disabled={disabled}>
      {edited && <span className="pg-edited">{t("playground.edited")} · </span>}
      {t("playground.reset")}
    </button>
  );
}

export function CopyButton({ onClick, disabled }: ButtonProps) {
  const t = useT();
  return (
    <button type="button" className="pg-button" onClick={onClick} disabled={disabled}>
      {t("playground.copy")}
    </button>
  );
}

export function ShareButton({ onClick, disabled }: ButtonProps) {
  const t = useT();
  return (
    <button type="button" className="pg-button" onClick={onClick} disabled={disabled}>
      {t("playground.share")}
    </button>
  );
}

/** Saves the file of the tab shown, with the reader's edits. */
export function DownloadButton({ file, onClick, disabled }: ButtonProps & { file: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className="pg-button"
      onClick={onClick}
      disabled={disabled}
      title={t("playground.downloadTitle", { file })}
    >
      {t("playground.download")}
    </button>
  );
}

/** Pushes the options to the toolbar's far end (on a phone, to a row of their own). */
export function Spacer() {
  return <span className="pg-spacer" />;
}

export function CompiledToggle({
  checked,
  onChange,
  disabled,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <label className="pg-field">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        disabled={disabled}
      />
      {t("playground.showCompiled")}
    </label>
  );
}

export function ClockSelect({
  clock,
  onChange,
  disabled,
}: {
  clock: Clock;
  onChange(clock: Clock): void;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <label className="pg-field">
      {t("playground.clock")}
      <select
        value={clock}
        onChange={(event) => onChange(event.target.value as Clock)}
        disabled={disabled}
      >
        <option value="virtual">{t("playground.clockVirtual")}</option>
        <option value="real">{t("playground.clockReal")}</option>
      </select>
    </label>
  );
}
