import { useEffect, useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { INDICATORS } from "../../config/indicators";
import { formatDate, formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { selectScores } from "../../store/coverage-slice";
import { useSourceNames } from "../use-source-names";
import {
  barriosIn,
  districtTrend,
  regionTotalsFor,
  reportRows,
  riskRanks,
  seriesWithTrend,
  weightedMean,
} from "./report-data";

/**
 * Printable "estado situacional" of a district or a department (#report=district:150101 or
 * #report=department:13): indicators with national/department rank, IRS, trend, Barrio Seguro.
 * Print styles hide the rest of the app (@media print in styles/report.css).
 */
export function ReportView() {
  const report = useAppStore((s) => s.report);
  const table = useAppStore((s) => s.table);
  const lang = useAppStore((s) => s.lang);
  const barrio = useAppStore((s) => s.barrio);
  const coverageStatus = useAppStore((s) => s.coverageStatus);
  const manifest = useAppStore((s) => s.manifest);
  const mapLayer = useAppStore((s) => s.mapLayer);
  const scores = useAppStore(selectScores);
  const close = () => useAppStore.getState().setReport(null);

  useEffect(() => {
    if (report) void useAppStore.getState().loadCoverage();
  }, [report]);

  const district =
    report?.kind === "district"
      ? table?.districts.find((d) => d.ubigeo === report.ubigeo)
      : undefined;
  const depCode = report?.kind === "department" ? report.code : district?.departmentCode;
  const depRows = useMemo(
    () => (table && depCode ? table.districts.filter((d) => d.departmentCode === depCode) : []),
    [table, depCode],
  );
  const rows = useMemo(() => {
    if (!table || !report) return [];
    if (district) return reportRows(table, INDICATORS, { districtId: district.id });
    return depCode ? reportRows(table, INDICATORS, { departmentCode: depCode }) : [];
  }, [table, report, district, depCode]);
  const sourceIds = useMemo(() => [...new Set(rows.flatMap((r) => r.sourceIds))], [rows]);
  const sourceNames = useSourceNames(sourceIds);

  if (!report || !table) return null;
  const t = COPY[lang];
  const fmt = (v: number | null | undefined) => formatNumber(v, lang);
  const depName = depRows[0]?.department ?? depCode ?? "";
  const heading = district
    ? t.reportOfDistrict(district.name, district.province, district.department)
    : t.reportOfDepartment(depName);
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
  const trendKeys = district ? seriesWithTrend(table) : [];
  const barrios = district
    ? barriosIn(barrio, { ubigeo: district.ubigeo })
    : barriosIn(barrio, { departmentCode: depCode ?? "" });
  const regions = regionTotalsFor(barrio, district ? district.ubigeo : (depCode ?? ""));
  const pop = table.series.filter((s) => s.key === "population" && s.year !== null);
  const latestPop = pop.sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  const top =
    !district && mapLayer
      ? depRows
          .filter((d) => mapLayer.values[d.id] != null)
          .sort((a, b) => (mapLayer.values[b.id] ?? 0) - (mapLayer.values[a.id] ?? 0))
          .slice(0, 10)
      : [];

  return (
    <article className="report" data-testid="report" lang={lang === "es" ? "es-PE" : "en"}>
      <nav className="report-actions no-print">
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {t.reportPrint}
        </button>
        <button type="button" onClick={close} data-testid="report-close">
          {t.reportBack}
        </button>
      </nav>
      <header>
        <p className="report-kicker">
          {t.appTitle} · {t.reportTitle}
        </p>
        <h1 data-testid="report-heading">{heading}</h1>
        <p className="report-meta">
          {district ? `${t.ubigeo} ${district.ubigeo} · ` : ""}
          {district
            ? `${t.population}: ${formatNumber(latestPop?.values[district.id] ?? null, lang, 0)} ${t.inhabitants}${latestPop?.year ? ` (${latestPop.year})` : ""} · ${t.area}: ${formatNumber(district.areaKm2, lang, 1)} ${t.km2} · ${district.naturalRegion}`
            : `${t.reportDistricts}: ${formatNumber(depRows.length, lang, 0)} · ${t.population}: ${formatNumber(
                depRows.reduce((a, d) => a + (latestPop?.values[d.id] ?? 0), 0),
                lang,
                0,
              )} ${t.inhabitants}${latestPop?.year ? ` (${latestPop.year})` : ""}`}
        </p>
        <p className="report-meta">
          {t.reportGenerated(formatDate(new Date().toISOString(), lang))}
          {manifest ? ` · ${t.builtAt(formatDate(manifest.builtAt, lang))}` : ""}
        </p>
      </header>

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
                <td>
                  {irsRow.nat === null
                    ? "—"
                    : t.rankOf(
                        formatNumber(irsRow.nat, lang, 0),
                        formatNumber(irsRow.natN, lang, 0),
                      )}
                </td>
                <td>
                  {irsRow.dep === null
                    ? "—"
                    : t.rankOf(
                        formatNumber(irsRow.dep, lang, 0),
                        formatNumber(irsRow.depN, lang, 0),
                      )}
                </td>
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
                {district && (
                  <td>
                    {r.rankNational === null
                      ? "—"
                      : t.rankOf(
                          formatNumber(r.rankNational, lang, 0),
                          formatNumber(r.rankedNational, lang, 0),
                        )}
                  </td>
                )}
                {district && (
                  <td>
                    {r.rankDepartment === null
                      ? "—"
                      : t.rankOf(
                          formatNumber(r.rankDepartment, lang, 0),
                          formatNumber(r.rankedDepartment, lang, 0),
                        )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {district && <p className="report-note">{t.rankNote}</p>}
      </section>

      {district && (
        <section>
          <h2>{t.reportTrend}</h2>
          {trendKeys.map((key) => {
            const pts = districtTrend(table, key, district.id);
            const def = INDICATORS.find(
              (d) => d.formula.kind === "series" && d.formula.key === key,
            );
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
      )}

      {!district && mapLayer && top.length > 0 && (
        <section>
          <h2>
            {t.reportTop(`${mapLayer.label[lang]}${mapLayer.year ? ` (${mapLayer.year})` : ""}`)}
          </h2>
          <ol className="report-top">
            {top.map((d) => (
              <li key={d.id}>
                {d.name} ({d.province}) — {fmt(mapLayer.values[d.id])} {mapLayer.unit[lang]}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section data-testid="report-barrio">
        <h2>{t.reportBarrio}</h2>
        {coverageStatus === "loading" && <p>{t.reportLoading}</p>}
        {regions.map((r) => (
          <p key={r.region}>{t.reportBarrioRegion(r.barrios, r.region)}</p>
        ))}
        {barrios.length === 0 ? (
          <p>{t.reportBarrioNone}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t.barrioName}</th>
                <th scope="col">{t.district}</th>
                <th scope="col">{t.barrioStatus}</th>
                <th scope="col">{t.barrioDate}</th>
              </tr>
            </thead>
            <tbody>
              {barrios.map((b, i) => (
                <tr key={i}>
                  <td>{b.barrio ?? "—"}</td>
                  <td>{b.district}</td>
                  <td>{b.status}</td>
                  <td>{b.date ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <footer className="report-sources">
        <h2>{t.reportSources}</h2>
        <ul>
          {sourceNames.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </footer>
    </article>
  );
}
