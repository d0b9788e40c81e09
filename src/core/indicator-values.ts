import type { IndicatorColumn, IndicatorDef } from "./types";

/**
 * Methodology step 1 (indicators): raw indicator values from the district table.
 * Values are aligned with `table.districts` (values[i] belongs to the district with id i).
 */

/*
 * The core may not import src/data (lint boundary), so the table is described structurally here;
 * contract.ts DistrictTable / Series / DistrictRow satisfy these shapes.
 */

/** Same shape as (a subset of) contract.ts `Series`. */
export interface SeriesLike {
  key: string;
  year: number | null;
  values: readonly (number | null)[];
}

/** Same shape as (a subset of) contract.ts `DistrictRow`. */
export interface DistrictLike {
  id: number;
  ubigeo: string;
  name: string;
  provinceCode: string;
  departmentCode: string;
  /** km² */
  areaKm2: number;
  /** Queen-contiguity neighbour ids. */
  neighbors: readonly number[];
}

/** Same shape as (a subset of) contract.ts `DistrictTable`. */
export interface TableLike {
  districts: readonly DistrictLike[];
  series: readonly SeriesLike[];
}

export interface IndicatorResolution {
  columns: IndicatorColumn[];
  /** Indicators whose source series is absent from the table (all values null), e.g. SIDPOL crime. */
  missingIndicators: string[];
}

/**
 * Pick the series `key` for a reference year.
 * Rule: the series of exactly `year`; else the latest year ≤ `year`; else the latest year available.
 * `year` null/undefined → the latest year. Series without a year (null) rank below any dated one.
 * No series with that key → null.
 */
export function pickSeries<S extends SeriesLike>(
  series: readonly S[],
  key: string,
  year?: number | null,
): S | null {
  let exact: S | null = null;
  let below: S | null = null;
  let latest: S | null = null;
  const y = (s: S): number => s.year ?? -Infinity;
  for (const s of series) {
    if (s.key !== key) continue;
    if (latest === null || y(s) > y(latest)) latest = s;
    if (year === null || year === undefined) continue;
    if (s.year === year) exact = s;
    else if (y(s) < year && (below === null || y(s) > y(below))) below = s;
  }
  return exact ?? below ?? latest;
}

/**
 * Pick the series `key` whose year is nearest to `year` (ties → the later year); `year` null →
 * the latest. Used for rate denominators: population of the year nearest to the numerator's year.
 */
export function pickNearestSeries<S extends SeriesLike>(
  series: readonly S[],
  key: string,
  year: number | null,
): S | null {
  if (year === null) return pickSeries(series, key, null);
  let best: S | null = null;
  let bestDist = Infinity;
  for (const s of series) {
    if (s.key !== key) continue;
    const d = s.year === null ? Infinity : Math.abs(s.year - year);
    if (
      best === null ||
      d < bestDist ||
      (d === bestDist && (s.year ?? -Infinity) > (best.year ?? -Infinity))
    ) {
      best = s;
      bestDist = d;
    }
  }
  return best;
}

const finiteOrNull = (v: number | null | undefined): number | null =>
  v !== null && v !== undefined && Number.isFinite(v) ? v : null;

/**
 * Resolve every indicator formula into a column of raw values (see types.ts IndicatorFormula).
 * - series:  value of the picked series (pickSeries).
 * - rate:    count / population × per, units "per `per` inhabitants"; the population series is the
 *            one nearest to the numerator's year. Counts and populations are kept for empirical-Bayes
 *            smoothing. Population ≤ 0 or missing, or count missing → null.
 * - density: numerator / areaKm2 (inhabitants per km²); area ≤ 0 → null.
 * Indicators whose series is absent get all-null values and are listed in `missingIndicators`.
 * The column's `year` is the (numerator) series' year.
 */
export function resolveIndicatorColumns(
  table: TableLike,
  defs: readonly IndicatorDef[],
  year?: number | null,
): IndicatorResolution {
  const n = table.districts.length;
  const columns: IndicatorColumn[] = [];
  const missingIndicators: string[] = [];
  const allNull = (): (number | null)[] => new Array<number | null>(n).fill(null);

  for (const def of defs) {
    const f = def.formula;
    const key = f.kind === "series" ? f.key : f.numerator;
    const main = pickSeries(table.series, key, year);
    if (main === null) {
      missingIndicators.push(def.id);
      columns.push({ id: def.id, values: allNull(), year: null });
      continue;
    }
    const raw = (i: number): number | null => finiteOrNull(main.values[i]);
    if (f.kind === "series") {
      columns.push({
        id: def.id,
        values: Array.from({ length: n }, (_, i) => raw(i)),
        year: main.year,
      });
    } else if (f.kind === "density") {
      const values = table.districts.map((d, i) => {
        const v = raw(i);
        return v === null || !(d.areaKm2 > 0) ? null : v / d.areaKm2;
      });
      columns.push({ id: def.id, values, year: main.year });
    } else {
      const den = pickNearestSeries(table.series, f.denominator, main.year);
      if (den === null) {
        missingIndicators.push(def.id);
        columns.push({ id: def.id, values: allNull(), year: main.year });
        continue;
      }
      const counts = Array.from({ length: n }, (_, i) => raw(i));
      const populations = Array.from({ length: n }, (_, i) => finiteOrNull(den.values[i]));
      const values = counts.map((c, i) => {
        const p = populations[i] ?? null;
        return c === null || p === null || p <= 0 ? null : (c / p) * f.per;
      });
      columns.push({ id: def.id, values, counts, populations, per: f.per, year: main.year });
    }
  }
  return { columns, missingIndicators };
}

/** Columns only; see resolveIndicatorColumns for the rules and the missing-indicator report. */
export function buildIndicatorColumns(
  table: TableLike,
  defs: readonly IndicatorDef[],
  year?: number | null,
): IndicatorColumn[] {
  return resolveIndicatorColumns(table, defs, year).columns;
}
