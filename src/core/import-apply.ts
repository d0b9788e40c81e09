/**
 * Turn an accepted import into new series (and indicator definitions) for the district table,
 * without mutating the input: the result is a new table object sharing the untouched parts; undo is
 * simply "keep the previous table" (returned alongside).
 *
 * The core may not import src/data/contract.ts (lint boundary), so the table is described
 * structurally here; the app's DistrictTable / Series satisfy these shapes.
 */
import { slugKey } from "./import-cells";
import { ImportFailureError } from "./import-messages";
import type { AggregateColumn, AggregateResult } from "./import-spec";
import type { Direction, IndicatorDef, Text } from "./types";

/** Same shape as contract.ts `Series`. */
export interface ImportSeries {
  key: string;
  year: number | null;
  sourceId: string;
  unit: string;
  label: { es: string; en: string };
  values: (number | null)[];
  months?: number[];
}

/** Same shape as contract.ts `DistrictTable`, generic over the district row. */
export interface ImportTable<D> {
  version: 1;
  districts: D[];
  series: ImportSeries[];
}

/** A categorical column (e.g. semáforo verde/ámbar/rojo) kept per district for a category layer. */
export interface CategoricalLayer {
  key: string;
  label: string;
  sourceId: string;
  /** Per district id. */
  values: (string | null)[];
  categories: string[];
}

export interface ApplyOptions {
  /** Source id written on each series, e.g. "import-1". */
  sourceId: string;
  /**
   * Prefix of series keys: "crime_" makes a SIDPOL import replace the bundled crime series
   * (crime_property…); "imp_<file>_" keeps a generic import apart.
   */
  keyPrefix: string;
  /** Every numeric column gets this key (a one-value-column import by year, e.g. security spending). */
  key?: string;
  /**
   * Remove every existing series whose key starts with this prefix (all years) before adding: a
   * newer SIDPOL release REPLACES the bundled crime series, never mixes with them (a family or a
   * year the new file lacks must not survive from the old release). Listed in `replaced`.
   */
  replaceAllWithPrefix?: string;
  unit: string;
  /** Create one IndicatorDef per new series key (generic imports); false for crime_* keys. */
  createIndicators: boolean;
  direction: Direction;
  defaultWeight: number;
  dimension: string;
}

export interface AppliedImport<D> {
  /** The new table (input untouched). */
  table: ImportTable<D>;
  /** The input table, for undo. */
  previous: ImportTable<D>;
  /** "key@year" of the series added. */
  added: string[];
  /** "key@year" of existing series replaced by imported ones (same key and year). */
  replaced: string[];
  indicators: IndicatorDef[];
  categorical: CategoricalLayer[];
}

const seriesId = (key: string, year: number | null): string => `${key}@${year ?? "-"}`;

/**
 * Apply an import result. Each numeric column → one series with key `keyPrefix + column.key`,
 * year = column.year, values copied (the district count must match the table, else it throws: a
 * result built against another layer cannot be applied). An existing series with the same key and
 * year is replaced (listed in `replaced`); all others are kept in order. Categorical columns become
 * CategoricalLayers (not series: the contract's values are numbers). Each indicator created gets
 * `description`, worded by the caller (config/layer-text.ts importedIndicatorDescription, so the
 * core holds no words; default: the source id). Pure: neither `table` nor `result` is mutated.
 */
export function applyImport<D>(
  table: ImportTable<D>,
  result: AggregateResult,
  options: ApplyOptions,
  description: Text = { es: options.sourceId, en: options.sourceId },
): AppliedImport<D> {
  if (result.districtCount !== table.districts.length) {
    throw new ImportFailureError({
      code: "districtCountMismatch",
      imported: result.districtCount,
      table: table.districts.length,
    });
  }
  const numeric = result.columns.filter((c) => c.kind === "numeric");
  const newSeries: ImportSeries[] = numeric.map((c) => toSeries(c, options));
  const incoming = new Set(newSeries.map((s) => seriesId(s.key, s.year)));
  const replaced: string[] = [];
  const prefix = options.replaceAllWithPrefix;
  const kept = table.series.filter((s) => {
    const id = seriesId(s.key, s.year);
    const drop = incoming.has(id) || (prefix !== undefined && s.key.startsWith(prefix));
    if (drop) replaced.push(id);
    return !drop;
  });
  const keys = [...new Set(newSeries.map((s) => s.key))];
  const indicators: IndicatorDef[] = options.createIndicators
    ? keys.map((key) => {
        const label = newSeries.find((s) => s.key === key)?.label ?? { es: key, en: key };
        return {
          id: key,
          label,
          description,
          unit: { es: options.unit, en: options.unit },
          direction: options.direction,
          defaultWeight: options.defaultWeight,
          dimension: options.dimension,
          formula: { kind: "series", key },
          imported: true,
        };
      })
    : [];
  const categorical: CategoricalLayer[] = result.columns
    .filter((c) => c.kind === "categorical" && c.categories !== null)
    .map((c) => {
      const values = [...(c.categories ?? [])];
      const categories = [...new Set(values.filter((v): v is string => v !== null))].sort();
      return {
        key: options.keyPrefix + c.key,
        label: c.label,
        sourceId: options.sourceId,
        values,
        categories,
      };
    });
  return {
    table: { ...table, series: [...kept, ...newSeries] },
    previous: table,
    added: newSeries.map((s) => seriesId(s.key, s.year)),
    replaced,
    indicators,
    categorical,
  };
}

function toSeries(c: AggregateColumn, options: ApplyOptions): ImportSeries {
  const series: ImportSeries = {
    key: options.key ?? options.keyPrefix + c.key,
    year: c.year,
    sourceId: options.sourceId,
    unit: options.unit,
    label: { es: c.label, en: c.label },
    values: [...c.values],
  };
  if (c.months !== null) series.months = [...c.months];
  return series;
}

/** Undo an applied import: the previous table, unchanged. */
export function undoImport<D>(applied: AppliedImport<D>): ImportTable<D> {
  return applied.previous;
}

/** Key prefix for a generic import of `fileName`: "imp_<slug>_" (e.g. "imp_semaforo_2024_"). */
export function importKeyPrefix(fileName: string): string {
  return `imp_${slugKey(fileName.replace(/\.[^.]*$/, ""))}_`;
}
