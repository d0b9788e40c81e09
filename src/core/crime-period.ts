import { computeComposite } from "./composite";
import {
  isPartialSeries,
  pickSeries,
  resolveIndicatorColumns,
  type TableLike,
} from "./indicator-values";
import { rankDistricts } from "./rank";
import type { IndicatorDef, Methodology } from "./types";

/**
 * Crime data as the index sees it: which years are complete, which districts the release never
 * records, how stable the ranking is for a window of pooled years, and which districts move most
 * between incidence (rate) and volume (count). Pure; the methodology sheet and
 * scripts/measure-crime-window.ts both call it.
 */

/** Key of the all-families count series written by the SIDPOL build and import. */
export const CRIME_TOTAL_KEY = "crime_total";

/** Complete years (12 months) of `key`, ascending. */
export function completeYears(table: TableLike, key: string = CRIME_TOTAL_KEY): number[] {
  const ys = table.series.flatMap((s) =>
    s.key === key && s.year !== null && !isPartialSeries(s) ? [s.year] : [],
  );
  return [...new Set(ys)].sort((a, b) => a - b);
}

/**
 * Ids of the districts the crime release never records: `crime_total` is null in every year (the
 * build and the import leave a district with no row in the whole file null, not 0). Empty when
 * there is no crime series.
 */
export function districtsWithoutCrimeRecord(table: TableLike): number[] {
  const series = table.series.filter((s) => s.key === CRIME_TOTAL_KEY);
  if (series.length === 0) return [];
  const out: number[] = [];
  for (let i = 0; i < table.districts.length; i++) {
    if (series.every((s) => s.values[i] === null || s.values[i] === undefined)) out.push(i);
  }
  return out;
}

/**
 * Spearman rank correlation of two rankings (ranks 1..n, null = unranked), over districts ranked in
 * both: Pearson correlation of the ranks (ties keep competition ranks; with ~1,900 districts the
 * difference from mid-ranks is negligible). Fewer than 3 common districts → NaN.
 */
export function spearman(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    xs.push(x);
    ys.push(y);
  }
  const n = xs.length;
  if (n < 3) return NaN;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

export interface WindowStability {
  window: number;
  /** End years compared (each with the previous end year). */
  endYears: number[];
  /** Spearman correlation of the IRS ranks between consecutive end years (y−1 → y). */
  correlations: number[];
  /** Mean of `correlations` (NaN when none). */
  meanCorrelation: number;
  /** Districts in the top `topN` at the latest end year. */
  topN: number;
  /** Of those, how many have fewer than `smallPopulation` inhabitants. */
  smallInTop: number;
  /** Of the top `topN`, how many stay in the top `topN` from the previous end year (latest pair). */
  topOverlap: number;
}

/**
 * Rank stability of the IRS for a crime window: for every complete end year y whose window (and the
 * previous one) fits in the data, rank the districts by the IRS computed with `methodology` but
 * period (y, window); report the Spearman correlation between consecutive end years, how many of
 * the top `topN` at the latest end year have population < `smallPopulation`, and the top-N overlap
 * between the last two end years. Population for the small-district test: the latest population.
 */
export function windowStability(
  table: TableLike & {
    districts: readonly {
      id: number;
      provinceCode: string;
      departmentCode: string;
      neighbors: readonly number[];
    }[];
  },
  defs: readonly IndicatorDef[],
  methodology: Methodology,
  window: number,
  options: { topN?: number; smallPopulation?: number } = {},
): WindowStability {
  const topN = options.topN ?? 36;
  const small = options.smallPopulation ?? 5000;
  const years = completeYears(table);
  const ends = years.filter((y) => years.includes(y - window + 1) && years.includes(y - window));
  const ranksOf = (year: number) => {
    const cols = resolveIndicatorColumns(table, defs, { year, window, annualise: true }).columns;
    const m = { ...methodology, year, crimeWindow: window };
    const { scores } = computeComposite(cols, defs, m, table.districts);
    return rankDistricts(scores.map((s) => s.irs));
  };
  const ranks = new Map<number, (number | null)[]>();
  for (const y of ends) {
    ranks.set(y, ranksOf(y));
    if (!ranks.has(y - 1) && years.includes(y - 1)) ranks.set(y - 1, ranksOf(y - 1));
  }
  const correlations = ends.map((y) => spearman(ranks.get(y - 1) ?? [], ranks.get(y) ?? []));
  const last = ends[ends.length - 1];
  const pop = pickSeries(table.series, "population", null);
  const top = (r: readonly (number | null)[] | undefined) =>
    new Set((r ?? []).flatMap((v, i) => (v !== null && v !== undefined && v <= topN ? [i] : [])));
  const latestTop = top(last === undefined ? undefined : ranks.get(last));
  const prevTop = top(last === undefined ? undefined : ranks.get(last - 1));
  let smallInTop = 0;
  let topOverlap = 0;
  for (const i of latestTop) {
    const p = pop?.values[i];
    if (p !== null && p !== undefined && p < small) smallInTop++;
    if (prevTop.has(i)) topOverlap++;
  }
  const finite = correlations.filter((c) => Number.isFinite(c));
  return {
    window,
    endYears: ends,
    correlations,
    meanCorrelation: finite.length ? finite.reduce((s, c) => s + c, 0) / finite.length : NaN,
    topN,
    smallInTop,
    topOverlap,
  };
}

export interface RankMove {
  id: number;
  /** Rank by the crime incidence (rate per 10,000, 1 = highest). */
  rateRank: number;
  /** Rank by the volume of reports (count per year, 1 = highest). */
  volumeRank: number;
}

/**
 * Districts whose rank moves most between incidence and volume: ranks of `rateId` and `volumeId`
 * (raw values for the period, 1 = highest), sorted by |rateRank − volumeRank| descending, then by
 * the better of the two ranks; only districts in the top `within` of either list (a move from
 * 1,500th to 1,800th does not matter to a planner). Returns at most `limit` rows.
 */
export function rateVolumeMovers(
  table: TableLike,
  defs: readonly IndicatorDef[],
  period: { year: number | null; window: number; annualise: boolean },
  options: { rateId?: string; volumeId?: string; within?: number; limit?: number } = {},
): RankMove[] {
  const rateId = options.rateId ?? "crime_total_rate";
  const volumeId = options.volumeId ?? "crime_total_count";
  const within = options.within ?? 100;
  const limit = options.limit ?? 10;
  const pick = defs.filter((d) => d.id === rateId || d.id === volumeId);
  const { columns } = resolveIndicatorColumns(table, pick, period);
  const rate = columns.find((c) => c.id === rateId)?.values;
  const volume = columns.find((c) => c.id === volumeId)?.values;
  if (!rate || !volume) return [];
  const rr = rankDistricts(rate);
  const vr = rankDistricts(volume);
  const out: RankMove[] = [];
  for (let i = 0; i < rr.length; i++) {
    const a = rr[i];
    const b = vr[i];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    if (a > within && b > within) continue;
    out.push({ id: i, rateRank: a, volumeRank: b });
  }
  out.sort(
    (x, y) =>
      Math.abs(y.rateRank - y.volumeRank) - Math.abs(x.rateRank - x.volumeRank) ||
      Math.min(x.rateRank, x.volumeRank) - Math.min(y.rateRank, y.volumeRank),
  );
  return out.slice(0, limit);
}
