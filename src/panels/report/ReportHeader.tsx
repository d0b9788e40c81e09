import type { DistrictRow, Series } from "../../data/contract";
import type { Lang } from "../../core/types";
import { COPY } from "../../i18n/copy";
import { formatDate, formatNumber } from "../../lib/format";

/**
 * The report's title block: heading, the place's key facts (ubigeo, population, area, region for a
 * district; district count and summed population for a department) and the dates of the report
 * and of the data build.
 */
export function ReportHeader({
  lang,
  district,
  depName,
  depRows,
  latestPop,
  builtAt,
}: {
  lang: Lang;
  district: DistrictRow | undefined;
  depName: string;
  depRows: readonly DistrictRow[];
  /** The latest population series (or none), read per district id. */
  latestPop: Series | undefined;
  builtAt: string | null;
}) {
  const t = COPY[lang];
  const popYear = latestPop?.year ? ` (${latestPop.year})` : "";
  const heading = district
    ? t.reportOfDistrict(district.name, district.province, district.department)
    : t.reportOfDepartment(depName);
  return (
    <header>
      <p className="report-kicker">
        {t.appTitle} · {t.reportTitle}
      </p>
      <h1 data-testid="report-heading">{heading}</h1>
      <p className="report-meta">
        {district ? `${t.ubigeo} ${district.ubigeo} · ` : ""}
        {district
          ? `${t.population}: ${formatNumber(latestPop?.values[district.id] ?? null, lang, 0)} ${t.inhabitants}${popYear} · ${t.area}: ${formatNumber(district.areaKm2, lang, 1)} ${t.km2} · ${district.naturalRegion}`
          : `${t.reportDistricts}: ${formatNumber(depRows.length, lang, 0)} · ${t.population}: ${formatNumber(
              depRows.reduce((a, d) => a + (latestPop?.values[d.id] ?? 0), 0),
              lang,
              0,
            )} ${t.inhabitants}${popYear}`}
      </p>
      <p className="report-meta">
        {t.reportGenerated(formatDate(new Date().toISOString(), lang))}
        {builtAt ? ` · ${t.builtAt(formatDate(builtAt, lang))}` : ""}
      </p>
    </header>
  );
}
