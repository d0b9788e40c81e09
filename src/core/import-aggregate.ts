/**
 * The import core: an incremental aggregator (rows → per-district values) and a streaming CSV driver
 * (bytes → decoded text → whole records → aggregator). The same code runs in the browser worker,
 * in the build script (scripts/lib/sidpol.ts) and in tests. The CSV tokenizer is injected
 * (PapaParse in the worker and scripts) so the core stays free of library and DOM imports.
 *
 * Memory: the aggregator keeps running sums per (group, year) as Float64Arrays over the districts,
 * the first N problems of each kind, and (only when `uniqueKey` is set) one 53-bit hash per row for
 * duplicate detection. It never keeps row objects.
 */
import { type EncodingChoice, type StreamDecoder } from "./csv-decode";
import { disambiguateHeader } from "./header-names";
import {
  classifyText,
  createTextDecoder,
  detectTextEncoding,
  type TextEncoding,
} from "./text-decode";
import { detectHeader, sniffDelimiter, type Delimiter, type DelimiterChoice } from "./csv-sniff";
import { joinByNames, joinByUbigeo, type JoinResult, type JoinTarget } from "./import-join";
import {
  createReportBuilder,
  type CategoricalSummary,
  type GroupCount,
  type ImportReport,
  type ProblemKind,
} from "./import-report";
import { parseNumber, type DecimalMark } from "./number-parse";
import { nameKey } from "./ubigeo";

/** Map raw group values (e.g. P_MODALIDADES) to a few groups by keyword patterns. */
export interface GroupMapping {
  groups: { id: string; patterns: string[] }[];
  /** Group for values matching no pattern; such values are also listed in the report. */
  fallback: string;
}

export type JoinSpec =
  | { kind: "ubigeo"; column: string }
  | { kind: "names"; department?: string; province?: string; district: string };

export type ShapeSpec =
  | {
      /** One row per district; each listed column becomes one indicator (numeric or categorical). */
      kind: "wide";
      columns: string[];
    }
  | {
      /** Several rows per district (e.g. one per month × modality): values are summed. */
      kind: "long";
      valueColumn: string;
      /** One output column per distinct group value (or per mapping group). */
      groupColumn?: string;
      groupMapping?: GroupMapping;
      /** Keep only rows whose `column` equals one of `values` (accent/case-insensitive). */
      filter?: { column: string; values: string[] };
      /** One output column per year found. */
      yearColumn?: string;
      /** Months (1–12 or Spanish month names) covered per year are recorded. */
      monthColumn?: string;
      /** Columns identifying a row (besides the district): repeated keys are duplicates, skipped. */
      uniqueKey?: string[];
      /**
       * Districts with no row get 0 instead of null, for every year the file covers. Right for
       * files that list only non-zero counts (SIDPOL); wrong for sparse samples. Only groups and
       * districts that appear somewhere in the file are filled: a group with no row has no column
       * (the file does not have it: no data), a district with no row at all stays null (never
       * recorded: no data, not zero).
       */
      zeroFill?: boolean;
      /**
       * Also sum by month (needs yearColumn and monthColumn): AggregateResult.monthly holds one
       * array per group × (year, month) with the same zero-fill rule. Used by the data build for the
       * crime trend files.
       */
      monthly?: boolean;
    };

/**
 * Most value columns one wide import takes (each becomes an indicator with its own report row);
 * a wider spec stops with a message instead of freezing the report (issue #13).
 */
export const MAX_WIDE_COLUMNS = 2000;

export interface ImportSpec {
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  /** Decimal mark of numeric cells; "auto" (default) decides per cell (see parseNumber). */
  decimal?: DecimalMark;
  joinBy: JoinSpec;
  shape: ShapeSpec;
}

export interface AggregateColumn {
  /** Stable key: wide → slug of the source column; long → group id, or slug of the value column. */
  key: string;
  /** Human label: the source column name or the first spelling of the group value. */
  label: string;
  sourceColumn: string;
  group: string | null;
  year: number | null;
  kind: "numeric" | "categorical";
  /** Per district id; null = no value. For categorical columns all null (see `categories`). */
  values: (number | null)[];
  /** Per district id, categorical columns only. */
  categories: (string | null)[] | null;
  /** Months covered in `year` (long shape with a month column), else null. */
  months: number[] | null;
  /** Districts with a value. */
  districtsWithData: number;
}

