import type { DistrictRow, DistrictTable, Series } from "../../data/contract";
import type { DistrictScore, Lang } from "../../core/types";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { riskRanks, weightedMean, type ReportRow } from "./report-data";

/** "3 de 1 891", or "—" when the place has no rank. */
function rankText(lang: Lang, rank: number | null, ranked: number): string {
  return rank === null
    ? "—"
    : COPY[lang].rankOf(formatNumber(rank, lang, 0), formatNumber(ranked, lang, 0));
}

/**
 * The indicator table: one row per indicator (value or department mean, national mean and, for a
 * district, its national and department rank), headed by the IRS row when a district has scores.
 */
export function ReportIndicatorTable({
  lang,
  table,
  district,
  depRows,
  rows,
  scores,
  latestPop,
}: {
  lang: Lang;
  table: DistrictTable;
  district: DistrictRow | undefined;
  depRows: readonly DistrictRow[];
  rows: readonly ReportRow[];
  scores: readonly DistrictScore[] | null;
  latestPop: Series | undefined;
}) {
  const t = COPY[lang];
  const fmt = (v: number | null | undefined) => formatNumber(v, lang);
  const irs = scores?.map((s) => s.irs) ?? null;
  const irsRow = (() => {
    if (!irs || !district) return null;
    const nat = riskRanks(irs, 1, null);
    const dep = riskRanks(
      irs,
      1,
      depRows.map((d) => d.id),
    );
    const cls = scores?.[district.id]?.classIndex ?? null;
    return {
      value: irs[district.id] ?? null,
      nat: nat.ranks[district.id] ?? null,
      natN: nat.ranked,
      dep: dep.ranks[district.id] ?? null,
      depN: dep.ranked,
      cls: cls === null ? t.noData : (t.classLabels[cls] ?? ""),
    };
  })();
  return (
    <section>
      <h2>{t.reportIndicators}</h2>
      <table className="report-table" data-testid="report-indicators">
        <thead>
          <tr>
            <th scope="col">{t.reportIndicator}</th>
            <th scope="col">{t.reportYear}</th>
            <th scope="col">{district ? t.value : t.reportMean}</th>
            <th scope="col">{t.reportNationalMean}</th>
            {district && <th scope="col">{t.rankNational}</th>}
            {district && <th scope="col">{t.rankDepartment}</th>}
          </tr>
        </thead>
        <tbody>
          {irsRow && (
            <tr data-indicator="irs">
              <th scope="row">{t.irs}</th>
              <td>—</td>
              <td>
                {fmt(irsRow.value)} · {irsRow.cls}
              </td>
              <td>
                {fmt(
                  irs
                    ? weightedMean(
                        irs,
                        latestPop?.values ?? null,
                        table.districts.map((d) => d.id),
                      )
                    : null,
                )}
              </td>
              <td>{rankText(lang, irsRow.nat, irsRow.natN)}</td>
              <td>{rankText(lang, irsRow.dep, irsRow.depN)}</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.id} data-indicator={r.id}>
              <th scope="row">
                {r.label[lang]} <span className="report-unit">({r.unit[lang]})</span>
              </th>
              <td>{r.year ?? "—"}</td>
              <td>{r.value === null ? t.noData : fmt(r.value)}</td>
              <td>{fmt(r.nationalMean)}</td>
              {district && <td>{rankText(lang, r.rankNational, r.rankedNational)}</td>}
              {district && <td>{rankText(lang, r.rankDepartment, r.rankedDepartment)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {district && <p className="report-note">{t.rankNote}</p>}
    </section>
  );
}
