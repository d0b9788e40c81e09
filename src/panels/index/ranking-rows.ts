import type { DistrictScore } from "../../core/types";

/** One row of the ranking table. */
export interface RankingTableRow {
  id: number;
  ubigeo: string;
  name: string;
  province: string;
  provinceCode: string;
  department: string;
  departmentCode: string;
  population: number | null;
  irs: number | null;
  rank: number | null;
  classIndex: number | null;
}

export type RankingSortKey = "rank" | "irs" | "name" | "population" | "department";

export interface RankingFilter {
  departmentCode: string | null;
  provinceCode: string | null;
  /** Inclusive; null = no minimum. Districts without population fail a minimum. */
  minPopulation: number | null;
}

interface DistrictInfo {
  id: number;
  ubigeo: string;
  name: string;
  province: string;
  provinceCode: string;
  department: string;
  departmentCode: string;
}

/** Rows aligned with the districts (id order), joining the scores and the population. */
export function buildRankingRows(
  districts: readonly DistrictInfo[],
  scores: readonly DistrictScore[],
  population: readonly (number | null)[],
): RankingTableRow[] {
  return districts.map((d) => {
    const s = scores[d.id];
    return {
      id: d.id,
      ubigeo: d.ubigeo,
      name: d.name,
      province: d.province,
      provinceCode: d.provinceCode,
      department: d.department,
      departmentCode: d.departmentCode,
      population: population[d.id] ?? null,
      irs: s?.irs ?? null,
      rank: s?.rank ?? null,
      classIndex: s?.classIndex ?? null,
    };
  });
}

const collator = new Intl.Collator("es", { sensitivity: "base" });

/**
 * Filter, then sort. Rows without a value for the sort key (no IRS, no population) always go last,
 * whatever the direction; ties are broken by rank, then ubigeo, so the order is deterministic.
 * "rank" ascending = rank 1 first (highest IRS); "irs" descending = the same order.
 */
export function filterSortRows(
  rows: readonly RankingTableRow[],
  filter: RankingFilter,
  key: RankingSortKey,
  descending: boolean,
): RankingTableRow[] {
  const kept = rows.filter(
    (r) =>
      (filter.departmentCode === null || r.departmentCode === filter.departmentCode) &&
      (filter.provinceCode === null || r.provinceCode === filter.provinceCode) &&
      (filter.minPopulation === null ||
        (r.population !== null && r.population >= filter.minPopulation)),
  );
  const value = (r: RankingTableRow): number | string | null =>
    key === "rank"
      ? r.rank
      : key === "irs"
        ? r.irs
        : key === "population"
          ? r.population
          : key === "name"
            ? r.name
            : r.department;
  const sign = descending ? -1 : 1;
  const tie = (a: RankingTableRow, b: RankingTableRow) =>
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    (a.ubigeo < b.ubigeo ? -1 : a.ubigeo > b.ubigeo ? 1 : 0);
  return kept.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
      return tie(a, b);
    }
    const c =
      typeof va === "string" || typeof vb === "string"
        ? collator.compare(String(va), String(vb))
        : va - vb;
    return c !== 0 ? sign * c : tie(a, b);
  });
}

/**
 * Rows to render for a scroll position: [start, end) with `overscan` extra rows each side.
 * start = max(0, ⌊scrollTop / rowHeight⌋ − overscan), end = min(count, ⌈(scrollTop + viewport) /
 * rowHeight⌉ + overscan). Non-positive row height or viewport → the first `overscan` rows.
 */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): [number, number] {
  if (!(rowHeight > 0) || !(viewportHeight > 0)) return [0, Math.min(count, overscan)];
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight);
  return [Math.max(0, first - overscan), Math.min(count, last + overscan)];
}

/**
 * scrollTop that brings row `index` into view, or null when it is already fully visible: a row
 * above the viewport is aligned to the top, one below is centred.
 */
export function scrollTopFor(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number | null {
  const top = index * rowHeight;
  if (top >= scrollTop && top + rowHeight <= scrollTop + viewportHeight) return null;
  if (top < scrollTop) return top;
  return Math.max(0, top - viewportHeight / 2 + rowHeight / 2);
}
