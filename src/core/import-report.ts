/**
 * The validation report of an import: what was read, joined, rejected and why, with 1-based row
 * numbers (header = row 1) and Spanish messages naming the file, row and problem. Only the first N
 * problems of each kind are kept (counts stay exact), so a 1M-row file cannot blow up memory.
 * All text comes from the file: the UI must render it as text (textContent), never as HTML.
 */

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

/** Label of each kind, for report headings (Spanish; PROBLEM_LABELS_EN for the English UI). */
export const PROBLEM_LABELS: Readonly<Record<ProblemKind, string>> = {
  fatal: "Error que impide la importación",
  parse: "Fila mal formada",
  unjoined: "Código o nombre sin distrito en la capa",
  "province-level": "Código de provincia (no de distrito)",
  "department-level": "Código de departamento (no de distrito)",
  ambiguous: "Nombre ambiguo",
  duplicate: "Fila duplicada",
  "non-numeric": "Valor no numérico",
  negative: "Conteo negativo",
  "invalid-year": "Año inválido",
  "invalid-month": "Mes inválido",
  "ambiguous-number": "Número ambiguo (¿separador de miles o decimal?)",
  "duplicate-header": "Columna repetida (renombrada)",
};

export const PROBLEM_LABELS_EN: Readonly<Record<ProblemKind, string>> = {
  fatal: "Error that stops the import",
  parse: "Malformed row",
  unjoined: "Code or name with no district in the layer",
  "province-level": "Province code (not a district)",
  "department-level": "Department code (not a district)",
  ambiguous: "Ambiguous name",
  duplicate: "Duplicate row",
  "non-numeric": "Non-numeric value",
  negative: "Negative count",
  "invalid-year": "Invalid year",
  "invalid-month": "Invalid month",
  "ambiguous-number": "Ambiguous number (thousands or decimal separator?)",
  "duplicate-header": "Repeated column (renamed)",
};

export interface ImportProblem {
  kind: ProblemKind;
  file: string;
  /** 1-based record number; the header is row 1. 0 when the problem concerns the whole file. */
  row: number;
  /** The offending cell (truncated to 80 characters), "" when none. */
  value: string;
  /** Full Spanish message: "archivo.csv, fila 12: el ubigeo 999999 no existe en la capa". */
  message: string;
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
  /** Distinct codes (or names) that did not join, with their row counts, most rows first. */
  unjoinedCodes: { code: string; rows: number }[];
  /** Group values that matched no mapping pattern (sent to the fallback group), most rows first. */
  unmappedGroups: GroupCount[];
  categorical: CategoricalSummary[];
  years: number[];
  /** Months (1–12) seen per year, when a month column is given. */
  monthsByYear: Record<string, number[]>;
  /** Set when the import cannot produce a result (Spanish). */
  fatal: string | null;
  /** Spanish summary lines for the UI / build log. */
  summary: string[];
}

const MAX_VALUE_CHARS = 80;
const MAX_DISTINCT_CODES = 2000;

/** Format the standard message: "<file>, fila <row>: <detail>" (row 0 → file only). */
export function formatProblem(file: string, row: number, detail: string): string {
  return row > 0 ? `${file}, fila ${row}: ${detail}` : `${file}: ${detail}`;
}

export interface ReportBuilder {
  addProblem(kind: ProblemKind, file: string, row: number, detail: string, value?: string): void;
  /** Count a code that did not join (distinct codes are capped at 2,000). */
  addUnjoinedCode(code: string): void;
  setFatal(file: string, row: number, detail: string): void;
  readonly counts: Record<ProblemKind, number>;
  fatal(): string | null;
  build(
    fields: Omit<
      ImportReport,
      "problemCounts" | "problems" | "problemsTruncated" | "unjoinedCodes" | "fatal" | "summary"
    >,
  ): ImportReport;
}

/**
 * A mutable builder (used inside one import only). `maxPerKind` problems are kept per kind
 * (default 200; "unjoined" keeps up to 25× more so the unjoined list can be downloaded).
 */
