import { useMemo, useState } from "react";
import { COPY } from "../../i18n/copy";
import { IMPORT_COPY, describeImportFailure, describeImportProblem } from "../../i18n/import-copy";
import { importKeyPrefix } from "../../core/import-apply";
import type { AggregateResult } from "../../core/import-spec";
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import { partialYears, withCrimeTotals } from "../../core/sidpol";
import { useAppStore } from "../../store";
import type { StagedImport } from "../../store/import-slice";
import {
  applyPartialYearChoice,
  familiesFromModalities,
  listModalities,
  type PartialYearChoice as PartialChoice,
} from "./sidpol-families";
import { CategoricalColumns } from "./CategoricalColumns";
import { FamilyTotals } from "./FamilyTotals";
import { ImportCounts } from "./ImportCounts";
import { ImportProblems } from "./ImportProblems";
import { IndicatorChoicesTable } from "./IndicatorChoicesTable";
import { PartialYearChoice } from "./PartialYearChoice";
import { SidpolFamilyTable } from "./SidpolFamilyTable";
import { UnmappedModalities } from "./UnmappedModalities";
import { buildImportCommit, commitFailure, type IndicatorChoice } from "./import-commit";

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
  const [partial, setPartial] = useState<PartialChoice>("exclude");
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
      <ImportCounts report={report} />
      {partialList.length > 0 && (
        <PartialYearChoice
          years={partialList}
          monthsByYear={result?.monthsByYear}
          value={partial}
          onChange={setPartial}
        />
      )}
      <ImportProblems report={report} />
      {sidpol && unmapped.length > 0 && <UnmappedModalities unmapped={unmapped} />}
      {sidpol && modalities.length > 0 && (
        <SidpolFamilyTable
          modalities={modalities}
          assignment={assignment}
          onChange={setAssignment}
        />
      )}
      {finalResult && sidpol && <FamilyTotals result={finalResult} />}
      {!sidpol && numericKeys.length > 0 && (
        <IndicatorChoicesTable
          keys={numericKeys}
          labelOf={(k) => result?.columns.find((x) => x.key === k)?.label ?? k}
          choiceOf={choiceOf}
          onChange={setChoice}
        />
      )}
      {!sidpol && <CategoricalColumns columns={report.categorical} />}
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
