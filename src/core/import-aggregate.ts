/**
 * The import core: an incremental aggregator (rows → per-district values). It checks the header
 * and each row's shape, then hands rows to the shape's accumulator (import-long.ts, import-wide.ts)
 * and builds the report (import-report.ts). The streaming CSV driver (bytes → records) is
 * import-stream.ts. The same code runs in the browser worker, in the build script
 * (scripts/lib/sidpol.ts) and in tests.
 *
 * Memory: running sums per (group, year) as Float64Arrays over the districts, the first N problems
 * of each kind, and (only when `uniqueKey` is set) one 53-bit hash per row for duplicate detection.
 * Row objects are never kept.
 *
 * This module also re-exports the import's public API (spec types, stream, mapping) so callers
 * import one module.
 */
import { disambiguateHeader } from "./header-names";
import { resolveColumns } from "./import-columns";
import { joinByNames, joinByUbigeo, type JoinResult, type JoinTarget } from "./import-join";
import { memo } from "./import-cells";
import { createLongAccumulator, type LongAccumulator } from "./import-long";
import type { ImportMessage } from "./import-messages";
import {
  createReportBuilder,
  type CategoricalSummary,
  type ImportReport,
  type ProblemKind,
} from "./import-report";
import type { RowContext } from "./import-row-context";
import {
  MAX_WIDE_COLUMNS,
  type AggregateColumn,
  type AggregateResult,
  type ImportSpec,
} from "./import-spec";
import { createWideAccumulator, type WideAccumulator } from "./import-wide";

export { slugKey } from "./import-cells";
export { compileMapping, type CompiledMapping } from "./import-group-mapping";
export { createCsvStream, type CsvStream, type RecordParser } from "./import-stream";
export {
  MAX_WIDE_COLUMNS,
  type AggregateColumn,
  type AggregateResult,
  type GroupMapping,
  type ImportSpec,
  type JoinSpec,
  type MonthlyColumn,
  type ShapeSpec,
} from "./import-spec";

export interface Aggregator {
  /** Start a file: resolve the spec's columns in its header. Returns false (fatal set) if missing. */
  setHeader(fields: readonly string[], fileName: string, rowNumber?: number): boolean;
  /** Name the file whose rows follow (messages name it even when it has no header). */
  beginFile(fileName: string): void;
  /** Record the decoding/dialect used (for the report). */
  setFormat(encoding: string, delimiter: string): void;
  /** Add one data row (cells as strings). rowNumber is 1-based with the header as row 1. */
  addRow(row: readonly string[], rowNumber: number): void;
  /** A tokenizer error (unclosed quote…) at `rowNumber`. */
  addParseError(rowNumber: number, detail: ImportMessage): void;
  /** Stop with a fatal error (e.g. the file is empty). */
  setFatal(rowNumber: number, detail: ImportMessage): void;
  hasFatal(): boolean;
  finish(): { report: ImportReport; result: AggregateResult | null };
}

/** The problem kind of a failed join: levels and ambiguity keep their kind, the rest is "unjoined". */
function joinKind(res: Extract<JoinResult, { ok: false }>): ProblemKind {
  return res.reason === "province-level" ||
    res.reason === "department-level" ||
    res.reason === "ambiguous"
    ? res.reason
    : "unjoined";
}

const unexpected = (e: unknown): ImportMessage => ({
  code: "unexpectedError",
  detail: e instanceof Error ? e.message : String(e),
});

/**
 * Create the aggregator for one import (one or several files with the same columns).
 *
 * Header: repeated names (also by case or accents) become name_2, name_3… and are reported
 * ("duplicate-header"), never merged; a wide spec of more than MAX_WIDE_COLUMNS columns, or a
 * missing column, is fatal. Rows: blank rows are skipped; a row shorter than the header is a "parse"
 * problem and skipped; a longer one with non-empty extra cells is reported and read. Then the shape's
 * rule applies (long: createLongAccumulator, sums; wide: createWideAccumulator, one row per
 * district). A join failure is reported with its kind, and its code (or the cell, "" when empty)
 * counted in the unjoined list. Never throws: unexpected errors become a fatal report.
 */