export function createReportBuilder(maxPerKind = 200): ReportBuilder {
  const counts = emptyCounts();
  const kept = new Map<ProblemKind, ImportProblem[]>();
  const unjoined = new Map<string, number>();
  let unjoinedOverflow = 0;
  let fatal: string | null = null;
  let truncated = false;
  const limit = (kind: ProblemKind) => (kind === "unjoined" ? maxPerKind * 25 : maxPerKind);
  const addProblem: ReportBuilder["addProblem"] = (kind, file, row, detail, value = "") => {
    counts[kind]++;
    const list = kept.get(kind) ?? [];
    if (list.length >= limit(kind)) {
      truncated = true;
      return;
    }
    list.push({
      kind,
      file,
      row,
      value: value.slice(0, MAX_VALUE_CHARS),
      message: formatProblem(file, row, detail),
    });
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
        fatal = formatProblem(file, row, detail);
      }
    },
    fatal: () => fatal,
    build(fields) {
      const problems = PROBLEM_KINDS.flatMap((k) => kept.get(k) ?? []);
      const unjoinedCodes = [...unjoined]
        .map(([code, rows]) => ({ code, rows }))
        .sort((a, b) => b.rows - a.rows || a.code.localeCompare(b.code));
      if (unjoinedOverflow > 0)
        unjoinedCodes.push({ code: "(otros códigos)", rows: unjoinedOverflow });
      const report: ImportReport = {
        ...fields,
        problemCounts: { ...counts },
        problems,
        problemsTruncated: truncated,
        unjoinedCodes,
        fatal,
        summary: [],
      };
      report.summary = summarizeReport(report);
      return report;
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

const int = (n: number): string => n.toLocaleString("es-PE");

/** Spanish summary lines: rows read/joined/filtered, districts, repairs and each problem count. */
export function summarizeReport(r: ImportReport): string[] {
  const lines: string[] = [];
  if (r.fatal) lines.push(`No se pudo importar: ${r.fatal}`);
  lines.push(
    `${int(r.rowsRead)} filas leídas; ${int(r.rowsJoined)} unidas a ${int(r.districtsJoined)} distritos` +
      (r.rowsFiltered > 0 ? `; ${int(r.rowsFiltered)} excluidas por el filtro` : "") +
      ".",
  );
  if (r.repairedCodes > 0) {
    lines.push(`${int(r.repairedCodes)} filas con ubigeo sin el cero inicial (corregido).`);
  }
  for (const kind of PROBLEM_KINDS) {
    const n = r.problemCounts[kind];
    if (kind !== "fatal" && n > 0)
      lines.push(
        `${PROBLEM_LABELS[kind]}: ${int(n)} ${kind === "duplicate-header" ? "columnas" : "filas"}.`,
      );
  }
  if (r.unmappedGroups.length > 0) {
    lines.push(
      `Categorías sin clasificar (asignadas a "otros"): ${r.unmappedGroups
        .slice(0, 10)
        .map((g) => `${g.value} (${int(g.rows)})`)
        .join(", ")}${r.unmappedGroups.length > 10 ? "…" : ""}.`,
    );
  }
  return lines;
}

/** Quote a CSV cell; cells starting with = + - @ get a leading ' so spreadsheets never run them. */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The listed rows that did not join (unjoined, province-/department-level, ambiguous), as CSV text
 * (`;`-separated, header archivo;fila;tipo;valor;mensaje) for download. Only the kept rows are listed
 * (see problemsTruncated); counts are in the report.
 */
export function unjoinedToCsv(report: ImportReport): string {
  const kinds = new Set<ProblemKind>([
    "unjoined",
    "province-level",
    "department-level",
    "ambiguous",
  ]);
  const lines = ["archivo;fila;tipo;valor;mensaje"];
  for (const p of report.problems) {
    if (!kinds.has(p.kind)) continue;
    lines.push(
      [p.file, String(p.row), PROBLEM_LABELS[p.kind], p.value, p.message].map(csvCell).join(";"),
    );
  }
  return `${lines.join("\n")}\n`;
}
