import type { IndicatorColumn, IndicatorDef, Methodology } from "./types";

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
  /** Months covered (1..12) for series counted by month (SIDPOL); fewer than 12 = partial year. */
  months?: readonly number[];
}

/**
 * The period a crime indicator covers (methodology step 1).
 * - year:      last year of the period; null = the latest complete year (see pickSeries).
 * - window:    number of complete years pooled, ending at `year` (1 = that year alone). A partial
 *              year is never pooled: choosing it gives that year alone.
 * - annualise: for a partial year, scale counts by 12 / months (reports spread evenly over the year;
 *              seasonality ignored). Ignored for complete years.
 * Non-crime indicators use `year` only (their series have no months).
 */
export interface Period {
  year: number | null;
  window: number;
  annualise: boolean;
}

/** A year, or a (partial) period; missing fields: latest complete year, 1 year, annualised. */
export type PeriodInput = number | null | undefined | Partial<Period>;

/** Normalise a PeriodInput: window is an integer ≥ 1 (default 1), annualise defaults to true. */
export function toPeriod(input: PeriodInput): Period {
  if (input === null || input === undefined || typeof input === "number") {
    return { year: input ?? null, window: 1, annualise: true };
  }
  const w = input.window;
  return {
    year: input.year ?? null,
    window: w !== undefined && Number.isFinite(w) && w >= 1 ? Math.floor(w) : 1,
    annualise: input.annualise ?? true,
  };
}

/**
 * Default number of complete years pooled for crime rates. Chosen from the rank-stability measurement
 * (scripts/measure-crime-window.ts, reported in the methodology sheet): pooling 3 years raises the
 * year-to-year rank correlation and keeps tiny districts from topping the ranking on a few reports.
 */
export const DEFAULT_CRIME_WINDOW = 3;

/** The period a methodology asks for (year, crime window, annualise). */
export function methodologyPeriod(
  m: Pick<Methodology, "year" | "crimeWindow" | "annualise">,
): Period {
  return toPeriod({
    year: m.year ?? null,
    window: m.crimeWindow ?? 1,
    annualise: m.annualise ?? true,
  });
}

/** True when the series was counted by month and covers fewer than 12 of them (e.g. Jan–Feb 2026). */
export function isPartialSeries(s: Pick<SeriesLike, "months">): boolean {
  return s.months !== undefined && s.months.length > 0 && s.months.length < 12;
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
 * Pick the series `key` for a reference year: THE year rule of the app (index, layers, card, sheet).
 * Rule: the series of exactly `year`; else the latest year ≤ `year`; else the latest year available.
 * `year` null/undefined → the latest COMPLETE year (a partial year, months < 12, is used only when
 * asked for by its year), or the latest year when every year is partial. Series without a year
 * (null) rank below any dated one. No series with that key → null.
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
  let latestComplete: S | null = null;
  for (const s of series) {
    if (s.key !== key) continue;
    if (latest === null || y(s) > y(latest)) latest = s;
    if (!isPartialSeries(s) && (latestComplete === null || y(s) > y(latestComplete))) {
      latestComplete = s;
    }
    if (year === null || year === undefined) continue;
    if (s.year === year) exact = s;
    else if (y(s) < year && (below === null || y(s) > y(below))) below = s;
  }
  if (year === null || year === undefined) return latestComplete ?? latest;
  return exact ?? below ?? latest;
}

/**
 * Series of `key` pooled over a period ending at `end` (a picked series): `end` alone when it is
 * partial or window = 1, else every complete year in [end.year − window + 1, end.year] present in
 * the table, ascending.
 */
