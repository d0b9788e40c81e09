import type { DistrictTable, Series } from "../data/contract";
import {
  isPartialSeries,
  pickSeries,
  resolveIndicatorColumns,
  type PeriodInput,
} from "./indicator-values";
import type { IndicatorColumn, IndicatorDef, Text } from "./types";

/** A choice of what the choropleth shows: an indicator (formula) or a plain series of the table. */
export interface LayerOption {
  id: string;
  kind: "indicator" | "series";
  label: Text;
  unit: Text;
  /** Years available, ascending; empty when the data has no year. */
  years: number[];
  /** Of those, the partial ones (fewer than 12 months): never the default, labelled when chosen. */
  partialYears: number[];
  /** Dimension for grouping in the picker ("crime", "population", … or "other"). */
  dimension: string;
}

export interface LayerValues {
  values: (number | null)[];
  /** Year actually used (the series' year), null when undated. */
  year: number | null;
  /** Ids of the DataSources behind the values (numerator and denominator). */
  sourceIds: string[];
  /** Crime indicators and rates: years pooled, population years, partial months (see IndicatorColumn). */
  period?: IndicatorColumn["period"];
}

const keysOf = (def: IndicatorDef): string[] =>
  def.formula.kind === "series"
    ? [def.formula.key]
    : def.formula.kind === "density"
      ? [def.formula.numerator]
      : [def.formula.numerator, def.formula.denominator];

const partialYearsOf = (series: readonly Series[], key: string): number[] =>
  [
    ...new Set(
      series.flatMap((s) =>
        s.key === key && s.year !== null && isPartialSeries(s) ? [s.year] : [],
      ),
    ),
  ].sort((a, b) => a - b);

const yearsOf = (series: readonly Series[], key: string): number[] =>
  [...new Set(series.flatMap((s) => (s.key === key && s.year !== null ? [s.year] : [])))].sort(
    (a, b) => a - b,
  );

/**
 * Layers the data can show: every indicator whose main series exists, then every series key no
 * indicator uses (e.g. police stations, confidence bounds, auto-discovered sources).
 * Years are those of the indicator's main (numerator) series.
 */
export function listLayerOptions(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
): LayerOption[] {
  const present = new Set(table.series.map((s) => s.key));
  const used = new Set<string>();
  const options: LayerOption[] = [];
  for (const def of defs) {
    const keys = keysOf(def);
    keys.forEach((k) => used.add(k));
    const main = keys[0];
    if (main === undefined || !present.has(main)) continue;
    options.push({
      id: def.id,
      kind: "indicator",
      label: def.label,
      unit: def.unit,
      years: yearsOf(table.series, main),
      partialYears: partialYearsOf(table.series, main),
      dimension: def.dimension,
    });
  }
  const seen = new Set<string>();
  for (const s of table.series) {
    if (used.has(s.key) || seen.has(s.key)) continue;
    seen.add(s.key);
    options.push({
      id: `series:${s.key}`,
      kind: "series",
      label: s.label,
      unit: { es: s.unit, en: s.unit },
      years: yearsOf(table.series, s.key),
      partialYears: partialYearsOf(table.series, s.key),
      dimension: "other",
    });
  }
  return options;
}

/**
 * Raw values of a layer for a period (unsmoothed, untreated: what the source says, or the indicator's
 * formula applied to it). Year rule as in pickSeries: exact, else latest earlier, else latest
 * complete; crime indicators pool the period's window (resolveIndicatorColumns).
 */
export function resolveLayerValues(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  layerId: string,
  period: PeriodInput,
): LayerValues | null {
  if (layerId.startsWith("series:")) {
    const year = typeof period === "object" && period !== null ? period.year : period;
    const s = pickSeries(table.series, layerId.slice("series:".length), year ?? null);
    return s ? { values: s.values, year: s.year, sourceIds: [s.sourceId] } : null;
  }
  const def = defs.find((d) => d.id === layerId);
  if (!def) return null;
  const { columns, missingIndicators } = resolveIndicatorColumns(table, [def], period);
  const col = columns[0];
  if (!col || missingIndicators.length > 0) return null;
  const sourceIds = keysOf(def)
    .map((k) => pickSeries(table.series, k, col.year)?.sourceId)
    .filter((id): id is string => id !== undefined);
  const out: LayerValues = {
    values: col.values,
    year: col.year,
    sourceIds: [...new Set(sourceIds)],
  };
  if (col.period) out.period = col.period;
  return out;
}
