/**
 * Priority-district selection for FESC / art. 89 (top N by IRS, or indicator thresholds), with filters
 * and the "just missed" list. Pure and deterministic.
 */

export interface Candidate {
  ubigeo: string;
  /** 2-digit department code. */
  departmentCode: string;
  population: number | null;
  /** IRS 0–100 (higher = more risk); null = no score. */
  irs: number | null;
  /** Has a Barrio Seguro. */
  covered: boolean;
  /** Raw indicator values by indicator id (for thresholds). */
  values: Readonly<Record<string, number | null>>;
}

export interface Condition {
  indicatorId: string;
  op: ">=" | "<=";
  value: number;
}

export type SelectionRule =
  { kind: "top-n"; n: number } | { kind: "thresholds"; conditions: Condition[] };

export interface SelectionFilters {
  /** Keep only these department codes (empty or absent = all). */
  departments?: readonly string[];
  /** Keep districts with population ≥ this (null population fails when set). */
  minPopulation?: number;
  /** Drop districts already covered by Barrio Seguro. */
  excludeCovered?: boolean;
}

export interface Shortfall {
  indicatorId: string;
  op: ">=" | "<=";
  threshold: number;
  /** null when the district has no value for the indicator. */
  actual: number | null;
  /** |threshold − actual| in the indicator's units; null when actual is null. */
  missingBy: number | null;
}

export interface JustMissed {
  ubigeo: string;
  irs: number | null;
  /** Top-N: IRS points below the last selected district (≥ 0). */
  irsBelowCut?: number;
  /** Thresholds: the conditions that failed. */
  failed?: Shortfall[];
}

export interface SelectionResult {
  /** Selected ubigeos in priority order (IRS desc, population desc, ubigeo asc). */
  selected: string[];
  justMissed: JustMissed[];
  /** Districts removed by the filters (not ranked). */
  filteredOut: number;
  /** Eligible districts without IRS (top-N can't rank them). */
  withoutIrs: number;
}

/**
 * Deterministic priority order: IRS descending, then population descending, then ubigeo ascending.
 * null IRS / population sort after any number.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  const desc = (x: number | null, y: number | null) =>
    x === y ? 0 : x === null ? 1 : y === null ? -1 : y - x;
  return (
    desc(a.irs, b.irs) ||
    desc(a.population, b.population) ||
    (a.ubigeo < b.ubigeo ? -1 : a.ubigeo > b.ubigeo ? 1 : 0)
  );
}

/** True when the district passes the filters (see SelectionFilters). */
export function passesFilters(c: Candidate, f: SelectionFilters): boolean {
  if (f.departments && f.departments.length > 0 && !f.departments.includes(c.departmentCode)) {
    return false;
  }
  if (f.minPopulation !== undefined && (c.population === null || c.population < f.minPopulation)) {
    return false;
  }
  return !(f.excludeCovered && c.covered);
}

/** Which conditions a district fails (empty = passes all; AND semantics). Missing value = fails. */
export function failedConditions(c: Candidate, conditions: readonly Condition[]): Shortfall[] {
  return conditions.flatMap((k) => {
    const actual = c.values[k.indicatorId] ?? null;
    const ok = actual !== null && (k.op === ">=" ? actual >= k.value : actual <= k.value);
    if (ok) return [];
    return [
      {
        indicatorId: k.indicatorId,
        op: k.op,
        threshold: k.value,
        actual,
        missingBy: actual === null ? null : Math.abs(k.value - actual),
      },
    ];
  });
}

/**
 * Select priority districts.
 * - top-n: the first n eligible districts with an IRS in compareCandidates order. Just missed: the next
 *   k, each with irsBelowCut = irs(last selected) − irs(district) in IRS points.
 * - thresholds: every eligible district meeting all conditions (value ≥ / ≤ threshold; a missing value
 *   fails), in priority order. Just missed: eligible districts that fail, fewest failed conditions
 *   first, then priority order; each lists failed conditions and by how much.
 * Filters are applied first; just-missed districts are always eligible ones. n < 0 is treated as 0.
 */
export function selectDistricts(
  candidates: readonly Candidate[],
  rule: SelectionRule,
  filters: SelectionFilters = {},
  justMissedCount = 5,
): SelectionResult {
  const eligible = candidates.filter((c) => passesFilters(c, filters)).sort(compareCandidates);
  const filteredOut = candidates.length - eligible.length;
  const withoutIrs = eligible.filter((c) => c.irs === null).length;
  if (rule.kind === "top-n") {
    const ranked = eligible.filter((c) => c.irs !== null);
    const n = Math.max(0, Math.floor(rule.n));
    const chosen = ranked.slice(0, n);
    const cut = chosen[chosen.length - 1]?.irs ?? null;
    const justMissed = ranked.slice(n, n + justMissedCount).map((c) => ({
      ubigeo: c.ubigeo,
      irs: c.irs,
      irsBelowCut: cut === null || c.irs === null ? 0 : cut - c.irs,
    }));
    return { selected: chosen.map((c) => c.ubigeo), justMissed, filteredOut, withoutIrs };
  }
  const withFails = eligible.map((c) => ({ c, failed: failedConditions(c, rule.conditions) }));
  const selected = withFails.filter((x) => x.failed.length === 0).map((x) => x.c.ubigeo);
  const justMissed = withFails
    .filter((x) => x.failed.length > 0)
    .sort((a, b) => a.failed.length - b.failed.length || compareCandidates(a.c, b.c))
    .slice(0, justMissedCount)
    .map((x) => ({ ubigeo: x.c.ubigeo, irs: x.c.irs, failed: x.failed }));
  return { selected, justMissed, filteredOut, withoutIrs };
}
