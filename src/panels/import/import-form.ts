/**
 * The options of a generic import (what the "Datos" form edits) and their translation into the
 * core's ImportSpec, with guesses from the file's header and first rows.
 */
import type { EncodingChoice } from "../../core/csv-decode";
import type { DelimiterChoice } from "../../core/csv-sniff";
import type { ImportFormError } from "../../core/import-messages";
import { MAX_WIDE_COLUMNS, type ImportSpec } from "../../core/import-spec";
import { parseNumber } from "../../core/number-parse";
import { nameKey } from "../../core/ubigeo";

export interface ImportForm {
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  join: "ubigeo" | "names";
  ubigeoColumn: string;
  departmentColumn: string;
  provinceColumn: string;
  districtColumn: string;
  shape: "wide" | "long";
  /** Wide: each column becomes an indicator (numeric) or a category layer (text). */
  wideColumns: string[];
  /** Long: summed per district (and group, year). */
  valueColumn: string;
  groupColumn: string;
  filterColumn: string;
  /** Comma-separated values kept by the filter. */
  filterValues: string;
  yearColumn: string;
}

/** What the form needs from the file preview. */
export interface PreviewLike {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/** Numeric columns ticked by default: a wider file gets the first ones only (issue #13). */
export const MAX_PRETICKED_COLUMNS = 50;
/** Hard limit of value columns in one wide import: the core's rule, checked before reading. */
export const MAX_IMPORT_COLUMNS = MAX_WIDE_COLUMNS;

const find = (header: readonly string[], test: (k: string) => boolean): string =>
  header.find((h) => test(nameKey(h))) ?? "";

const cells = (p: PreviewLike, i: number): string[] =>
  p.rows.map((r) => (r[i] ?? "").trim()).filter((c) => c !== "");

/** A column whose first non-empty cells are mostly numbers (a stray "abc" is reported later). */
function isNumericColumn(p: PreviewLike, i: number): boolean {
  const c = cells(p, i);
  return c.length > 0 && c.filter((x) => parseNumber(x).value !== null).length * 2 > c.length;
}

/**
 * Guesses: ubigeo = a header containing "ubigeo" (else a column of 5–6 digit codes); names =
 * headers containing "dep"/"dpto"/"region", "prov", "dist"; wide columns = the mostly numeric columns
 * other than the join columns; year = "anio"/"año"/"year"; value = the first other numeric column.
 */
export function guessForm(p: PreviewLike): ImportForm {
  const h = p.header;
  let ubigeo = find(h, (k) => k.includes("ubigeo") || k === "ubigeo");
  if (!ubigeo) {
    const i = h.findIndex((_, j) => {
      const c = cells(p, j);
      return c.length > 0 && c.every((x) => /^\d{5,6}$/.test(x));
    });
    ubigeo = i >= 0 ? (h[i] ?? "") : "";
  }
  const department = find(h, (k) => /\b(departamento|dpto|dep|region)/.test(k));
  const province = find(h, (k) => /\bprov/.test(k));
  const district = find(h, (k) => /\bdist/.test(k));
  const year = find(h, (k) => /^(anio|ano|year|periodo)\b/.test(k));
  const joinCols = new Set([ubigeo, department, province, district, year].filter((c) => c));
  // Stop at the pre-tick limit: a 30,000-column file must not test every column on the main thread.
  const numeric: string[] = [];
  for (let i = 0; i < h.length && numeric.length < MAX_PRETICKED_COLUMNS; i++) {
    const c = h[i] ?? "";
    if (!joinCols.has(c) && isNumericColumn(p, i)) numeric.push(c);
  }
  return {
    encoding: "auto",
    delimiter: "auto",
    join: ubigeo ? "ubigeo" : "names",
    ubigeoColumn: ubigeo,
    departmentColumn: department,
    provinceColumn: province,
    districtColumn: district,
    shape: "wide",
    wideColumns: numeric.slice(0, MAX_PRETICKED_COLUMNS),
    valueColumn: numeric[0] ?? "",
    groupColumn: "",
    filterColumn: "",
    filterValues: "",
    yearColumn: year,
  };
}

/**
 * The columns whose name contains the query, compared by nameKey (case, accents and punctuation
 * ignored; `keys[i]` = nameKey(header[i])), in file order; the whole header for an empty query.
 */
export function filterColumns(
  header: readonly string[],
  keys: readonly string[],
  query: string,
): readonly string[] {
  const q = nameKey(query);
  if (q === "") return header;
  const out: string[] = [];
  for (let i = 0; i < header.length; i++) if (keys[i]?.includes(q)) out.push(header[i] ?? "");
  return out;
}

/**
 * The matching columns "tick all" adds: not a join column, not ticked yet, in file order, and no
 * more than the room left under `limit` ticked columns.
 */
export function columnsToTick(
  matches: readonly string[],
  ticked: ReadonlySet<string>,
  joinColumns: ReadonlySet<string>,
  limit: number,
): string[] {
  const room = Math.max(0, limit - ticked.size);
  const out: string[] = [];
  for (const h of matches) {
    if (out.length >= room) break;
    if (!joinColumns.has(h) && !ticked.has(h)) out.push(h);
  }
  return out;
}

/** The spec for the form, or a code saying what is missing (worded by i18n/import-copy.ts). */
export function formToSpec(f: ImportForm): { spec: ImportSpec } | { error: ImportFormError } {
  let joinBy: ImportSpec["joinBy"];
  if (f.join === "ubigeo") {
    if (!f.ubigeoColumn) return { error: { code: "chooseUbigeo" } };
    joinBy = { kind: "ubigeo", column: f.ubigeoColumn };
  } else {
    if (!f.districtColumn) return { error: { code: "chooseDistrict" } };
    joinBy = {
      kind: "names",
      district: f.districtColumn,
      ...(f.departmentColumn ? { department: f.departmentColumn } : {}),
      ...(f.provinceColumn ? { province: f.provinceColumn } : {}),
    };
  }
  let shape: ImportSpec["shape"];
  if (f.shape === "wide") {
    if (f.wideColumns.length === 0) return { error: { code: "tickColumns" } };
    if (f.wideColumns.length > MAX_IMPORT_COLUMNS)
      return {
        error: { code: "tooManyTicked", ticked: f.wideColumns.length, limit: MAX_IMPORT_COLUMNS },
      };
    shape = { kind: "wide", columns: [...f.wideColumns] };
  } else {
    if (!f.valueColumn) return { error: { code: "chooseValue" } };
    const values = f.filterValues
      .split(",")
      .map((v) => v.trim())
      .filter((v) => v !== "");
    if (f.filterColumn && values.length === 0) {
      return { error: { code: "filterValues", column: f.filterColumn } };
    }
    shape = {
      kind: "long",
      valueColumn: f.valueColumn,
      ...(f.groupColumn ? { groupColumn: f.groupColumn } : {}),
      ...(f.filterColumn ? { filter: { column: f.filterColumn, values } } : {}),
      ...(f.yearColumn ? { yearColumn: f.yearColumn } : {}),
    };
  }
  return { spec: { encoding: f.encoding, delimiter: f.delimiter, decimal: "auto", joinBy, shape } };
}
