import type { DistrictRow, DistrictTable } from "../../data/contract";
import type { Lang } from "../../core/types";
import { INDICATORS } from "../../config/indicators";
import { COPY } from "../../i18n/copy";
import { formatNumber } from "../../lib/format";
import { districtTrend, seriesWithTrend } from "./report-data";

/** One small year-by-year table per series with more than one year, for one district. */
export function ReportTrends({
  lang,
  table,
  district,
}: {
  lang: Lang;
  table: DistrictTable;
  district: DistrictRow;
}) {
  const t = COPY[lang];
  return (
    <section>
      <h2>{t.reportTrend}</h2>
      {seriesWithTrend(table).map((key) => {
        const pts = districtTrend(table, key, district.id);
        const def = INDICATORS.find((d) => d.formula.kind === "series" && d.formula.key === key);
        const label =
          def?.label[lang] ?? table.series.find((s) => s.key === key)?.label[lang] ?? key;
        return (
          <table
            key={key}
            className="report-table report-trend"
            data-testid={`report-trend-${key}`}
          >
            <caption>{label}</caption>
            <thead>
              <tr>
                {pts.map((p) => (
                  <th key={p.year} scope="col">
                    {p.year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {pts.map((p) => (
                  <td key={p.year}>{formatNumber(p.value, lang, 0)}</td>
                ))}
              </tr>
            </tbody>
          </table>
        );
      })}
      <p className="report-note">{t.reportTrendNone}</p>
    </section>
  );
}
