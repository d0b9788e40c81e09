/**
 * What "Confirm" applies: the staged import turned into an ImportCommit (apply options and the
 * source line of the new series) for its kind — security spending, SIDPOL or a generic table. Pure,
 * so the report view only displays and collects choices.
 */
import { ImportFailureError, type ImportFailure } from "../../core/import-messages";
import type { AggregateResult } from "../../core/import-spec";
import { SECURITY_APPLY_OPTIONS } from "../../core/security-spending";
import { SIDPOL_APPLY_OPTIONS } from "../../core/sidpol";
import type { Direction } from "../../core/types";
import type { ImportCopy } from "../../i18n/import-copy";
import type { ImportCommit, StagedImport } from "../../store/import-slice";
import type { PartialYearChoice } from "./sidpol-families";

export type IndicatorChoice = { unit: string; direction: Direction; weight: number };

export interface CommitInput {
  staged: Pick<StagedImport, "fileName" | "kind" | "report">;
  /** The result after the report's choices (SIDPOL: families, partial year). */
  result: AggregateResult;
  /** Partial years of a SIDPOL result and what the user chose for them. */
  partialYears: readonly number[];
  partial: PartialYearChoice;
  /** Generic tables: the key prefix and each new indicator's choices (by prefixed key). */
  keyPrefix: string;
  indicatorChoices: Record<string, IndicatorChoice>;
  /** The import words of the UI language (provenance is stored in the language of the moment). */
  words: ImportCopy;
}

/**
 * The commit for a staged import. Note = "imported in the browser from <file>" (+ the partial-year
 * choice for SIDPOL). Security: the security apply options and its source wording; SIDPOL: the
 * SIDPOL options; generic: one indicator per numeric column (prefixed keys, default unit, direction
 * +1, weight 1, dimension "imported") with the user's choices.
 */
export function buildImportCommit(input: CommitInput): ImportCommit {
  const { staged, result, words: w } = input;
  const sidpol = staged.kind === "sidpol";
  const note =
    w.importedFrom(staged.fileName) +
    (sidpol && input.partialYears.length > 0
      ? w.partialNote(input.partialYears.join(", "), input.partial)
      : "");
  const base = { fileName: staged.fileName, result, report: staged.report };
  if (staged.kind === "security")
    return {
      ...base,
      kind: "security",
      options: SECURITY_APPLY_OPTIONS,
      source: {
        name: w.securitySourceName(staged.fileName),
        publisher: w.securityPublisher,
        note: w.securityNote(note),
      },
    };
  if (sidpol)
    return {
      ...base,
      kind: "sidpol",
      options: SIDPOL_APPLY_OPTIONS,
      source: { name: w.sidpolSourceName(staged.fileName), publisher: w.sidpolPublisher, note },
    };
  return {
    ...base,
    kind: "generic",
    options: {
      keyPrefix: input.keyPrefix,
      unit: w.defaultUnit,
      createIndicators: true,
      direction: 1,
      defaultWeight: 1,
      dimension: "imported",
    },
    indicatorChoices: input.indicatorChoices,
    source: { name: w.genericSourceName(staged.fileName), publisher: w.userPublisher, note },
  };
}

/** The failure of a confirm that threw (a coded ImportFailureError, or anything else). */
export function commitFailure(e: unknown): ImportFailure {
  if (e instanceof ImportFailureError) return e.failure;
  return { code: "applyFailed", detail: e instanceof Error ? e.message : String(e) };
}
