import {
  PROBLEM_KINDS,
  UNJOINED_KINDS,
  unjoinedToCsv,
  type ImportReport,
} from "../../core/import-report";
import { COPY } from "../../i18n/copy";
import {
  IMPORT_COPY,
  describeImportProblem,
  unjoinedCodeLabel,
  unjoinedCsvWords,
} from "../../i18n/import-copy";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import { MAX_LISTED } from "./report-limits";

/**
 * The import report's problems (first MAX_LISTED, with a count of the rest), the codes that joined
 * no district, and the download of the unjoined rows as CSV.
 */
export function ImportProblems({ report }: { report: ImportReport }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const listed = report.problems.filter((p) => p.kind !== "fatal");
  const total = PROBLEM_KINDS.reduce(
    (s, k) => s + (k === "fatal" ? 0 : report.problemCounts[k]),
    0,
  );
  const w = IMPORT_COPY[lang];
  const hasUnjoined = listed.some((p) => UNJOINED_KINDS.has(p.kind));
  const download = () => {
    const csv = unjoinedToCsv(report, unjoinedCsvWords(lang));
    const blob = new Blob([`\ufeff${csv}`], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = `${w.unjoinedFileName((report.files[0] ?? w.unjoinedFileFallback).replace(/\.[^.]*$/, ""))}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="datos-problems">
      <h4>{t.repProblems}</h4>
      {listed.length === 0 ? (
        <p className="muted">{t.repNoProblems}</p>
      ) : (
        <ul data-testid="rep-problems">
          {listed.slice(0, MAX_LISTED).map((p, i) => (
            <li key={i} data-kind={p.kind}>
              {describeImportProblem(lang, p)}
            </li>
          ))}
          {total > MAX_LISTED && (
            <li className="muted">{t.repMore(formatNumber(total - MAX_LISTED, lang, 0))}</li>
          )}
        </ul>
      )}
      {report.unjoinedCodes.length > 0 && (
        <p data-testid="rep-unjoined">
          {t.unjoinedCodes}:{" "}
          {[
            ...report.unjoinedCodes.slice(0, MAX_LISTED),
            ...(report.unjoinedOverflowRows > 0 && report.unjoinedCodes.length < MAX_LISTED
              ? [{ code: w.otherCodes, rows: report.unjoinedOverflowRows }]
              : []),
          ]
            .map((c) => `${unjoinedCodeLabel(lang, c.code)} (${formatNumber(c.rows, lang, 0)})`)
            .join(", ")}
        </p>
      )}
      {hasUnjoined && (
        <button
          type="button"
          className="link"
          onClick={download}
          data-testid="rep-download-unjoined"
        >
          {t.downloadUnjoined}
        </button>
      )}
    </div>
  );
}
