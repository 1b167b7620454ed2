/** CPython's download, as a progress bar in bytes (the first Python run of a visit pays it). */
import type { Progress } from "../../executor/python-files.ts";
import { t } from "../../i18n/ui.ts";

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export default function PythonLoading({
  progress,
  onCancel,
}: {
  progress: Progress;
  onCancel(): void;
}) {
  const { loaded, total } = progress;
  // A compressed response's Content-Length counts compressed bytes: the bar stops at full.
  const shown = total === null ? loaded : Math.min(loaded, total);
  const done = total !== null && loaded >= total;
  return (
    <div className="pg-python-loading">
      <progress aria-label={t("python.progress")} value={shown} max={total ?? undefined} />
      <p className="pg-status" role="status">
        {done
          ? t("python.starting")
          : total === null
            ? t("python.loadingUnsized", { loaded: megabytes(loaded) })
            : t("python.loading", { loaded: megabytes(shown), total: megabytes(total) })}
      </p>
      {!done && (
        <button type="button" className="pg-button" onClick={onCancel}>
          {t("python.cancel")}
        </button>
      )}
    </div>
  );
}
