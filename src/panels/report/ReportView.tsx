import { useEffect, useMemo } from "react";
import { COPY } from "../../i18n/copy";
import { INDICATORS } from "../../config/indicators";
import { useAppStore } from "../../store";
import { selectScores } from "../../store/coverage-slice";
import { reportRows } from "./report-data";
import { ReportBarrioSection } from "./ReportBarrioSection";
import { ReportHeader } from "./ReportHeader";
import { ReportIndicatorTable } from "./ReportIndicatorTable";
import { ReportSources } from "./ReportSources";
import { ReportTopDistricts } from "./ReportTopDistricts";
import { ReportTrends } from "./ReportTrends";

/**
 * Printable "estado situacional" of a district or a department (#report=district:150101 or
 * #report=department:13): indicators with national/department rank, IRS, trend, Barrio Seguro.
 * This component resolves the place and its rows; each section is its own component.
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

  if (!report || !table) return null;
  const t = COPY[lang];
  const latestPop = table.series
    .filter((s) => s.key === "population" && s.year !== null)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];

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
      <ReportHeader
        lang={lang}
        district={district}
        depName={depRows[0]?.department ?? depCode ?? ""}
        depRows={depRows}
        latestPop={latestPop}
        builtAt={manifest?.builtAt ?? null}
      />
      <ReportIndicatorTable
        lang={lang}
        table={table}
        district={district}
        depRows={depRows}
        rows={rows}
        scores={scores}
        latestPop={latestPop}
      />
      {district && <ReportTrends lang={lang} table={table} district={district} />}
      {!district && mapLayer && (
        <ReportTopDistricts lang={lang} depRows={depRows} mapLayer={mapLayer} />
      )}
      <ReportBarrioSection
        lang={lang}
        barrio={barrio}
        loading={coverageStatus === "loading"}
        ubigeo={district?.ubigeo ?? null}
        departmentCode={depCode ?? ""}
      />
      <ReportSources lang={lang} sourceIds={sourceIds} />
    </article>
  );
}
