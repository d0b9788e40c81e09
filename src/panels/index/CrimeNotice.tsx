import { COPY } from "../../i18n/copy";
import { useAppStore } from "../../store";

/**
 * Plain statement, wherever the IRS is shown, that crime data (SIDPOL) is absent, how to add it, and
 * which indicators the index is computed from instead.
 */
export function CrimeNotice({ compact = false }: { compact?: boolean }) {
  const lang = useAppStore((s) => s.lang);
  const manifest = useAppStore((s) => s.manifest);
  const meta = useAppStore((s) => s.indexMeta);
  const defs = useAppStore((s) => s.indicatorDefs);
  if (!meta) return null;
  const t = COPY[lang];
  const crimeIds = new Set(defs.filter((d) => d.crime).map((d) => d.id));
  // Absent = no crime series in the data in force (an import in «Datos» can add them later).
  const crimeAbsent =
    (manifest?.crime.present === false || crimeIds.size > 0) &&
    [...crimeIds].every((id) => meta.missingIndicators.includes(id));
  const absentFamilies = crimeAbsent
    ? []
    : defs.filter((d) => d.crime && meta.missingIndicators.includes(d.id));
  const used = meta.indicatorsUsed
    .map((id) => defs.find((d) => d.id === id)?.label[lang] ?? id)
    .join(", ");
  return (
    // A warning only when something is missing; otherwise a plain line naming the indicators.
    <div
      className={crimeAbsent || absentFamilies.length > 0 ? "irs-notice" : "irs-plain"}
      data-testid="irs-crime-notice"
      role="note"
    >
      {crimeAbsent && (
        <>
          <strong>{t.crimeAbsentTitle}</strong>
          <p>{t.idxCrimeAbsentBody}</p>
          {!compact && <p className="muted">{t.idxCrimeHowTo}</p>}
        </>
      )}
      {absentFamilies.length > 0 && (
        <p data-testid="irs-families-absent">
          {t.idxFamiliesAbsent(absentFamilies.map((d) => d.label[lang]).join(", "))}
        </p>
      )}
      <p className={crimeAbsent ? "irs-used" : "irs-used muted"} data-testid="irs-used">
        {meta.indicatorsUsed.length === 0
          ? t.idxNoIndicators
          : crimeAbsent || absentFamilies.length > 0
            ? t.idxComputedFrom(used)
            : t.idxIndicatorsUsed(used)}
      </p>
    </div>
  );
}