export function windowSeries<S extends SeriesLike>(
  series: readonly S[],
  key: string,
  end: S,
  window: number,
): S[] {
  if (window <= 1 || end.year === null || isPartialSeries(end)) return [end];
  const from = end.year - window + 1;
  return series
    .filter(
      (s) =>
        s.key === key &&
        s.year !== null &&
        s.year >= from &&
        s.year <= (end.year ?? -Infinity) &&
        !isPartialSeries(s),
    )
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
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
 * - series:  value of the picked series (pickSeries). Crime series pooled over a window: mean per
 *            year, Σ_y v_y / |years| (the volume of reports per year).
 * - rate:    count / population × per, units "per `per` inhabitants"; the population series is the
 *            one nearest to each numerator year (INEI projections stop at 2022, so 2023–2025 use
 *            2022: see `period.populationYears`). Pooled over a window: Σ_y count_y / Σ_y pop_y × per
 *            (mean annual rate over person-years). Counts and populations are kept for
 *            empirical-Bayes smoothing. Population ≤ 0 or missing, or a count missing → null.
 * - density: numerator / areaKm2 (inhabitants per km²); area ≤ 0 → null.
 * Crime indicators (def.crime) use the period's window and, for a partial year, annualise
 * (count × 12 / months; for rates the population at risk becomes pop × months / 12 so that
 * count / population is the annualised rate). Other indicators use the period's year only.
 * Indicators whose series is absent get all-null values and are listed in `missingIndicators`.
 * The column's `year` is the (last) numerator year.
 */
export function resolveIndicatorColumns(
  table: TableLike,
  defs: readonly IndicatorDef[],
  periodInput?: PeriodInput,
): IndicatorResolution {
  const period = toPeriod(periodInput);
  const n = table.districts.length;
  const columns: IndicatorColumn[] = [];
  const missingIndicators: string[] = [];
  const allNull = (): (number | null)[] => new Array<number | null>(n).fill(null);

  for (const def of defs) {
    const f = def.formula;
    const key = f.kind === "series" ? f.key : f.numerator;
    const main = pickSeries(table.series, key, period.year);
    if (main === null) {
      missingIndicators.push(def.id);
      columns.push({ id: def.id, values: allNull(), year: null });
      continue;
    }
    const pooled = def.crime ? windowSeries(table.series, key, main, period.window) : [main];
    const partial = isPartialSeries(main);
    const monthsCovered = partial ? (main.months?.length ?? 12) : 12;
    // Share of a year the counts cover: 1 for complete years or when a partial year is annualised.
    const exposure = partial && !period.annualise ? 1 : monthsCovered / 12;
    const pooledYears = pooled.flatMap((s) => (s.year === null ? [] : [s.year]));
    const describe = (populationYears: number[]): IndicatorColumn["period"] => ({
      years: pooledYears,
      populationYears,
      months: partial ? [...(main.months ?? [])] : null,
      annualised: partial && period.annualise,
    });
    /** Σ over the pooled years of a district's count; null if any year lacks it. */
    const countSum = (i: number): number | null => {
      let sum = 0;
      for (const s of pooled) {
        const v = finiteOrNull(s.values[i]);
        if (v === null) return null;
        sum += v;
      }
      return sum;
    };
    if (f.kind === "series") {
      const values = Array.from({ length: n }, (_, i) => {
        const c = countSum(i);
        return c === null ? null : c / pooled.length / exposure;
      });
      const column: IndicatorColumn = { id: def.id, values, year: main.year };
      if (def.crime) column.period = describe([]);
      columns.push(column);
    } else if (f.kind === "density") {
      const values = table.districts.map((d, i) => {
        const v = countSum(i);
        return v === null || !(d.areaKm2 > 0) ? null : v / d.areaKm2;
      });
      columns.push({ id: def.id, values, year: main.year });
    } else {
      const dens = pooled.map((s) => pickNearestSeries(table.series, f.denominator, s.year));
      if (dens.some((d) => d === null)) {
        missingIndicators.push(def.id);
        columns.push({ id: def.id, values: allNull(), year: main.year });
        continue;
      }
      const counts = Array.from({ length: n }, (_, i) => countSum(i));
      const populations = Array.from({ length: n }, (_, i) => {
        let sum = 0;
        for (const d of dens) {
          const p = finiteOrNull(d?.values[i]);
          if (p === null) return null;
          sum += p;
        }
        return sum * exposure;
      });
      const values = counts.map((c, i) => {
        const p = populations[i] ?? null;
        return c === null || p === null || p <= 0 ? null : (c / p) * f.per;
      });
      const column: IndicatorColumn = {
        id: def.id,
        values,
        counts,
        populations,
        per: f.per,
        year: main.year,
      };
      if (def.crime) {
        const popYears = [
          ...new Set(dens.flatMap((d) => (d?.year === null || !d ? [] : [d.year]))),
        ];
        column.period = describe(popYears.sort((a, b) => a - b));
      } else if (dens[0]?.year !== undefined && dens[0].year !== null) {
        column.period = {
          years: main.year === null ? [] : [main.year],
          populationYears: [dens[0].year],
          months: null,
          annualised: false,
        };
      }
      columns.push(column);
    }
  }
  return { columns, missingIndicators };
}

/** Columns only; see resolveIndicatorColumns for the rules and the missing-indicator report. */
export function buildIndicatorColumns(
  table: TableLike,
  defs: readonly IndicatorDef[],
  period?: PeriodInput,
): IndicatorColumn[] {
  return resolveIndicatorColumns(table, defs, period).columns;
}
