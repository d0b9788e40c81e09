import { PROBLEM_KINDS, type ImportReport } from "../../core/import-report";
import { COPY } from "../../i18n/copy";
import { IMPORT_COPY } from "../../i18n/import-copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";

/** The import report's counts: rows read and joined, districts, repairs, years, problems by kind. */
export function ImportCounts({ report }: { report: ImportReport }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const n = (v: number) => formatNumber(v, lang, 0);
  return (
    <dl className="datos-counts" data-testid="rep-counts">
      <dt>{t.repRead}</dt>
      <dd data-testid="rep-rows-read">{n(report.rowsRead)}</dd>
      <dt>{t.repJoined}</dt>
      <dd data-testid="rep-rows-joined">{n(report.rowsJoined)}</dd>
      <dt>{t.repDistricts}</dt>
      <dd data-testid="rep-districts">{n(report.districtsJoined)}</dd>
      {report.repairedCodes > 0 && (
        <>
          <dt>{t.repRepaired}</dt>
          <dd data-testid="rep-repaired">{n(report.repairedCodes)}</dd>
        </>
      )}
      {report.rowsFiltered > 0 && (
        <>
          <dt>{t.repFiltered}</dt>
          <dd>{n(report.rowsFiltered)}</dd>
        </>
      )}
      {report.years.length > 0 && (
        <>
          <dt>{t.repYears}</dt>
          <dd>{report.years.join(", ")}</dd>
        </>
      )}
      {PROBLEM_KINDS.filter((k) => k !== "fatal" && report.problemCounts[k] > 0).map((k) => (
        <div key={k} className="datos-count-problem" data-kind={k}>
          <dt>{IMPORT_COPY[lang].problemKinds[k]}</dt>
          <dd data-testid={`rep-count-${k}`}>{n(report.problemCounts[k])}</dd>
        </div>
      ))}
    </dl>
  );
}
