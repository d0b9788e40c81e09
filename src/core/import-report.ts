/**
 * The validation report of an import: what was read, joined, rejected and why, with 1-based row
 * numbers (header = row 1) and one coded message per problem (`ImportMessage`: code + values; the
 * UI's src/i18n/import-copy.ts words it). Only the first N problems of each kind are kept (counts
 * stay exact), so a 1M-row file cannot blow up memory. Values come from the file: the UI must render
 * them as text (textContent), never as HTML.
 */
import type { ImportMessage } from "./import-messages";

export type ProblemKind =
  | "fatal"
  | "parse"
  | "unjoined"
  | "province-level"
  | "department-level"
  | "ambiguous"
  | "duplicate"
  | "non-numeric"
  | "negative"
  | "invalid-year"
  | "invalid-month"
  | "ambiguous-number"
  | "duplicate-header";

export const PROBLEM_KINDS: readonly ProblemKind[] = [
  "fatal",
  "parse",
  "unjoined",
  "province-level",
  "department-level",
  "ambiguous",
  "duplicate",
  "non-numeric",
  "negative",
  "invalid-year",
  "invalid-month",
  "ambiguous-number",
  "duplicate-header",
];

/** Kinds of the rows that did not reach a district (listed in the unjoined download). */
export const UNJOINED_KINDS: ReadonlySet<ProblemKind> = new Set<ProblemKind>([
  "unjoined",
  "province-level",
  "department-level",
  "ambiguous",
]);

export interface ImportProblem {
  kind: ProblemKind;
  file: string;
  /** 1-based record number; the header is row 1. 0 when the problem concerns the whole file. */
  row: number;
  /** The offending cell (truncated to 80 characters), "" when none. */
  value: string;
  /** What happened, as a code with its values (worded by the UI). */
  detail: ImportMessage;
}

export interface CategoricalSummary {
  column: string;
  /** Distinct values with the number of districts holding each, most frequent first. */
  categories: { value: string; districts: number }[];
}

export interface GroupCount {
  value: string;
  rows: number;
  /** Sum of the value column over those rows. */
  total: number;
}

export interface ImportReport {
  files: string[];
  encoding: string | null;
  delimiter: string | null;
  /** Data rows read (header and blank lines excluded). */
  rowsRead: number;
  /** Rows left out by the filter (column = values). */
  rowsFiltered: number;
  /** Rows joined to a district and used. */
  rowsJoined: number;
  /** Distinct districts that received at least one row. */
  districtsJoined: number;
  /** Rows whose ubigeo lost its leading zero and was repaired. */
  repairedCodes: number;
  /** Exact count of each problem kind. */
  problemCounts: Record<ProblemKind, number>;
  /** The first problems of each kind, in file order within a kind. */
  problems: ImportProblem[];
  /** True when some problems were counted but not listed. */
  problemsTruncated: boolean;
  /**
   * Distinct codes (or names) that did not join, with their row counts, most rows first; "" is an
   * empty cell. At most 2,000 codes: the rows of further codes are in `unjoinedOverflowRows`.
   */
  unjoinedCodes: { code: string; rows: number }[];
  /** Rows of unjoined codes beyond the 2,000 listed. */
  unjoinedOverflowRows: number;
  /** Group values that matched no mapping pattern (sent to the fallback group), most rows first. */
  unmappedGroups: GroupCount[];
  categorical: CategoricalSummary[];
  years: number[];
  /** Months (1–12) seen per year, when a month column is given. */
  monthsByYear: Record<string, number[]>;
  /** Set when the import cannot produce a result (kind "fatal"). */
  fatal: ImportProblem | null;
}

const MAX_VALUE_CHARS = 80;
const MAX_DISTINCT_CODES = 2000;

export interface ReportBuilder {
  addProblem(
    kind: ProblemKind,
    file: string,
    row: number,
    detail: ImportMessage,
    value?: string,
  ): void;
  /** Count a code that did not join (distinct codes are capped at 2,000). */
  addUnjoinedCode(code: string): void;
  setFatal(file: string, row: number, detail: ImportMessage): void;
  readonly counts: Record<ProblemKind, number>;
  fatal(): ImportProblem | null;
  build(
    fields: Omit<
      ImportReport,
      | "problemCounts"
      | "problems"
      | "problemsTruncated"
      | "unjoinedCodes"
      | "unjoinedOverflowRows"
      | "fatal"
    >,
  ): ImportReport;
}

