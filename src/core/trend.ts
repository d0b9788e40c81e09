/**
 * Before/after view: yearly population-weighted mean of an indicator for a set of districts (e.g. those
 * with Barrio Seguro since year Y) against a comparison group. Descriptive only: it is not an impact
 * estimate (no control for selection). Pure.
 */
import type { SeriesTable } from "./police";

export type ComparisonGroup =
  /** Districts not in the set whose department (first 2 digits) has a district of the set. */
  | { kind: "same-departments" }
  /**
   * Districts not in the set in the same population bands as the set's districts. Bands are cut at
   * `edges` (ascending): band = number of edges ≤ population (latest population year).
   */
  | { kind: "population-band"; edges: readonly number[] }
  | { kind: "explicit"; ubigeos: readonly string[] };

export interface TrendPoint {
  year: number;
  /** Σ pop_i · x_i / Σ pop_i over districts with both values; null when none. */
  mean: number | null;
  /** Districts with a value that year. */
  districts: number;
  /** Σ pop_i of those districts (or their count when unweighted). */
  weight: number;
}

export interface TrendChange {
  sinceYear: number;
  /** Unweighted mean of the yearly means for years < sinceYear / ≥ sinceYear. */
  setBefore: number | null;
  setAfter: number | null;
  comparisonBefore: number | null;
  comparisonAfter: number | null;
  /** (setAfter − setBefore) − (comparisonAfter − comparisonBefore); null when any is null. */
  differenceInDifferences: number | null;
}

export type TrendResult =
  | {
      ok: true;
      key: string;
      years: number[];
      set: TrendPoint[];
      comparison: TrendPoint[];
      comparisonUbigeos: string[];
      /** False when the table has no population series: plain means. */
      weighted: boolean;
      change: TrendChange | null;
    }
  /** Why there is no trend (src/i18n/trend-copy.ts words it): the indicator key, its one year. */
  | {
      ok: false;
      reason: "no-series" | "single-year" | "empty-set" | "empty-comparison";
      key: string;
      year?: number;
    };

function weightedMean(
  ids: readonly number[],
  values: readonly (number | null)[],
  weights: readonly (number | null)[] | null,
): Omit<TrendPoint, "year"> {
  let sw = 0;
  let swx = 0;
  let k = 0;
  for (const id of ids) {
    const x = values[id] ?? null;
    const w = weights === null ? 1 : (weights[id] ?? null);
    if (x === null || !Number.isFinite(x) || w === null || !(w > 0)) continue;
    sw += w;
    swx += w * x;
    k += 1;
  }
  return { mean: sw > 0 ? swx / sw : null, districts: k, weight: sw };
}

const avg = (xs: (number | null)[]): number | null => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length === 0 ? null : ok.reduce((s, x) => s + x, 0) / ok.length;
};

/**
 * Yearly population-weighted means of series `key` for `setUbigeos` and the comparison group.
 * mean_g(t) = Σ_{i∈g} pop_i(t)·x_i(t) / Σ_{i∈g} pop_i(t), over districts with both values; pop(t) is the
 * population series of year t, or of the nearest year (earlier on ties); with no population series the
 * mean is unweighted. With sinceYear, also before/after means and the difference in differences.
 * Fewer than 2 years of `key` → { ok: false, reason: "single-year" } (the UI says there is no series).
 */
