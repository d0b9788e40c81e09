import { useMemo, useState } from "react";
import { COPY } from "../../i18n/copy";
import {
  IMPORT_COPY,
  describeImportFailure,
  describeImportProblem,
  unjoinedCodeLabel,
  unjoinedCsvWords,
} from "../../i18n/import-copy";
import { importKeyPrefix } from "../../core/import-apply";
import {
  PROBLEM_KINDS,
  UNJOINED_KINDS,
  unjoinedToCsv,
  type ImportReport,
} from "../../core/import-report";
import type { AggregateResult } from "../../core/import-spec";
import { SIDPOL_FAMILIES, partialYears, withCrimeTotals } from "../../core/sidpol";
import { formatNumber } from "../../lib/format";
import { useAppStore } from "../../store";
import type { StagedImport } from "../../store/import-slice";
import {
  applyPartialYearChoice,
  familiesFromModalities,
  listModalities,
  monthRangeLabel,
  type PartialYearChoice,
} from "./sidpol-families";
import { SidpolFamilyTable } from "./SidpolFamilyTable";
import { buildImportCommit, commitFailure, type IndicatorChoice } from "./import-commit";

const MAX_LISTED = 30;
/** Indicator rows (unit, direction, weight) drawn; the rest import with the defaults (issue #13). */
const MAX_INDICATOR_ROWS = 50;

type Choice = IndicatorChoice;

/**
 * The validation report of a staged import: counts, problems with their row numbers, unjoined rows
 * (downloadable), and the choices that shape the result (SIDPOL: families and partial year;
 * others: unit, direction and weight of each new indicator). Confirm applies; discard forgets.
 */
export function ImportReportView() {
  const staged = useAppStore((s) => s.stagedImport);
  if (!staged) return null;
  // A new staged import remounts the view so the choices start from their defaults.
  return <StagedReport key={`${staged.fileName}:${staged.report.rowsRead}`} staged={staged} />;
}