/**
 * A mutable builder (used inside one import only). Rule: every problem is counted
 * (`problemCounts[kind]` is exact); only the first `maxPerKind` of each kind are kept (default 200;
 * "unjoined" keeps 25× more so the unjoined list can be downloaded); the first fatal problem wins.
 * Unjoined codes: rows counted per distinct code, at most 2,000 codes, most rows first (ties by code).
 */
export function createReportBuilder(maxPerKind = 200): ReportBuilder {
  const counts = emptyCounts();
  const kept = new Map<ProblemKind, ImportProblem[]>();
  const unjoined = new Map<string, number>();
  let unjoinedOverflow = 0;
  let fatal: ImportProblem | null = null;
  let truncated = false;
  const limit = (kind: ProblemKind) => (kind === "unjoined" ? maxPerKind * 25 : maxPerKind);
  const addProblem: ReportBuilder["addProblem"] = (kind, file, row, detail, value = "") => {
    counts[kind]++;
    const list = kept.get(kind) ?? [];
    if (list.length >= limit(kind)) {
      truncated = true;
      return;
    }
    list.push({ kind, file, row, value: value.slice(0, MAX_VALUE_CHARS), detail });
    kept.set(kind, list);
  };
  return {
    counts,
    addProblem,
    addUnjoinedCode(code) {
      const n = unjoined.get(code);
      if (n !== undefined) unjoined.set(code, n + 1);
      else if (unjoined.size < MAX_DISTINCT_CODES) unjoined.set(code, 1);
      else unjoinedOverflow++;
    },
    setFatal(file, row, detail) {
      if (fatal === null) {
        addProblem("fatal", file, row, detail);
        fatal = { kind: "fatal", file, row, value: "", detail };
      }
    },
    fatal: () => fatal,
    build(fields) {
      const problems = PROBLEM_KINDS.flatMap((k) => kept.get(k) ?? []);
      const unjoinedCodes = [...unjoined]
        .map(([code, rows]) => ({ code, rows }))
        .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
      return {
        ...fields,
        problemCounts: { ...counts },
        problems,
        problemsTruncated: truncated,
        unjoinedCodes,
        unjoinedOverflowRows: unjoinedOverflow,
        fatal,
      };
    },
  };
}

function emptyCounts(): Record<ProblemKind, number> {
  return {
    fatal: 0,
    parse: 0,
    unjoined: 0,
    "province-level": 0,
    "department-level": 0,
    ambiguous: 0,
    duplicate: 0,
    "non-numeric": 0,
    negative: 0,
    "invalid-year": 0,
    "invalid-month": 0,
    "ambiguous-number": 0,
    "duplicate-header": 0,
  };
}

/** Quote a CSV cell; cells starting with = + - @ get a leading ' so spreadsheets never run them. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The words of the unjoined download, in the UI language (src/i18n/import-copy.ts). */
export interface UnjoinedCsvWords {
  /** The five column names: file, row, kind, value, message. */
  header: readonly [string, string, string, string, string];
  kind(kind: ProblemKind): string;
  message(problem: ImportProblem): string;
}

/**
 * The listed rows that did not join (UNJOINED_KINDS), as CSV text for download: `;`-separated, one
 * line per kept problem in report order (file, row, kind, value, message), every cell quoted when
 * needed and neutralised against formulas. Only the kept rows are listed (see problemsTruncated);
 * counts are in the report.
 */
export function unjoinedToCsv(report: ImportReport, words: UnjoinedCsvWords): string {
  const lines = [words.header.join(";")];
  for (const p of report.problems) {
    if (!UNJOINED_KINDS.has(p.kind)) continue;
    lines.push(
      [p.file, String(p.row), words.kind(p.kind), p.value, words.message(p)].map(csvCell).join(";"),
    );
  }
  return `${lines.join("\n")}\n`;
}