export function computeTrend(
  table: SeriesTable,
  key: string,
  setUbigeos: ReadonlySet<string>,
  comparison: ComparisonGroup,
  options: { sinceYear?: number; populationKey?: string } = {},
): TrendResult {
  const popKey = options.populationKey ?? "population";
  const byYear = table.series
    .filter((s) => s.key === key && s.year !== null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  if (byYear.length === 0) {
    return { ok: false, reason: "no-series", key };
  }
  const years = [...new Set(byYear.map((s) => s.year ?? 0))];
  if (years.length < 2) {
    return {
      ok: false,
      reason: "single-year",
      key,
      ...(years[0] === undefined ? {} : { year: years[0] }),
    };
  }
  const setIds = table.districts.filter((d) => setUbigeos.has(d.ubigeo)).map((d) => d.id);
  if (setIds.length === 0) {
    return { ok: false, reason: "empty-set", key };
  }
  const pops = table.series.filter((s) => s.key === popKey && s.year !== null);
  const popFor = (year: number) =>
    [...pops].sort(
      (a, b) =>
        Math.abs((a.year ?? 0) - year) - Math.abs((b.year ?? 0) - year) ||
        (a.year ?? 0) - (b.year ?? 0),
    )[0]?.values ?? null;
  const latestPop = [...pops].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]?.values ?? null;
  const inSet = (u: string) => setUbigeos.has(u);
  let others = table.districts.filter((d) => !inSet(d.ubigeo));
  if (comparison.kind === "same-departments") {
    const deps = new Set(
      table.districts.filter((d) => inSet(d.ubigeo)).map((d) => d.ubigeo.slice(0, 2)),
    );
    others = others.filter((d) => deps.has(d.ubigeo.slice(0, 2)));
  } else if (comparison.kind === "population-band") {
    const band = (id: number): number | null => {
      const p = latestPop?.[id] ?? null;
      return p === null ? null : comparison.edges.filter((e) => e <= p).length;
    };
    const bands = new Set(setIds.map(band).filter((b): b is number => b !== null));
    others = others.filter((d) => {
      const b = band(d.id);
      return b !== null && bands.has(b);
    });
  } else {
    const wanted = new Set(comparison.ubigeos);
    others = others.filter((d) => wanted.has(d.ubigeo));
  }
  if (others.length === 0) {
    return { ok: false, reason: "empty-comparison", key };
  }
  const otherIds = others.map((d) => d.id);
  const weighted = pops.length > 0;
  const points = (ids: readonly number[]) =>
    years.map((year) => {
      const s = byYear.find((x) => x.year === year);
      const r = weightedMean(ids, s?.values ?? [], weighted ? popFor(year) : null);
      return { year, ...r };
    });
  const set = points(setIds);
  const comp = points(otherIds);
  let change: TrendChange | null = null;
  if (options.sinceYear !== undefined) {
    const Y = options.sinceYear;
    const part = (ps: TrendPoint[], after: boolean) =>
      avg(ps.filter((p) => p.year >= Y === after).map((p) => p.mean));
    const [sb, sa, cb, ca] = [
      part(set, false),
      part(set, true),
      part(comp, false),
      part(comp, true),
    ];
    change = {
      sinceYear: Y,
      setBefore: sb,
      setAfter: sa,
      comparisonBefore: cb,
      comparisonAfter: ca,
      differenceInDifferences:
        sb === null || sa === null || cb === null || ca === null ? null : sa - sb - (ca - cb),
    };
  }
  return {
    ok: true,
    key,
    years,
    set,
    comparison: comp,
    comparisonUbigeos: others.map((d) => d.ubigeo).sort(),
    weighted,
    change,
  };
}

/** Population bands for "comparable districts" (inhabitants): < 10k, 10–50k, 50–100k, 100–250k, 250–500k, ≥ 500k. */
export const POPULATION_BAND_EDGES: readonly number[] = [10_000, 50_000, 100_000, 250_000, 500_000];

/**
 * Crime counts as yearly rates, for trends: for every COMPLETE year of count series `key` (months
 * absent or 12; a partial year would read as a fall), rate_i(t) = count_i(t) / pop_i(t') × `per`,
 * t' = the population year nearest t (earlier on ties). Returns series keyed `key` (same years), so
 * computeTrend's population-weighted mean is the group's aggregate rate Σ count / Σ pop × per.
 */
export function crimeRateSeries(
  table: SeriesTable,
  key: string,
  per = 10_000,
  populationKey = "population",
): { key: string; year: number; values: (number | null)[] }[] {
  const pops = table.series.filter((s) => s.key === populationKey && s.year !== null);
  const popFor = (year: number) =>
    [...pops].sort(
      (a, b) =>
        Math.abs((a.year ?? 0) - year) - Math.abs((b.year ?? 0) - year) ||
        (a.year ?? 0) - (b.year ?? 0),
    )[0]?.values ?? null;
  return table.series
    .filter((s): s is typeof s & { year: number } => s.key === key && s.year !== null)
    .filter((s) => {
      const months = (s as { months?: readonly number[] }).months;
      return months === undefined || months.length === 0 || months.length >= 12;
    })
    .map((s) => {
      const pop = popFor(s.year);
      return {
        key,
        year: s.year,
        values: s.values.map((c, i) => {
          const p = pop?.[i] ?? null;
          return c === null || c === undefined || p === null || !(p > 0) ? null : (c / p) * per;
        }),
      };
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * The table the before/after view reads: with crime count series (keys crime_*), the population
 * plus one rate series per crime key (crimeRateSeries; total first, then by key); without, the
 * table itself. `keys` lists the crime keys, null without crime.
 */
export function crimeTrendTable<T extends SeriesTable>(
  table: T,
): { table: SeriesTable; crime: boolean; keys: string[] | null } {
  const crimeKeys = [
    ...new Set(
      table.series.filter((s) => s.key.startsWith("crime_") && s.year !== null).map((s) => s.key),
    ),
  ].sort((a, b) => (a === "crime_total" ? -1 : b === "crime_total" ? 1 : a.localeCompare(b)));
  if (crimeKeys.length === 0) return { table, crime: false, keys: null };
  const series = [
    ...table.series.filter((s) => s.key === "population"),
    ...crimeKeys.flatMap((k) => crimeRateSeries(table, k)),
  ];
  return { table: { districts: table.districts, series }, crime: true, keys: crimeKeys };
}
