import { mean, populationSd } from "./stats";
import type { Direction, Normalization } from "./types";

/**
 * Methodology step 4 (normalisation). Input: raw (treated) values of one indicator, `null` = missing
 * (stays null). Output oriented so that higher = more risk: direction −1 flips the scale.
 */

function extent(values: readonly (number | null)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Min-max: x' = (x − min) / (max − min) ∈ [0, 1]; direction −1 → 1 − x'.
 * Zero variance (max = min, including a single value) → 0.5 for every present district: the
 * indicator then does not discriminate between districts.
 */
export function normalizeMinMax(
  values: readonly (number | null)[],
  direction: Direction = 1,
): (number | null)[] {
  const [lo, hi] = extent(values);
  const range = hi - lo;
  return values.map((v) => {
    if (v === null) return null;
    const x = range > 0 ? (v - lo) / range : 0.5;
    return direction === 1 ? x : 1 - x;
  });
}

/**
 * Z-score: z = (x − mean) / sd with the population sd (÷ n), unitless; direction −1 → −z.
 * Zero variance → 0 for every present district.
 */
export function normalizeZScore(
  values: readonly (number | null)[],
  direction: Direction = 1,
): (number | null)[] {
  const m = mean(values);
  const sd = populationSd(values);
  return values.map((v) => {
    if (v === null) return null;
    const z = sd > 0 ? (v - m) / sd : 0;
    return direction === 1 ? z : z === 0 ? 0 : -z;
  });
}

/**
 * Percentile rank: p = (rank − 1) / (n − 1) ∈ [0, 1], rank 1 = smallest value, ties get the average of
 * their ranks (fractional ranking), n = number of present values. n = 1 → 0.5 (same as all tied).
 * Direction −1 → 1 − p.
 */
export function normalizePercentile(
  values: readonly (number | null)[],
  direction: Direction = 1,
): (number | null)[] {
  // Native numeric sort of the present values, then, per value, the tied block [lower, upper) by
  // binary search: positions lower..upper−1 (0-based) → average 1-based rank (lower + upper − 1)/2 + 1.
  const sorted = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
  const n = sorted.length;
  const bound = (v: number, strict: boolean): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = sorted[mid] ?? 0;
      if (strict ? x < v : x <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((v) => {
    if (v === null) return null;
    const avgRank = (bound(v, true) + bound(v, false) - 1) / 2 + 1;
    const p = n > 1 ? (avgRank - 1) / (n - 1) : 0.5;
    return direction === 1 ? p : 1 - p;
  });
}

/** Dispatch on the methodology's normalisation. */
export function normalizeValues(
  values: readonly (number | null)[],
  method: Normalization,
  direction: Direction = 1,
): (number | null)[] {
  if (method === "minmax") return normalizeMinMax(values, direction);
  if (method === "zscore") return normalizeZScore(values, direction);
  return normalizePercentile(values, direction);
}
