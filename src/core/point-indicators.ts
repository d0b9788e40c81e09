/**
 * Indicators from imported points and shapes, per district, shaped as an import result
 * (AggregateColumn) so they enter the table through the same commit path as any imported CSV
 * (core/import-apply.ts): series, indicator definitions, methodology, undo. Pure.
 */
import type { AggregateColumn, AggregateResult } from "./import-aggregate";
import { slugKey } from "./import-aggregate";
import { POINT_STATUS } from "./district-index";

/** Categories kept one by one; rarer ones are summed into the "others" column. */
export const MAX_POINT_CATEGORIES = 12;

/** Labels of the columns (the UI passes them in the user's language). */
export interface PointColumnLabels {
  count: string;
  per10k: string;
  perKm2: string;
  /** Count of one category value. */
  category: (value: string) => string;
  others: string;
  areaShare: string;
}

export interface PointCategory {
  column: string;
  /** Per point, index into `values`; −1 = empty cell. */
  codes: Int32Array;
  values: string[];
}

/**
 * Points counted per district: counts[d] = number of points with district[i] = d and a status of
 * inside or border (border points are counted once, in the district the assignment chose).
 * Outside and invalid points count nowhere.
 */
export function countPerDistrict(
  district: Int32Array,
  status: Uint8Array,
  districtCount: number,
  keep?: (i: number) => boolean,
): Int32Array {
  const counts = new Int32Array(districtCount);
  for (let i = 0; i < district.length; i++) {
    const d = district[i] as number;
    const s = status[i];
    if (d < 0 || d >= districtCount) continue;
    if (s !== POINT_STATUS.inside && s !== POINT_STATUS.border) continue;
    if (keep && !keep(i)) continue;
    counts[d]! += 1;
  }
  return counts;
}

const column = (
  key: string,
  label: string,
  year: number | null,
  values: (number | null)[],
): AggregateColumn => ({
  key,
  label,
  sourceColumn: key,
  group: null,
  year,
  kind: "numeric",
  values,
  categories: null,
  months: null,
  districtsWithData: values.filter((v) => v !== null && v > 0).length,
});

/**
 * The point indicators, per district d:
 *   count_d        = points in d (countPerDistrict)
 *   per_10k_d      = count_d / population_d × 10,000   (null when the population is missing or 0)
 *   per_km2_d      = count_d / areaKm2_d               (null when the area is missing or ≤ 0)
 *   count_<cat>_d  = points in d whose category is <cat> (optional; the MAX_POINT_CATEGORIES most
 *                    frequent values, the rest summed in count_otros)
 * Every district gets a count (0 when no point fell in it): the file is taken to cover the country.
 * Direction and weight are chosen by the user at commit, as for any import.
 */
export function pointIndicatorResult(input: {
  district: Int32Array;
  status: Uint8Array;
  population: readonly (number | null)[];
  areaKm2: readonly (number | null)[];
  year: number | null;
  labels: PointColumnLabels;
  category?: PointCategory | null;
}): AggregateResult {
  const n = input.population.length;
  const counts = countPerDistrict(input.district, input.status, n);
  const countValues = Array.from(counts);
  const per10k = countValues.map((c, d) => {
    const p = input.population[d];
    return p === null || p === undefined || !(p > 0) ? null : (c / p) * 10_000;
  });
  const perKm2 = countValues.map((c, d) => {
    const a = input.areaKm2[d];
    return a === null || a === undefined || !(a > 0) ? null : c / a;
  });
  const y = input.year;
  const columns: AggregateColumn[] = [
    column("count", input.labels.count, y, countValues),
    column("per_10k", input.labels.per10k, y, per10k),
    column("per_km2", input.labels.perKm2, y, perKm2),
  ];
  const cat = input.category;
  if (cat) {
    const freq = new Array<number>(cat.values.length).fill(0);
    for (let i = 0; i < cat.codes.length; i++) {
      const c = cat.codes[i] as number;
      if (c >= 0) freq[c]! += 1;
    }
    const order = freq
      .map((f, i) => [f, i] as const)
      .filter(([f]) => f > 0)
      .sort(
        (a, b) => b[0] - a[0] || (cat.values[a[1]] ?? "").localeCompare(cat.values[b[1]] ?? ""),
      );
    const kept = new Set(order.slice(0, MAX_POINT_CATEGORIES).map(([, i]) => i));
    const used = new Set<string>();
    for (const [, ci] of order.slice(0, MAX_POINT_CATEGORIES)) {
      const value = cat.values[ci] ?? "";
      let key = `count_${slugKey(value) || "x"}`;
      while (used.has(key)) key += "_";
      used.add(key);
      const c = countPerDistrict(input.district, input.status, n, (i) => cat.codes[i] === ci);
      columns.push(column(key, input.labels.category(value), y, Array.from(c)));
    }
    if (order.length > kept.size) {
      const c = countPerDistrict(input.district, input.status, n, (i) => {
        const code = cat.codes[i] as number;
        return code >= 0 && !kept.has(code);
      });
      columns.push(column("count_otros", input.labels.others, y, Array.from(c)));
    }
  }
  return {
    districtCount: n,
    columns,
    years: y === null ? [] : [y],
    monthsByYear: {},
  };
}

/**
 * The polygon indicator: area_share_pct_d = 100 × covered share of d (core/area-share.ts; the
 * union of the polygons, overlaps counted once); 0 for districts no polygon touches.
 */
export function areaShareResult(input: {
  shares: readonly { id: number; share01: number }[];
  districtCount: number;
  year: number | null;
  labels: PointColumnLabels;
}): AggregateResult {
  const values = new Array<number | null>(input.districtCount).fill(0);
  for (const s of input.shares)
    if (s.id >= 0 && s.id < input.districtCount) values[s.id] = s.share01 * 100;
  return {
    districtCount: input.districtCount,
    columns: [column("area_share_pct", input.labels.areaShare, input.year, values)],
    years: input.year === null ? [] : [input.year],
    monthsByYear: {},
  };
}
