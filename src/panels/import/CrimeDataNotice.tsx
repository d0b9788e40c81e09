import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";

/**
 * Says plainly whether crime counts by district (SIDPOL) are in the data in force, and if not, the
 * steps to add them here.
 */
export function CrimeDataNotice() {
  const lang = useAppStore((s) => s.lang);
  const defs = useAppStore((s) => s.indicatorDefs);
  const meta = useAppStore((s) => s.indexMeta);
  const manifest = useAppStore((s) => s.manifest);
  const t = COPY[lang];
  const crimeIds = defs.filter((d) => d.crime).map((d) => d.id);
  const absent =
    crimeIds.length > 0 &&
    (meta
      ? crimeIds.every((id) => meta.missingIndicators.includes(id))
      : manifest?.crime.present !== true);
  if (!absent) {
    return manifest?.crime.present ? (
      <p className="fesc-note" data-testid="data-crime-present">
        {t.crimeInUse(manifest.crime.years.join(", "))}
      </p>
    ) : null;
  }
  return (
    <div className="fesc-warning" role="note" data-testid="data-crime-notice">
      <strong>{t.crimeAbsentTitle}</strong>
      <ol className="datos-steps">
        {t.crimeSteps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
    </div>
  );
}
