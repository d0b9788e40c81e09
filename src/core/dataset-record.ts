/**
 * The record an imported dataset is kept as in the browser (IndexedDB), and its validation when
 * read back. Pure: the record is checked field by field, never trusted; a record that fails is
 * reported with a code (the UI words it) and kept aside by the caller, never deleted.
 *
 * What is kept is what re-applies the import (the confirmed commit: aggregated columns per
 * district, apply options, the user's choices and the report), not the raw file: a 200 MB SIDPOL
 * file becomes ≈ 1 MB of per-district sums.
 */
import { datasetFingerprint, FINGERPRINT_RE } from "./dataset-fingerprint";
import { isRecord } from "./guards";
import type { AggregateColumn, AggregateResult, MonthlyColumn } from "./import-aggregate";
import type { ApplyOptions } from "./import-apply";
import type { ImportReport } from "./import-report";
import type { Direction } from "./types";

/** Bumped when the record's shape changes; a record of another version is kept aside, not read. */
export const DATASET_RECORD_VERSION = 1;

/** Same shape as store/import-slice.ts `ImportCommit` (core may not import the store). */
export interface StoredCommit<K extends string = string> {
  fileName: string;
  kind: K;
  result: AggregateResult;
  report: ImportReport;
  options: Omit<ApplyOptions, "sourceId">;
  indicatorChoices?: Record<string, { unit: string; direction: Direction; weight: number }>;
  source: { name: string; publisher: string; note: string };
}

export interface DatasetRecord<K extends string = string> {
  version: typeof DATASET_RECORD_VERSION;
  /** IndexedDB key. */
  key: string;
  /** Position in the order of application (ascending); imports are re-applied in this order. */
  order: number;
  /** ISO 8601 time of the import. */
  savedAt: string;
  /** datasetFingerprint(commit): also detects a record altered after it was written. */
  fingerprint: string;
  /** Size of the imported file in bytes (null when unknown). */
  fileBytes: number | null;
  commit: StoredCommit<K>;
}

/** Why a stored record cannot be used (the UI words it; `field` names the first bad field). */
export type RecordProblem =
  | { code: "notAnObject" }
  | { code: "version"; found: string }
  | { code: "field"; field: string }
  | { code: "kind"; found: string }
  | { code: "districtCount"; found: number; expected: number }
  | { code: "fingerprint"; stored: string; computed: string };

export type RecordCheck<K extends string> =
  { ok: true; record: DatasetRecord<K> } | { ok: false; problem: RecordProblem };

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNumOrNull = (v: unknown): v is number | null => v === null || isNum(v);
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const isArrayOf = <T>(v: unknown, item: (x: unknown) => x is T): v is T[] =>
  Array.isArray(v) && v.every(item);
const isNumArrayRecord = (v: unknown): v is Record<string, number[]> =>
  isRecord(v) && Object.values(v).every((x) => isArrayOf(x, isNum));
const isDirection = (v: unknown): v is Direction => v === 1 || v === -1;

function isColumn(v: unknown, n: number): v is AggregateColumn {
  return (
    isRecord(v) &&
    isStr(v.key) &&
    isStr(v.label) &&
    isStr(v.sourceColumn) &&
    isStrOrNull(v.group) &&
    isNumOrNull(v.year) &&
    (v.kind === "numeric" || v.kind === "categorical") &&
    isArrayOf(v.values, isNumOrNull) &&
    v.values.length === n &&
    (v.categories === null ||
      (isArrayOf(v.categories, isStrOrNull) && v.categories.length === n)) &&
    (v.months === null || isArrayOf(v.months, isNum)) &&
    isNum(v.districtsWithData)
  );
}

function isMonthly(v: unknown, n: number): v is MonthlyColumn {
  return (
    isRecord(v) &&
    isStr(v.group) &&
    isNum(v.year) &&
    isNum(v.month) &&
    isArrayOf(v.values, isNumOrNull) &&
    v.values.length === n
  );
}

/**
 * The report fields a restored import reads (its source line: files, rows, districts joined,
 * repaired and unjoined codes; years) are checked; the lists of problems, groups and categories
 * only as lists, the rest not at all (a restored import shows no report).
 */
function isReport(v: unknown): v is ImportReport {
  return (
    isRecord(v) &&
    isArrayOf(v.files, isStr) &&
    isNum(v.rowsRead) &&
    isNum(v.rowsFiltered) &&
    isNum(v.rowsJoined) &&
    isNum(v.districtsJoined) &&
    isNum(v.repairedCodes) &&
    isRecord(v.problemCounts) &&
    Array.isArray(v.problems) &&
    isArrayOf(
      v.unjoinedCodes,
      (c): c is { code: string; rows: number } => isRecord(c) && isStr(c.code) && isNum(c.rows),
    ) &&
    Array.isArray(v.unmappedGroups) &&
    Array.isArray(v.categorical) &&
    isArrayOf(v.years, isNum) &&
    isNumArrayRecord(v.monthsByYear)
  );
}

function isOptions(v: unknown): v is Omit<ApplyOptions, "sourceId"> {
  return (
    isRecord(v) &&
    isStr(v.keyPrefix) &&
    (v.key === undefined || isStr(v.key)) &&
    (v.replaceAllWithPrefix === undefined || isStr(v.replaceAllWithPrefix)) &&
    isStr(v.unit) &&
    typeof v.createIndicators === "boolean" &&
    isDirection(v.direction) &&
    isNum(v.defaultWeight) &&
    isStr(v.dimension)
  );
}