export function createAggregator(
  spec: ImportSpec,
  target: JoinTarget,
  options: { maxProblemsPerKind?: number } = {},
): Aggregator {
  const n = target.districtCount;
  const maxProblemsPerKind = options.maxProblemsPerKind ?? 200;
  const report = createReportBuilder(maxProblemsPerKind);
  const files: string[] = [];
  let fileName = "";
  let encoding: string | null = null;
  let delimiter: string | null = null;
  let rowsRead = 0;
  let rowsJoined = 0;
  let repaired = 0;
  const joined = new Uint8Array(n);
  let headerSeen: string[] | null = null;
  let cols: Record<string, number> = {};
  const ubigeoJoin = memo((raw: string) => joinByUbigeo(target, raw));

  const cell = (row: readonly string[], role: string): string => {
    const i = cols[role];
    return i === undefined ? "" : (row[i] ?? "");
  };
  const problem = (kind: ProblemKind, row: number, detail: ImportMessage, value = ""): void =>
    report.addProblem(kind, fileName, row, detail, value);

  const ctx: RowContext = {
    districtCount: n,
    decimal: spec.decimal ?? "auto",
    maxProblemsPerKind,
    cell,
    join(row, rowNumber) {
      const j = spec.joinBy;
      const res =
        j.kind === "ubigeo"
          ? ubigeoJoin(cell(row, "join"))
          : joinByNames(
              target,
              j.department ? cell(row, "department") : null,
              j.province ? cell(row, "province") : null,
              cell(row, "district"),
            );
      if (res.ok) return res;
      const raw = j.kind === "ubigeo" ? cell(row, "join") : cell(row, "district");
      problem(joinKind(res), rowNumber, res.detail, raw);
      report.addUnjoinedCode(res.code ?? raw.trim().slice(0, 60));
      return null;
    },
    problem,
    countProblem: (kind) => report.counts[kind]++,
    fatal: (row, detail) => report.setFatal(fileName, row, detail),
    used(id, wasRepaired) {
      if (wasRepaired) repaired++;
      rowsJoined++;
      joined[id] = 1;
    },
    isJoined: (id) => joined[id] === 1,
    ubigeoOf: (id) => target.ubigeos[id] ?? String(id),
  };

  const shape = spec.shape;
  const long: LongAccumulator | null =
    shape.kind === "long" ? createLongAccumulator(shape, ctx) : null;
  const wide: WideAccumulator | null =
    shape.kind === "wide" ? createWideAccumulator(shape, ctx) : null;

  const aggregator: Aggregator = {
    setHeader(rawFields, name, headerRow = 1) {
      fileName = name;
      if (!files.includes(name)) files.push(name);
      if (report.fatal()) return false;
      // Repeated names (also by case or accents) become name_2, name_3…: never merged silently.
      const { header: fields, duplicates } = disambiguateHeader(rawFields);
      for (const d of duplicates)
        problem(
          "duplicate-header",
          headerRow,
          {
            code: "duplicateHeader",
            position: d.position,
            name: d.name.slice(0, 60),
            firstPosition: d.firstPosition,
            renamed: d.renamed.slice(0, 64),
          },
          d.name,
        );
      if (shape.kind === "wide" && shape.columns.length > MAX_WIDE_COLUMNS) {
        report.setFatal(fileName, headerRow, {
          code: "tooManyColumns",
          requested: shape.columns.length,
          limit: MAX_WIDE_COLUMNS,
        });
        return false;
      }
      const resolved = resolveColumns(spec, fields);
      if (!resolved.ok) {
        report.setFatal(fileName, headerRow, resolved.detail);
        return false;
      }
      if (headerSeen === null) headerSeen = [...fields];
      cols = resolved.columns;
      if (shape.kind === "long" && shape.uniqueKey)
        long?.setKeyColumns(shape.uniqueKey.map((_, i) => cols[`key${i}`] ?? -1));
      if (shape.kind === "wide")
        wide?.setColumnIndexes(shape.columns.map((_, i) => cols[`wide${i}`] ?? -1));
      return true;
    },
    beginFile(name) {
      fileName = name;
      if (!files.includes(name)) files.push(name);
    },
    setFormat(enc, delim) {
      encoding = enc;
      delimiter = delim;
    },
    addRow(row, rowNumber) {
      if (report.fatal()) return;
      if (row.length === 0 || (row.length === 1 && (row[0] ?? "").trim() === "")) return;
      try {
        rowsRead++;
        if (headerSeen === null) {
          report.setFatal(fileName, rowNumber, { code: "noHeader" });
          return;
        }
        const size = { cells: row.length, headerCells: headerSeen.length };
        if (row.length < headerSeen.length) {
          problem("parse", rowNumber, { code: "shortRow", ...size });
          return;
        }
        if (
          row.length > headerSeen.length &&
          row.slice(headerSeen.length).some((c) => c.trim() !== "")
        ) {
          problem("parse", rowNumber, { code: "longRow", ...size });
        }
        if (long) long.addRow(row, rowNumber);
        else wide?.addRow(row, rowNumber);
      } catch (e) {
        report.setFatal(fileName, rowNumber, unexpected(e));
      }
    },
    addParseError(rowNumber, detail) {
      if (report.fatal()) return;
      problem("parse", rowNumber, detail);
    },
    setFatal(rowNumber, detail) {
      report.setFatal(fileName, rowNumber, detail);
    },
    hasFatal: () => report.fatal() !== null,
    finish() {
      let columns: AggregateColumn[] = [];
      let categorical: CategoricalSummary[] = [];
      try {
        if (!report.fatal()) {
          if (headerSeen === null) report.setFatal(fileName, 0, { code: "emptyFile" });
          else if (long) columns = long.finish();
          else if (wide) ({ columns, categorical } = wide.finish());
        }
      } catch (e) {
        report.setFatal(fileName, 0, unexpected(e));
      }
      const yearsList = [
        ...new Set(columns.map((c) => c.year).filter((y): y is number => y !== null)),
      ].sort((a, b) => a - b);
      const monthsRecord: Record<string, number[]> = {};
      for (const [y, set] of long?.monthsByYear ?? [])
        monthsRecord[String(y ?? "")] = [...set].sort((a, b) => a - b);
      const built = report.build({
        files,
        encoding,
        delimiter,
        rowsRead,
        rowsFiltered: long?.rowsFiltered ?? 0,
        rowsJoined,
        districtsJoined: joined.reduce((s, v) => s + v, 0),
        repairedCodes: repaired,
        unmappedGroups: long?.unmapped() ?? [],
        categorical,
        years: yearsList,
        monthsByYear: monthsRecord,
      });
      const fatal = built.fatal !== null;
      const result: AggregateResult | null = fatal
        ? null
        : { districtCount: n, columns, years: yearsList, monthsByYear: monthsRecord };
      if (result && shape.kind === "long" && shape.monthly && long)
        result.monthly = long.finishMonthly(columns);
      return { report: built, result };
    },
  };
  return aggregator;
}
