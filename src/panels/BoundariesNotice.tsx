import { COPY } from "../i18n/copy";
import { SCHEMA_COPY } from "../i18n/schema-copy";
import { useAppStore } from "../store";

/**
 * Says so when the detailed boundaries failed to load: the map still works from its tiles, but
 * close-ups are coarser than they should be. The message names the file and the problem.
 */
export function BoundariesNotice() {
  const error = useAppStore((s) => s.boundariesError);
  const lang = useAppStore((s) => s.lang);
  if (!error) return null;
  return (
    <div className="notice notice-warn" role="status" data-testid="boundaries-notice">
      <strong>{COPY[lang].boundariesMissing}</strong>
      <div className="muted">{error.map(SCHEMA_COPY[lang].dataIssue).join("\n")}</div>
    </div>
  );
}