function isChoices(v: unknown): v is StoredCommit["indicatorChoices"] {
  return (
    v === undefined ||
    (isRecord(v) &&
      Object.values(v).every(
        (c) => isRecord(c) && isStr(c.unit) && isDirection(c.direction) && isNum(c.weight),
      ))
  );
}

/**
 * Check a record read from the browser's store against the data in force:
 *   version === DATASET_RECORD_VERSION, every field of the expected type, `kind` one of `kinds`,
 *   result.districtCount === districtCount (a dataset aggregated over another district list cannot
 *   be re-applied), every column `districtCount` long, and fingerprint === datasetFingerprint(commit)
 *   (a record altered after it was written is not applied). First failure wins.
 * Unknown extra fields of the commit are kept (a newer kind may carry more).
 */
export function validateDatasetRecord<K extends string>(
  raw: unknown,
  ctx: { kinds: readonly K[]; districtCount: number },
): RecordCheck<K> {
  const fail = (problem: RecordProblem): RecordCheck<K> => ({ ok: false, problem });
  if (!isRecord(raw)) return fail({ code: "notAnObject" });
  if (raw.version !== DATASET_RECORD_VERSION)
    return fail({ code: "version", found: String(raw.version).slice(0, 20) });
  if (!isStr(raw.key)) return fail({ code: "field", field: "key" });
  if (!isNum(raw.order)) return fail({ code: "field", field: "order" });
  if (!isStr(raw.savedAt) || Number.isNaN(Date.parse(raw.savedAt)))
    return fail({ code: "field", field: "savedAt" });
  if (!isStr(raw.fingerprint) || !FINGERPRINT_RE.test(raw.fingerprint))
    return fail({ code: "field", field: "fingerprint" });
  if (!isNumOrNull(raw.fileBytes)) return fail({ code: "field", field: "fileBytes" });
  const c = raw.commit;
  if (!isRecord(c)) return fail({ code: "field", field: "commit" });
  if (!isStr(c.fileName)) return fail({ code: "field", field: "commit.fileName" });
  const kind = c.kind;
  if (!isStr(kind)) return fail({ code: "field", field: "commit.kind" });
  const known = ctx.kinds.find((k) => k === kind);
  if (known === undefined) return fail({ code: "kind", found: kind.slice(0, 20) });
  const r = c.result;
  if (!isRecord(r) || !isNum(r.districtCount))
    return fail({ code: "field", field: "commit.result" });
  if (r.districtCount !== ctx.districtCount)
    return fail({ code: "districtCount", found: r.districtCount, expected: ctx.districtCount });
  const n = ctx.districtCount;
  if (!isArrayOf(r.columns, (x): x is AggregateColumn => isColumn(x, n)))
    return fail({ code: "field", field: "commit.result.columns" });
  if (!isArrayOf(r.years, isNum)) return fail({ code: "field", field: "commit.result.years" });
  if (!isNumArrayRecord(r.monthsByYear))
    return fail({ code: "field", field: "commit.result.monthsByYear" });
  if (r.monthly !== undefined && !isArrayOf(r.monthly, (x): x is MonthlyColumn => isMonthly(x, n)))
    return fail({ code: "field", field: "commit.result.monthly" });
  if (!isReport(c.report)) return fail({ code: "field", field: "commit.report" });
  if (!isOptions(c.options)) return fail({ code: "field", field: "commit.options" });
  if (!isChoices(c.indicatorChoices))
    return fail({ code: "field", field: "commit.indicatorChoices" });
  const s = c.source;
  if (!isRecord(s) || !isStr(s.name) || !isStr(s.publisher) || !isStr(s.note))
    return fail({ code: "field", field: "commit.source" });
  const computed = datasetFingerprint(c);
  if (computed !== raw.fingerprint)
    return fail({ code: "fingerprint", stored: raw.fingerprint, computed });
  const result: AggregateResult = {
    districtCount: r.districtCount,
    columns: r.columns,
    years: r.years,
    monthsByYear: r.monthsByYear,
    ...(r.monthly !== undefined ? { monthly: r.monthly } : {}),
  };
  const commit: StoredCommit<K> = {
    ...c,
    fileName: c.fileName,
    kind: known,
    result,
    report: c.report,
    options: c.options,
    source: { name: s.name, publisher: s.publisher, note: s.note },
    ...(c.indicatorChoices !== undefined ? { indicatorChoices: c.indicatorChoices } : {}),
  };
  return {
    ok: true,
    record: {
      version: DATASET_RECORD_VERSION,
      key: raw.key,
      order: raw.order,
      savedAt: raw.savedAt,
      fingerprint: raw.fingerprint,
      fileBytes: raw.fileBytes,
      commit,
    },
  };
}

/**
 * Records in the order they were applied: by `order` ascending, ties by savedAt then key (so the
 * order never depends on how the browser lists its keys). New array; input untouched.
 */
export function orderRecords<T extends { order: number; savedAt: string; key: string }>(
  records: readonly T[],
): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...records].sort(
    (a, b) => a.order - b.order || cmp(a.savedAt, b.savedAt) || cmp(a.key, b.key),
  );
}

/** Rows of a dataset as listed: the rows read from its file(s). */
export const recordRows = (r: DatasetRecord): number => r.commit.report.rowsRead;
