import { useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { districtsWithoutCrimeRecord, rateVolumeMovers } from "../../core/crime-period";
import { methodologyPeriod } from "../../core/indicator-values";
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";

/**
 * The crime part of the methodology sheet: source and limits, the year and population rules, each
 * family with its meaning and default weight (and whether the loaded release has it), the measured
 * basis of the default window, the districts SIDPOL never records, and the rate-vs-volume movers.
 */
export function SheetCrimeSection() {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const meta = useAppStore((s) => s.indexMeta);
  const manifest = useAppStore((s) => s.manifest);
  const methodology = useAppStore((s) => s.methodology);
  const t = COPY[lang];
  const unrecorded = useMemo(() => (table ? districtsWithoutCrimeRecord(table) : []), [table]);
  const movers = useMemo(
    () => (table ? rateVolumeMovers(table, defs, methodologyPeriod(methodology)) : []),
    [table, defs, methodology],
  );
  if (!table || !meta || !manifest?.crime.present) return null;
  const latest =
    Object.entries(meta.indicatorYears).find(([id]) => defs.find((d) => d.id === id)?.crime)?.[1] ??
    null;
  const stability = manifest.crime.stability ?? [];
  const name = (id: number) => {
    const d = table.districts[id];
    return d ? `${d.name} (${d.department})` : String(id);
  };
  return (
    <section data-testid="sheet-crime">
      <h2>{t.sheetCrimeTitle}</h2>
      <p>{t.sheetCrimeSource(manifest.crime.years.join(", "))}</p>
      <p>{t.sheetCrimePeriod(String(latest ?? "—"))}</p>
      <p>{t.sheetCrimePopulation}</p>
      <h3>{t.sheetFamilies}</h3>
      <table className="irs-sheet-table" data-testid="sheet-families">
        <thead>
          <tr>
            <th scope="col">{t.reportIndicator}</th>
            <th scope="col">{t.sheetDefaultWeight}</th>
            <th scope="col">{t.sheetFamilyInRelease}</th>
          </tr>
        </thead>
        <tbody>
          {SIDPOL_FAMILIES.families.map((f) => {
            const def = defs.find((d) => d.id === `crime_${f.id}_rate`);
            const absent = def ? meta.missingIndicators.includes(def.id) : true;
            return (
              <tr key={f.id} data-family={f.id}>
                <th scope="row">
                  {f.label[lang]}
                  <div className="muted">{f.description?.[lang] ?? ""}</div>
                </th>
                <td>{formatNumber(def?.defaultWeight ?? 0, lang, 1)}</td>
                <td>{absent ? t.crimeNotInRelease : t.sheetYes}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {stability.length > 0 && (
        <>
          <h3>{t.sheetWindowTitle}</h3>
          <p>{t.sheetWindowIntro(String(stability[0]?.topN ?? 36))}</p>
          <table className="irs-sheet-table" data-testid="sheet-window">
            <thead>
              <tr>
                <th scope="col">{t.sheetWindowCol}</th>
                <th scope="col">{t.sheetWindowRho}</th>
                <th scope="col">{t.sheetWindowSmall}</th>
                <th scope="col">{t.sheetWindowKept}</th>
              </tr>
            </thead>
            <tbody>
              {stability.map((s) => (
                <tr key={s.window} data-window={s.window}>
                  <th scope="row">{s.window}</th>
                  <td>{formatNumber(s.meanCorrelation, lang, 3)}</td>
                  <td>{formatNumber(s.smallInTop, lang, 0)}</td>
                  <td>
                    {formatNumber(s.topOverlap, lang, 0)} / {formatNumber(s.topN, lang, 0)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t.sheetWindowChoice}</p>
        </>
      )}
      <h3>{t.sheetUnrecordedTitle}</h3>
      <p data-testid="sheet-unrecorded">
        {t.sheetUnrecorded(formatNumber(unrecorded.length, lang, 0))}{" "}
        {unrecorded.map(name).join(", ")}.
      </p>
      <p>{t.sheetCoverageRule}</p>
      {movers.length > 0 && (
        <>
          <h3>{t.sheetMoversTitle}</h3>
          <p>{t.sheetMoversIntro}</p>
          <table className="irs-sheet-table" data-testid="sheet-movers">
            <thead>
              <tr>
                <th scope="col">{t.district}</th>
                <th scope="col">{t.sheetRateRank}</th>
                <th scope="col">{t.sheetVolumeRank}</th>
              </tr>
            </thead>
            <tbody>
              {movers.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{name(m.id)}</th>
                  <td>{formatNumber(m.rateRank, lang, 0)}</td>
                  <td>{formatNumber(m.volumeRank, lang, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
