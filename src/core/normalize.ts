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
  const idx: number[] = [];
  values.forEach((v, i) => {
    if (v !== null) idx.push(i);
  });
  const n = idx.length;
  const out = new Array<number | null>(values.length).fill(null);
  const val = (i: number): number => values[i] ?? 0;
  idx.sort((a, b) => val(a) - val(b));
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && val(idx[end + 1] ?? 0) === val(idx[start] ?? 0)) end++;
    // Positions start..end (0-based) are tied: average 1-based rank = (start + end)/2 + 1.
    const avgRank = (start + end) / 2 + 1;
    const p = n > 1 ? (avgRank - 1) / (n - 1) : 0.5;
    for (let k = start; k <= end; k++) out[idx[k] ?? 0] = direction === 1 ? p : 1 - p;
    start = end + 1;
  }
  return out;
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