/** Sums of one group for one month (long shape with `monthly`), aligned by district id. */
export interface MonthlyColumn {
  group: string;
  year: number;
  month: number;
  values: (number | null)[];
}

export interface AggregateResult {
  districtCount: number;
  columns: AggregateColumn[];
  years: number[];
  monthsByYear: Record<string, number[]>;
  /** Only for a long shape with `monthly`: every group × covered month, ascending. */
  monthly?: MonthlyColumn[];
}

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
  addParseError(rowNumber: number, detail: string): void;
  /** Stop with a fatal error (e.g. the file is empty). */
  setFatal(rowNumber: number, detail: string): void;
  hasFatal(): boolean;
  finish(): { report: ImportReport; result: AggregateResult | null };
}

const MAX_GROUPS = 300;
const MAX_UNMAPPED = 1000;
const MONTHS: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/** "Robo agravado" → "robo_agravado": lower-case ASCII slug for keys. */
export function slugKey(text: string): string {
  return nameKey(text).replace(/ /g, "_") || "columna";
}

/** Compiled group mapping: nameKey'd patterns, matched on word boundaries. */
export interface CompiledMapping {
  match(value: string): { group: string; mapped: boolean };
}

/**
 * Compile a mapping. A pattern matches when its nameKey appears in the value's nameKey as whole
 * words ("robo" matches "ROBO AGRAVADO", not "ROBOTICA"). The LONGEST matching pattern wins (with a
 * mapping where "VIOLACION DE DOMICILIO" and "VIOLACION" sit in different groups, the longer one
 * decides); equal lengths go to the group listed first. No match → fallback, mapped = false.
 */
export function compileMapping(mapping: GroupMapping): CompiledMapping {
  const patterns = mapping.groups.flatMap((g, order) =>
    g.patterns.map((p) => ({ group: g.id, key: ` ${nameKey(p)} `, order })),
  );
  patterns.sort((a, b) => b.key.length - a.key.length || a.order - b.order);
  const cache = new Map<string, { group: string; mapped: boolean }>();
  return {
    match(value) {
      const cached = cache.get(value);
      if (cached) return cached;
      const key = ` ${nameKey(value)} `;
      const hit = patterns.find((p) => p.key.trim() !== "" && key.includes(p.key));
      const result = hit
        ? { group: hit.group, mapped: true }
        : { group: mapping.fallback, mapped: false };
      if (cache.size < 10_000) cache.set(value, result);
      return result;
    },
  };
}

/** cyrb53: a fast 53-bit string hash (public domain), for duplicate-row detection. */
function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function parseYear(cell: string): number | null {
  const m = /^\s*(\d{4})(\.0+)?\s*$/.exec(cell);
  if (!m || m[1] === undefined) return null;
  const y = Number(m[1]);
  return y >= 1900 && y <= 2100 ? y : null;
}

