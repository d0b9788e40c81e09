import { useEffect, useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { SCHEMA_COPY } from "../../i18n/schema-copy";
import { districtsWithoutCrimeRecord } from "../../core/crime-period";
import { rankDistricts } from "../../core/rank";
import { smoothColumn } from "../../core/smoothing";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { selectIndicatorColumns } from "../../store/index-slice";
import { FamilyTrends } from "./FamilyTrends";

/**
 * The crime part of the district card: the period and population year the rates use, each crime
 * family's rate (observed, smoothed as the index smooths it, rank), reports per year, families the
 * release does not have, a notice for districts SIDPOL never records, and the monthly trend per
 * family (loaded on first open) with the year-on-year change.
 */
export function CrimeCardSection({ districtId }: { districtId: number }) {
  const lang = useAppStore((s) => s.lang);
  const table = useAppStore((s) => s.table);
  const defs = useAppStore((s) => s.indicatorDefs);
  const methodology = useAppStore((s) => s.methodology);
  const crimePresent = useAppStore((s) => s.manifest?.crime.present ?? false);
  const imported = useAppStore(
    (s) =>
      s.table?.series.some((x) => x.sourceId !== "sidpol" && x.key.startsWith("crime_")) ?? false,
  );
  const t = COPY[lang];
  const resolved = useMemo(
    () => selectIndicatorColumns({ table, indicatorDefs: defs, methodology }),
    [table, defs, methodology],
  );
  const crimeDefs = useMemo(() => defs.filter((d) => d.crime && !d.summary), [defs]);
  const rows = useMemo(() => {
    if (!resolved || !table) return [];
    const neighbors = table.districts.map((d) => d.neighbors);
    return crimeDefs.map((def) => {
      const col = resolved.columns.find((c) => c.id === def.id);
      const missing = !col || resolved.missingIndicators.includes(def.id);
      if (!col || missing) return { def, missing: true as const };
      const smoothed =
        methodology.smoothing === "none"
          ? null
          : (smoothColumn(col, methodology.smoothing, neighbors).values[districtId] ?? null);
      const years = col.period?.years.length ?? 1;
      const count = col.counts?.[districtId] ?? null;
      const rank = rankDistricts(col.values)[districtId] ?? null;
      const scored = col.values.filter((v) => v !== null).length;
      return {
        def,
        missing: false as const,
        rate: col.values[districtId] ?? null,
        smoothed,
        perYear:
          count === null
            ? null
            : count / years / (col.period?.annualised ? (col.period.months?.length ?? 12) / 12 : 1),
        rank,
        scored,
        period: col.period,
      };
    });
  }, [resolved, table, crimeDefs, methodology.smoothing, districtId]);
  const unrecorded = useMemo(
    () => (table ? districtsWithoutCrimeRecord(table).includes(districtId) : false),
    [table, districtId],
  );
  const row = table?.districts[districtId];
  const depCode = row?.departmentCode ?? null;
  const monthly = useAppStore((s) => (depCode ? s.crimeMonthly[depCode] : undefined));
  useEffect(() => {
    if (crimePresent && depCode && !unrecorded) useAppStore.getState().loadCrimeMonthly(depCode);
  }, [crimePresent, depCode, unrecorded]);

  if (!table || !row || crimeDefs.length === 0) return null;
  if (rows.every((r) => r.missing)) return null;
  const period = rows.find((r) => !r.missing && r.period)?.period;
  const file = monthly?.status === "ready" ? monthly.file : null;
  const area = file?.areas.find((a) => a.code === row.ubigeo) ?? null;

  return (
    <section className="crime-card" data-testid="crime-card" aria-labelledby="crime-card-title">
      <h3 className="card-section" id="crime-card-title">
        {t.crimeCardTitle}
      </h3>
      {period && (
        <div className="card-meta" data-testid="crime-card-period">
          {t.crimeCardPeriod(
            t.periodText(period.years, period.months, period.annualised),
            t.populationYears(period.populationYears),
          )}
        </div>
      )}
      {unrecorded ? (
        <p className="irs-notice" data-testid="crime-unrecorded">
          {t.crimeUnrecorded}
        </p>
      ) : (
        <table className="card-table crime-table">
          <thead>
            <tr>
              <th scope="col" />
              <td>{t.crimeCardRate}</td>
              {methodology.smoothing !== "none" && <td>{t.crimeCardSmoothed}</td>}
              <td>{t.crimeCardCount}</td>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) =>
              r.missing ? (
                <tr key={r.def.id} data-crime={r.def.id} data-missing="true">
                  <th scope="row">{r.def.label[lang]}</th>
                  <td colSpan={3} className="muted">
                    {t.crimeNotInRelease}
                  </td>
                </tr>
              ) : (
                <tr key={r.def.id} data-crime={r.def.id} data-rate={r.rate ?? ""}>
                  <th scope="row">{r.def.label[lang]}</th>
                  <td>
                    {formatNumber(r.rate, lang, 1)}
                    <div className="card-meta">
                      {r.rank === null
                        ? ""
                        : t.crimeCardRankOf(
                            formatNumber(r.rank, lang, 0),
                            formatNumber(r.scored, lang, 0),
                          )}
                    </div>
                  </td>
                  {methodology.smoothing !== "none" && <td>{formatNumber(r.smoothed, lang, 1)}</td>}
                  <td>{formatNumber(r.perYear, lang, 0)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {!unrecorded && crimePresent && (
        <div className="crime-trend" data-testid="crime-trend">
          <h4 className="irs-card-sub">{t.crimeTrendTitle}</h4>
          {imported && <p className="card-meta">{t.crimeTrendImported}</p>}
          {monthly?.status === "loading" && <p className="muted">{t.crimeTrendLoading}</p>}
          {monthly?.status === "error" && (
            <p className="muted">
              {t.crimeTrendError(monthly.issues.map(SCHEMA_COPY[lang].dataIssue).join("; "))}
            </p>
          )}
          {file && area && <FamilyTrends file={file} area={area} />}
        </div>
      )}
    </section>
  );
}
