/**
 * What an import is asked to do (ImportSpec: encoding, delimiter, decimal mark, join and shape) and
 * what it produces (AggregateResult: one column per indicator, aligned by district id). Types and
 * the one limit shared with the form; the work is in import-aggregate.ts and its parts.
 */
import type { EncodingChoice } from "./csv-decode";
import type { DelimiterChoice } from "./csv-sniff";
import type { DecimalMark } from "./number-parse";

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

export type WideShape = Extract<ShapeSpec, { kind: "wide" }>;
export type LongShape = Extract<ShapeSpec, { kind: "long" }>;

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