function StagedReport({ staged }: { staged: StagedImport }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const w = IMPORT_COPY[lang];
  const { report, result } = staged;
  const [assignment, setAssignment] = useState<Record<string, string>>({});
  const [partial, setPartial] = useState<PartialYearChoice>("exclude");
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [done, setDone] = useState<string | null>(null);

  const sidpol = staged.kind === "sidpol";
  const modalities = useMemo(
    () =>
      sidpol && result && staged.grouping === "modality"
        ? listModalities(result, SIDPOL_FAMILIES)
        : [],
    [sidpol, result, staged.grouping],
  );
  const families = useMemo<AggregateResult | null>(() => {
    if (!sidpol || !result) return null;
    return staged.grouping === "modality"
      ? familiesFromModalities(result, modalities, assignment, SIDPOL_FAMILIES)
      : withCrimeTotals(result, SIDPOL_FAMILIES);
  }, [sidpol, result, staged.grouping, modalities, assignment]);
  // Modalities that no pattern matched and the user left in the fallback family ("other").
  const unmapped: { value: string; total: number }[] =
    staged.grouping === "modality"
      ? modalities
          .filter(
            (m) => !m.mapped && (assignment[m.key] ?? m.defaultFamily) === SIDPOL_FAMILIES.fallback,
          )
          .map((m) => ({ value: m.label, total: m.total }))
      : report.unmappedGroups;
  const partialList = result ? partialYears(result.monthsByYear) : [];
  const finalResult = families ? applyPartialYearChoice(families, partial) : result;
  const prefix = importKeyPrefix(staged.fileName);
  const security = staged.kind === "security";
  const numericKeys =
    sidpol || security
      ? []
      : [...new Set((result?.columns ?? []).filter((c) => c.kind === "numeric").map((c) => c.key))];
  const choiceOf = (key: string): Choice =>
    choices[prefix + key] ?? { unit: w.defaultUnit, direction: 1, weight: 1 };
  const setChoice = (key: string, patch: Partial<Choice>) =>
    setChoices({ ...choices, [prefix + key]: { ...choiceOf(key), ...patch } });

  const confirm = () => {
    if (!finalResult) return;
    const indicatorChoices: Record<string, Choice> = {};
    for (const k of numericKeys) indicatorChoices[prefix + k] = choiceOf(k);
    const commit = buildImportCommit({
      staged,
      result: finalResult,
      partialYears: partialList,
      partial,
      keyPrefix: prefix,
      indicatorChoices,
      words: w,
    });
    try {
      useAppStore.getState().confirmImport(commit);
      setDone(t.importApplied(staged.fileName));
    } catch (e) {
      setDone(t.readFailed(describeImportFailure(lang, commitFailure(e))));
    }
  };

  return (
    <section
      className="datos-report"
      aria-labelledby="datos-report-title"
      data-testid="import-report"
    >
      <h3 id="datos-report-title" className="panel-heading">
        {t.impReportTitle}: {staged.fileName}
      </h3>
      {report.fatal && (
        <div className="fesc-error" role="alert" data-testid="import-fatal">
          <strong>{t.reportFatal}</strong>
          <div>{describeImportProblem(lang, report.fatal)}</div>
        </div>
      )}
      <Counts report={report} />
      {partialList.length > 0 && (
        <div className="fesc-warning" data-testid="rep-partial">
          {partialList.map((y) => (
            <div key={y}>
              {t.partialYear(y, monthRangeLabel(result?.monthsByYear[String(y)] ?? []))}
            </div>
          ))}
          <label className="field">
            <span>{t.partialChoiceLabel}</span>
            <select
              value={partial}
              onChange={(e) =>
                setPartial(
                  e.target.value === "annualise"
                    ? "annualise"
                    : e.target.value === "keep"
                      ? "keep"
                      : "exclude",
                )
              }
              data-testid="rep-partial-choice"
            >
              <option value="exclude">{t.partialExclude}</option>
              <option value="annualise">{t.partialAnnualise}</option>
              <option value="keep">{t.partialKeep}</option>
            </select>
          </label>
        </div>
      )}
      <Problems report={report} />
      {sidpol && unmapped.length > 0 && (
        <div className="fesc-warning" data-testid="rep-unmapped">
          <strong>{t.unmappedTitle(unmapped.length)}</strong>
          <ul>
            {unmapped.slice(0, MAX_LISTED).map((g) => (
              <li key={g.value}>
                {g.value} ({formatNumber(g.total, lang, 0)})
              </li>
            ))}
          </ul>
        </div>
      )}
      {sidpol && modalities.length > 0 && (
        <SidpolFamilyTable
          modalities={modalities}
          assignment={assignment}
          onChange={setAssignment}
        />
      )}
      {finalResult && sidpol && <FamilyTotals result={finalResult} />}
      {!sidpol && numericKeys.length > 0 && (
        <fieldset className="datos-indicators" data-testid="rep-indicators">
          <legend>{t.newIndicators}</legend>
          <table className="datos-table">
            <thead>
              <tr>
                <th>{t.indicators}</th>
                <th>{t.unitLabel}</th>
                <th>{t.directionLabel}</th>
                <th>{t.weightLabel}</th>
              </tr>
            </thead>
            <tbody>
              {numericKeys.slice(0, MAX_INDICATOR_ROWS).map((k) => {
                const c = choiceOf(k);
                const label = result?.columns.find((x) => x.key === k)?.label ?? k;
                return (
                  <tr key={k}>
                    <th scope="row">{label}</th>
                    <td>
                      <input
                        type="text"
                        value={c.unit}
                        aria-label={`${t.unitLabel}: ${label}`}
                        onChange={(e) => setChoice(k, { unit: e.target.value })}
                      />
                    </td>
                    <td>
                      <select
                        value={c.direction}
                        aria-label={`${t.directionLabel}: ${label}`}
                        onChange={(e) =>
                          setChoice(k, { direction: e.target.value === "-1" ? -1 : 1 })
                        }
                      >
                        <option value={1}>{t.dirUp}</option>
                        <option value={-1}>{t.dirDown}</option>
                      </select>
                    </td>
                    <td>
                      <input
                        type="number"
                        min={0}
                        step={0.5}
                        value={c.weight}
                        aria-label={`${t.weightLabel}: ${label}`}
                        onChange={(e) => {
                          const w = Number(e.target.value);
                          setChoice(k, { weight: Number.isFinite(w) && w >= 0 ? w : 0 });
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {numericKeys.length > MAX_INDICATOR_ROWS && (
            <p className="muted" data-testid="rep-indicators-more">
              {t.moreIndicatorsNotListed(
                formatNumber(numericKeys.length - MAX_INDICATOR_ROWS, lang, 0),
              )}
            </p>
          )}
        </fieldset>
      )}
      {!sidpol &&
        report.categorical.slice(0, MAX_LISTED).map((c) => (
          <p key={c.column} className="muted" data-testid="rep-categorical">
            {t.categoryColumn(c.column, c.categories.length)}
          </p>
        ))}
      {!sidpol && report.categorical.length > MAX_LISTED && (
        <p className="muted">
          {t.moreColumnsNotListed(formatNumber(report.categorical.length - MAX_LISTED, lang, 0))}
        </p>
      )}
      {done && (
        <p className="fesc-note" role="status">
          {done}
        </p>
      )}
      <div className="datos-actions">
        <button
          type="button"
          className="primary"
          disabled={!finalResult}
          onClick={confirm}
          data-testid="import-confirm"
        >
          {t.confirmImport}
        </button>
        <button
          type="button"
          onClick={() => useAppStore.getState().discardImport()}
          data-testid="import-discard"
        >
          {t.discardImport}
        </button>
      </div>
    </section>
  );
}

function Counts({ report }: { report: ImportReport }) {
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

function Problems({ report }: { report: ImportReport }) {
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

/** Reports per family and year of the final result (what the index will use). */
function FamilyTotals({ result }: { result: AggregateResult }) {
  const lang = useAppStore((s) => s.lang);
  const t = COPY[lang];
  const years = result.years;
  const keys = [...new Set(result.columns.map((c) => c.key))];
  const label = (k: string) =>
    k === "total"
      ? lang === "es"
        ? "Total"
        : "Total"
      : (SIDPOL_FAMILIES.families.find((f) => f.id === k)?.label[lang] ?? k);
  const total = (k: string, y: number) =>
    (result.columns.find((c) => c.key === k && c.year === y)?.values ?? []).reduce<number>(
      (s, v) => s + (v ?? 0),
      0,
    );
  return (
    <div className="datos-scroll">
      <table className="datos-table" data-testid="rep-family-totals">
        <caption>{t.familyTotals}</caption>
        <thead>
          <tr>
            <th>{t.familyCol}</th>
            {years.map((y) => (
              <th key={y}>{y}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} data-family={k}>
              <th scope="row">{label(k)}</th>
              {years.map((y) => (
                <td key={y}>{formatNumber(total(k, y), lang, 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