function parseMonth(cell: string): number | null {
  const m = /^\s*(\d{1,2})(\.0+)?\s*$/.exec(cell);
  if (m && m[1] !== undefined) {
    const n = Number(m[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  return MONTHS[nameKey(cell)] ?? null;
}

/** Resolve spec columns in a header: exact (trimmed) match first, then nameKey match; -1 if none. */
function columnFinder(header: readonly string[]): (name: string) => number {
  // Built once per header: 2,000 wanted columns in a 30,000-column header stay linear (issue #13).
  const trimmed = header.map((h) => h.replace(/^\ufeff/, "").trim());
  const exact = new Map<string, number>();
  trimmed.forEach((h, i) => {
    if (!exact.has(h)) exact.set(h, i);
  });
  let byKey: Map<string, number> | null = null;
  return (name) => {
    const hit = exact.get(name.trim());
    if (hit !== undefined) return hit;
    if (byKey === null) {
      byKey = new Map();
      for (const [i, h] of trimmed.entries()) {
        const k = nameKey(h);
        if (!byKey.has(k)) byKey.set(k, i);
      }
    }
    return byKey.get(nameKey(name)) ?? -1;
  };
}

/** Memoise a string → value function (columns such as ubigeo, year or modality repeat a lot). */
function memo<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const v = fn(s);
    if (cache.size < max) cache.set(s, v);
    return v;
  };
}

const show = (cell: string): string => `"${cell.trim().slice(0, 60)}"`;

interface Bucket {
  group: string | null;
  year: number | null;
  sums: Float64Array;
  has: Uint8Array;
}

interface WideColumn {
  name: string;
  index: number;
  numbers: Float64Array;
  hasNumber: Uint8Array;
  texts: (string | null)[];
  numericCount: number;
  textCount: number;
  /** Non-numeric problems held back until we know the column is numeric. */
  pending: { row: number; detail: string; value: string }[];
}

/**
 * Create the aggregator for one import (one or several files with the same columns).
 *
 * Long shape: value = Σ valueColumn over the rows of a (district, group, year); rows are dropped and
 * reported when the join fails, the year/month is invalid, the value is empty/non-numeric or negative
 * (counts), or the row repeats a `uniqueKey`. Wide shape: one row per district; a repeated district
 * is a duplicate (first row kept); a column whose non-empty cells are mostly non-numeric is
 * categorical (strings kept per district), otherwise numeric with non-numeric cells reported.
 * Never throws: unexpected errors become a fatal report.
 */
export function createAggregator(
  spec: ImportSpec,
  target: JoinTarget,
  options: { maxProblemsPerKind?: number } = {},
): Aggregator {
  const n = target.districtCount;
  const report = createReportBuilder(options.maxProblemsPerKind ?? 200);
  const decimal = spec.decimal ?? "auto";
  const files: string[] = [];
  let fileName = "archivo";
  let encoding: string | null = null;
  let delimiter: string | null = null;
  let rowsRead = 0;
  let rowsFiltered = 0;
  let rowsJoined = 0;
  let repaired = 0;
  const joined = new Uint8Array(n);
  let headerSeen: string[] | null = null;
  let cols: Record<string, number> = {};

  const shape = spec.shape;
  const long = shape.kind === "long" ? shape : null;
  const mapping = long?.groupMapping ? compileMapping(long.groupMapping) : null;
  const filterKeys = long?.filter ? new Set(long.filter.values.map(nameKey)) : null;
  const buckets = new Map<string, Bucket>();
  const groupLabels = new Map<string, string>();
  const unmapped = new Map<string, GroupCount>();
  const monthsByYear = new Map<number | null, Set<number>>();
  const seenKeys = long?.uniqueKey ? new Set<number>() : null;
  const groupSet = new Set<string>();
  let uniqueIdx: number[] = [];
  let wide: WideColumn[] = [];
  const wideSeen = new Uint8Array(n);

  const key = memo(nameKey);
  const yearOf = memo(parseYear);
  const monthOf = memo(parseMonth);
  const ubigeoJoin = memo((raw: string) => joinByUbigeo(target, raw));
  const problem = (kind: ProblemKind, row: number, detail: string, value = ""): void =>
    report.addProblem(kind, fileName, row, detail, value);

  const requiredColumns = (): [string, string][] => {
    const list: [string, string][] = [];
    const j = spec.joinBy;
    if (j.kind === "ubigeo") list.push(["join", j.column]);
    else {
      list.push(["district", j.district]);
      if (j.department) list.push(["department", j.department]);
      if (j.province) list.push(["province", j.province]);
    }
    if (long) {
      list.push(["value", long.valueColumn]);
      if (long.groupColumn) list.push(["group", long.groupColumn]);
      if (long.filter) list.push(["filter", long.filter.column]);
      if (long.yearColumn) list.push(["year", long.yearColumn]);
      if (long.monthColumn) list.push(["month", long.monthColumn]);
      for (const [i, c] of (long.uniqueKey ?? []).entries()) list.push([`key${i}`, c]);
    } else if (shape.kind === "wide") {
      for (const [i, c] of shape.columns.entries()) list.push([`wide${i}`, c]);
    }
    return list;
  };

  const monthBuckets = new Map<string, Float64Array>();
  const addMonthly = (group: string | null, year: number, month: number, id: number, v: number) => {
    const k = `${group ?? ""}\u0001${year}\u0001${month}`;
    let sums = monthBuckets.get(k);
    if (!sums) {
      sums = new Float64Array(n);
      monthBuckets.set(k, sums);
    }
    sums[id] = (sums[id] ?? 0) + v;
  };
  const bucketFor = (group: string | null, year: number | null): Bucket => {
    const id = `${group ?? ""}\u0001${year ?? ""}`;
    let b = buckets.get(id);
    if (!b) {
      b = { group, year, sums: new Float64Array(n), has: new Uint8Array(n) };
      buckets.set(id, b);
    }
    return b;
  };

  const cell = (row: readonly string[], role: string): string => {
    const i = cols[role];
    return i === undefined ? "" : (row[i] ?? "");
  };

  const join = (row: readonly string[]): JoinResult => {
    const j = spec.joinBy;
    if (j.kind === "ubigeo") return ubigeoJoin(cell(row, "join"));
    return joinByNames(
      target,
      j.department ? cell(row, "department") : null,
      j.province ? cell(row, "province") : null,
      cell(row, "district"),
    );
  };

  const joinProblem = (
    res: Extract<JoinResult, { ok: false }>,
    row: readonly string[],
    rowNumber: number,
  ): void => {
    const raw = spec.joinBy.kind === "ubigeo" ? cell(row, "join") : cell(row, "district");
    const kind: ProblemKind =
      res.reason === "province-level" ||
      res.reason === "department-level" ||
      res.reason === "ambiguous"
        ? res.reason
        : "unjoined";
    problem(kind, rowNumber, res.message, raw);
    report.addUnjoinedCode(res.code ?? (raw.trim().slice(0, 60) || "(vacío)"));
  };

  const addLongRow = (row: readonly string[], rowNumber: number): void => {
    if (!long) return;
    if (filterKeys && !filterKeys.has(key(cell(row, "filter")))) {
      rowsFiltered++;
      return;
    }
    const res = join(row);
    if (!res.ok) return joinProblem(res, row, rowNumber);
    let year: number | null = null;
    if (long.yearColumn) {
      year = yearOf(cell(row, "year"));
      if (year === null)
        return problem(
          "invalid-year",
          rowNumber,
          `año inválido ${show(cell(row, "year"))}`,
          cell(row, "year"),
        );
    }
    let month: number | null = null;
    if (long.monthColumn) {
      month = monthOf(cell(row, "month"));
      if (month === null) {
        return problem(
          "invalid-month",
          rowNumber,
          `mes inválido ${show(cell(row, "month"))}`,
          cell(row, "month"),
        );
      }
    }
    const rawValue = cell(row, "value");
    const num = parseNumber(rawValue, decimal);
    if (num.value === null) {
      const detail =
        num.kind === "empty"
          ? `valor vacío en "${long.valueColumn}"`
          : (num.problem ?? "no es un número");
      return problem("non-numeric", rowNumber, detail, rawValue);
    }
    if (num.value < 0)
      return problem("negative", rowNumber, `conteo negativo (${num.value})`, rawValue);
    if (num.ambiguous) {
      problem(
        "ambiguous-number",
        rowNumber,
        `${show(rawValue)} se leyó como ${num.value} (separador de miles)`,
        rawValue,
      );
    }
    let group: string | null = null;
    if (long.groupColumn) {
      const rawGroup = cell(row, "group").trim();
      if (mapping) {
        const m = mapping.match(rawGroup);
        group = m.group;
        if (!m.mapped) {
          const u = unmapped.get(rawGroup);
          if (u) {
            u.rows++;
            u.total += num.value;
          } else if (unmapped.size < MAX_UNMAPPED)
            unmapped.set(rawGroup, { value: rawGroup, rows: 1, total: num.value });
        }
      } else {
        group = slugKey(rawGroup);
        if (!groupLabels.has(group)) groupLabels.set(group, rawGroup);
      }
    }
    if (seenKeys) {
      const parts = [String(res.id)];
      for (let i = 0; i < uniqueIdx.length; i++) {
        const idx = uniqueIdx[i];
        parts.push(idx === undefined ? "" : key(row[idx] ?? ""));
      }
      const h = hash53(parts.join("\u0001"));
      if (seenKeys.has(h)) {
        return problem(
          "duplicate",
          rowNumber,
          "fila repetida (misma clave que una fila anterior); no se suma de nuevo",
          rawValue,
        );
      }
      seenKeys.add(h);
    }
    if (group !== null && !groupSet.has(group)) {
      if (groupSet.size >= MAX_GROUPS) {
        const column = long.groupColumn ?? "";
        report.setFatal(
          fileName,
          rowNumber,
          `la columna "${column}" tiene más de ${MAX_GROUPS} valores distintos; elija otra columna o un filtro`,
        );
        return;
      }
      groupSet.add(group);
    }
    const b = bucketFor(group, year);
    b.sums[res.id] = (b.sums[res.id] ?? 0) + num.value;
    b.has[res.id] = 1;
    if (month !== null) {
      if (long?.monthly && year !== null) addMonthly(group, year, month, res.id, num.value);
      const set = monthsByYear.get(year) ?? new Set<number>();
      set.add(month);
      monthsByYear.set(year, set);
    }
    if (res.repaired) repaired++;
    rowsJoined++;
    joined[res.id] = 1;
  };

  const addWideRow = (row: readonly string[], rowNumber: number): void => {
    const res = join(row);
    if (!res.ok) return joinProblem(res, row, rowNumber);
    if (wideSeen[res.id]) {
      const code = target.ubigeos[res.id] ?? String(res.id);
      return problem(
        "duplicate",
        rowNumber,
        `el distrito ${code} ya apareció en una fila anterior; se conserva la primera`,
      );
    }
    wideSeen[res.id] = 1;
    for (const col of wide) {
      const raw = row[col.index] ?? "";
      const num = parseNumber(raw, decimal);
      if (num.value !== null) {
        col.numbers[res.id] = num.value;
        col.hasNumber[res.id] = 1;
        col.numericCount++;
        if (num.ambiguous) {
          problem(
            "ambiguous-number",
            rowNumber,
            `${show(raw)} en "${col.name}" se leyó como ${num.value} (separador de miles)`,
            raw,
          );
        }
      } else if (num.kind === "invalid") {
        col.texts[res.id] = raw.trim().slice(0, 200);
        col.textCount++;
        if (col.pending.length < (options.maxProblemsPerKind ?? 200)) {
          col.pending.push({
            row: rowNumber,
            detail: `${num.problem ?? "no es un número"} (columna "${col.name}")`,
            value: raw,
          });
        }
      }
    }
    if (res.repaired) repaired++;
    rowsJoined++;
    joined[res.id] = 1;
  };

  const finishWide = (): { columns: AggregateColumn[]; categorical: CategoricalSummary[] } => {
    const columns: AggregateColumn[] = [];
    const categorical: CategoricalSummary[] = [];
    for (const col of wide) {
      if (col.textCount > col.numericCount) {
        const counts = new Map<string, number>();
        const categories: (string | null)[] = [];
        let withData = 0;
        for (let i = 0; i < n; i++) {
          const t = col.texts[i] ?? null;
          categories.push(t);
          if (t !== null) {
            withData++;
            counts.set(t, (counts.get(t) ?? 0) + 1);
          }
        }
        categorical.push({
          column: col.name,
          categories: [...counts]
            .map(([value, districts]) => ({ value, districts }))
            .sort((a, b) => b.districts - a.districts || a.value.localeCompare(b.value))
            .slice(0, 50),
        });
        columns.push({
          key: slugKey(col.name),
          label: col.name,
          sourceColumn: col.name,
          group: null,
          year: null,
          kind: "categorical",
          values: new Array<number | null>(n).fill(null),
          categories,
          months: null,
          districtsWithData: withData,
        });
      } else {
        for (const p of col.pending) problem("non-numeric", p.row, p.detail, p.value);
        // Counted beyond the kept ones so the total is exact.
        for (let k = col.pending.length; k < col.textCount; k++) report.counts["non-numeric"]++;
        const values: (number | null)[] = [];
        let withData = 0;
        for (let i = 0; i < n; i++) {
          if (col.hasNumber[i]) {
            values.push(col.numbers[i] ?? 0);
            withData++;
          } else values.push(null);
        }
        columns.push({
          key: slugKey(col.name),
          label: col.name,
          sourceColumn: col.name,
          group: null,
          year: null,
          kind: "numeric",
          values,
          categories: null,
          months: null,
          districtsWithData: withData,
        });
      }
    }
    return { columns, categorical };
  };

  const finishLong = (): AggregateColumn[] => {
    if (!long) return [];
    const years = new Set<number | null>([...buckets.values()].map((b) => b.year));
    if (long.zeroFill) {
      // Every group seen in the file exists in every covered year (zeros where no row). Groups of
      // the mapping that never occur get no column: the file does not have them.
      const groups = [...new Set([...buckets.values()].map((b) => b.group))];
      for (const y of years) for (const g of groups) bucketFor(g, y);
    }
    const valueKey = slugKey(long.valueColumn);
    const out: AggregateColumn[] = [];
    const sorted = [...buckets.values()].sort(
      (a, b) => (a.group ?? "").localeCompare(b.group ?? "") || (a.year ?? 0) - (b.year ?? 0),
    );
    for (const b of sorted) {
      const values: (number | null)[] = [];
      let withData = 0;
      for (let i = 0; i < n; i++) {
        if (b.has[i]) {
          values.push(b.sums[i] ?? 0);
          withData++;
        } else values.push(long.zeroFill && joined[i] ? 0 : null);
      }
      const months = long.monthColumn
        ? [...(monthsByYear.get(b.year) ?? [])].sort((x, y) => x - y)
        : null;
      const groupLabel =
        b.group === null ? long.valueColumn : (groupLabels.get(b.group) ?? b.group);
      out.push({
        key: b.group ?? valueKey,
        label: groupLabel,
        sourceColumn: long.valueColumn,
        group: b.group,
        year: b.year,
        kind: "numeric",
        values,
        categories: null,
        months,
        districtsWithData: withData,
      });
    }
    return out;
  };

  /** Monthly sums of every group that has a column, for every covered (year, month); zero-fill as finishLong. */
  const finishMonthly = (columns: readonly AggregateColumn[]): MonthlyColumn[] => {
    const groups = [...new Set(columns.map((c) => c.group))];
    const out: MonthlyColumn[] = [];
    const years = [...monthsByYear.keys()]
      .filter((y): y is number => y !== null)
      .sort((a, b) => a - b);
    for (const group of groups) {
      for (const year of years) {
        for (const month of [...(monthsByYear.get(year) ?? [])].sort((a, b) => a - b)) {
          const sums = monthBuckets.get(`${group ?? ""}\u0001${year}\u0001${month}`);
          const values: (number | null)[] = [];
          for (let i = 0; i < n; i++) {
            const v = sums?.[i] ?? 0;
            values.push(v !== 0 ? v : long?.zeroFill && joined[i] ? 0 : null);
          }
          out.push({ group: group ?? "", year, month, values });
        }
      }
    }
    return out;
  };

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
          `la columna ${d.position} "${d.name.slice(0, 60)}" repite el nombre de la columna ${d.firstPosition}; se importa como "${d.renamed.slice(0, 64)}"`,
          d.name,
        );
      const resolved: Record<string, number> = {};
      const missing: string[] = [];
      if (shape.kind === "wide" && shape.columns.length > MAX_WIDE_COLUMNS) {
        report.setFatal(
          fileName,
          headerRow,
          `se pidieron ${shape.columns.length} columnas de valores; el límite es ${MAX_WIDE_COLUMNS} por importación`,
        );
        return false;
      }
      const findColumn = columnFinder(fields);
      for (const [role, column] of requiredColumns()) {
        const i = findColumn(column);
        if (i < 0) missing.push(column);
        else resolved[role] = i;
      }
      if (missing.length > 0) {
        const guess = detectHeader([fields]);
        const available = fields
          .slice(0, 30)
          .map((f) => `"${f.slice(0, 40)}"`)
          .join(", ");
        report.setFatal(
          fileName,
          headerRow,
          `falta${missing.length > 1 ? "n" : ""} la${missing.length > 1 ? "s" : ""} columna${missing.length > 1 ? "s" : ""} ${missing
            .map((m) => `"${m}"`)
            .join(", ")} (columnas del archivo: ${available})` +
            (guess.hasHeader ? "" : `; ${guess.reason}`),
        );
        return false;
      }
      if (headerSeen === null) headerSeen = [...fields];
      cols = resolved;
      if (long?.uniqueKey) uniqueIdx = long.uniqueKey.map((_, i) => resolved[`key${i}`] ?? -1);
      if (shape.kind === "wide") {
        const previous = wide;
        wide = shape.columns.map((name, i) => {
          const prev = previous[i];
          const index = resolved[`wide${i}`] ?? -1;
          return prev
            ? { ...prev, index }
            : {
                name,
                index,
                numbers: new Float64Array(n),
                hasNumber: new Uint8Array(n),
                texts: [],
                numericCount: 0,
                textCount: 0,
                pending: [],
              };
        });
      }
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
          report.setFatal(fileName, rowNumber, "no hay encabezado");
          return;
        }
        if (row.length < headerSeen.length) {
          problem(
            "parse",
            rowNumber,
            `la fila tiene ${row.length} columnas y el encabezado ${headerSeen.length}; se omite`,
          );
          return;
        }
        if (
          row.length > headerSeen.length &&
          row.slice(headerSeen.length).some((c) => c.trim() !== "")
        ) {
          problem(
            "parse",
            rowNumber,
            `la fila tiene ${row.length} columnas y el encabezado ${headerSeen.length}; se ignoran las sobrantes`,
          );
        }
        if (long) addLongRow(row, rowNumber);
        else addWideRow(row, rowNumber);
      } catch (e) {
        report.setFatal(
          fileName,
          rowNumber,
          `error inesperado: ${e instanceof Error ? e.message : String(e)}`,
        );
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
          if (headerSeen === null) report.setFatal(fileName, 0, "el archivo está vacío");
          else if (long) columns = finishLong();
          else ({ columns, categorical } = finishWide());
        }
      } catch (e) {
        report.setFatal(
          fileName,
          0,
          `error inesperado: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      const yearsList = [
        ...new Set(columns.map((c) => c.year).filter((y): y is number => y !== null)),
      ].sort((a, b) => a - b);
      const monthsRecord: Record<string, number[]> = {};
      for (const [y, set] of monthsByYear)
        monthsRecord[String(y ?? "")] = [...set].sort((a, b) => a - b);
      const built = report.build({
        files,
        encoding,
        delimiter,
        rowsRead,
        rowsFiltered,
        rowsJoined,
        districtsJoined: joined.reduce((s, v) => s + v, 0),
        repairedCodes: repaired,
        unmappedGroups: [...unmapped.values()].sort(
          (a, b) => b.rows - a.rows || a.value.localeCompare(b.value),
        ),
        categorical,
        years: yearsList,
        monthsByYear: monthsRecord,
      });
      const fatal = built.fatal !== null;
      const result: AggregateResult | null = fatal
        ? null
        : { districtCount: n, columns, years: yearsList, monthsByYear: monthsRecord };
      if (result && long?.monthly) result.monthly = finishMonthly(columns);
      return { report: built, result };
    },
  };
  return aggregator;
}

/**
 * Tokenizes whole CSV records (injected: PapaParse in the worker and scripts). The text always uses
 * "\n" line breaks (CRLF and lone CR are normalised by the caller) and has no trailing break.
 */
export type RecordParser = (
  text: string,
  delimiter: Delimiter,
) => { rows: string[][]; errors: { row: number; message: string }[] };

export interface CsvStream {
  /** Feed the next chunk of bytes. */
  push(bytes: Uint8Array): void;
  /** Flush the last record. */
  end(): void;
  readonly bytesRead: number;
  readonly encoding: TextEncoding | null;
  readonly delimiter: Delimiter | null;
}

const SNIFF_CHARS = 64 * 1024;
const SNIFF_BYTES = 64 * 1024;
const MAX_PENDING_CHARS = 32 * 1024 * 1024;

/**
 * Drive an aggregator from raw bytes of one file. The encoding is decided from the first 64 KB
 * (or the spec's choice), the delimiter sniffed from the first 64 KB of text (or the spec's choice),
 * and text is cut after the last line break outside quotes so the parser only sees whole records;
 * row numbers therefore count records (header = 1), as spreadsheets do. Quoted fields may span lines.
 * A record longer than 32 MB (usually an unclosed quote) stops the import with a fatal error.
 * `options.sniffBytes` (default 64 KB) is how much is buffered before deciding encoding/delimiter
 * (tests lower it to exercise chunk boundaries).
 */
export function createCsvStream(
  aggregator: Aggregator,
  spec: Pick<ImportSpec, "encoding" | "delimiter">,
  fileName: string,
  parse: RecordParser,
  options: { sniffBytes?: number } = {},
): CsvStream {
  const sniffBytes = options.sniffBytes ?? SNIFF_BYTES;
  let decoder: StreamDecoder | null = null;
  let encoding: TextEncoding | null = null;
  let delimiter: Delimiter | null = spec.delimiter === "auto" ? null : spec.delimiter;
  let pending = "";
  let bytesRead = 0;
  let nextRow = 1;
  let headerDone = false;
  let stopped = false;
  let head: Uint8Array[] = [];
  let scanPos = 0;
  let scanInQuotes = false;
  let boundary = -1;
  let crOnly: boolean | null = null;
  aggregator.beginFile(fileName);
  let headBytes = 0;

  const startDecoding = (final: boolean): void => {
    const first = new Uint8Array(headBytes);
    let offset = 0;
    for (const part of head) {
      first.set(part, offset);
      offset += part.length;
    }
    head = [];
    const decision = detectTextEncoding(first, spec.encoding, !final);
    encoding = decision.encoding;
    decoder = createTextDecoder(decision.encoding);
    pending += decoder.decode(first);
    // Random bytes or a binary file (xlsx, zip, image): say so rather than report odd columns.
    if (classifyText(pending) === "binary") {
      aggregator.setFatal(0, "el archivo no es una tabla de texto (CSV o TXT)");
      stopped = true;
      return;
    }
    if (!final) drain(false);
  };

  const consume = (text: string): void => {
    if (text === "" || delimiter === null) return;
    const { rows, errors } = parse(text, delimiter);
    const base = nextRow;
    // Errors are reported in row order, interleaved with the rows, so the result does not depend on
    // where chunks were cut (and nothing is reported after a fatal error).
    const sortedErrors = [...errors].sort((a, b) => a.row - b.row);
    let e = 0;
    for (const row of rows) {
      const rowNumber = nextRow++;
      for (; e < sortedErrors.length && (sortedErrors[e]?.row ?? 0) + base <= rowNumber; e++) {
        aggregator.addParseError(
          base + (sortedErrors[e]?.row ?? 0),
          sortedErrors[e]?.message ?? "",
        );
      }
      if (!headerDone) {
        if (row.length === 1 && (row[0] ?? "").trim() === "") continue;
        headerDone = true;
        if (!aggregator.setHeader(row, fileName, rowNumber)) {
          stopped = true;
          return;
        }
        continue;
      }
      aggregator.addRow(row, rowNumber);
      if (aggregator.hasFatal()) {
        stopped = true;
        return;
      }
    }
  };

  const drain = (final: boolean): void => {
    if (stopped) return;
    if (delimiter === null) {
      const window = Math.min(SNIFF_CHARS, sniffBytes);
      if (!final && pending.length < window) return;
      delimiter = sniffDelimiter(pending.slice(0, window)).delimiter;
    }
    if (crOnly === null) {
      // Old Mac files end lines with a lone CR: turn them into LF, here and for later text. Decided
      // on the first LF (→ not CR-only), or after 64 KB / at the end without any LF.
      if (pending.includes("\n")) crOnly = false;
      else if (final || pending.length >= SNIFF_CHARS) {
        crOnly = pending.includes("\r");
        if (crOnly) pending = pending.replace(/\r/g, "\n");
      }
    }
    aggregator.setFormat(encoding ?? "utf-8", delimiter);
    let complete: string;
    if (final) {
      complete = pending;
      pending = "";
    } else {
      // Incremental scan: only text added since the last call is examined (O(n) overall).
      for (let i = scanPos; i < pending.length; i++) {
        const code = pending.charCodeAt(i);
        if (code === 34) scanInQuotes = !scanInQuotes;
        else if (code === 10 && !scanInQuotes) boundary = i + 1;
      }
      scanPos = pending.length;
      const cut = boundary;
      if (cut < 0) {
        if (pending.length > MAX_PENDING_CHARS) {
          aggregator.setFatal(
            nextRow,
            "comillas sin cerrar o fila de más de 32 MB; revise el archivo",
          );
          stopped = true;
        }
        return;
      }
      scanPos -= cut;
      boundary = -1;
      complete = pending.slice(0, cut);
      pending = pending.slice(cut);
    }
    // Drop the final line break so the parser does not emit an empty trailing record; a chunk
    // that is only a blank line still counts as one record for the row numbers.
    // Stray BOMs (files concatenated by hand) are dropped: PapaParse would drop one at the start of
    // a chunk only, which would make the result depend on where chunks were cut.
    const text = complete
      .replace(/\ufeff/g, "")
      .replace(/\r\n/g, "\n")
      .replace(/\n$/, "");
    if (text === "" && complete !== "") nextRow++;
    else consume(text);
  };

  return {
    push(bytes) {
      if (stopped) return;
      bytesRead += bytes.length;
      if (decoder === null) {
        // Decide the encoding on the first 64 KB, not on a possibly tiny first chunk.
        head.push(bytes);
        headBytes += bytes.length;
        if (headBytes < sniffBytes) return;
        startDecoding(false);
        return;
      }
      const decoded = decoder.decode(bytes);
      pending += crOnly ? decoded.replace(/\r/g, "\n") : decoded;
      drain(false);
    },
    end() {
      if (stopped) return;
      if (decoder === null) startDecoding(true);
      if (stopped) return;
      if (decoder !== null) {
        const rest = decoder.decode(new Uint8Array(0), true);
        pending += crOnly ? rest.replace(/\r/g, "\n") : rest;
      }
      drain(true);
      if (!headerDone && !stopped) aggregator.setFatal(0, "el archivo está vacío");
    },
    get bytesRead() {
      return bytesRead;
    },
    get encoding() {
      return encoding;
    },
    get delimiter() {
      return delimiter;
    },
  };
}
