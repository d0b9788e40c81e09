import type { IndicatorColumn, Smoothing } from "./types";

/**
 * Methodology step 2 (treatment of small-number rates): empirical-Bayes (EB) rate smoothing as in
 * GeoDa (Anselin, Lozano & Koschinsky 2006), method-of-moments prior of Marshall (1991).
 *
 * With counts O_i and populations P_i (r_i = O_i / P_i, raw proportions):
 *   b   = ΣO / ΣP                              prior mean
 *   s²  = Σ P_i (r_i − b)² / ΣP                population-weighted variance
 *   a   = s² − b / (ΣP / n)     (floored at 0) prior variance
 *   w_i = a / (a + b / P_i)                   shrinkage weight (small P_i → w_i → 0)
 *   r̂_i = w_i r_i + (1 − w_i) b               then × per
 * a = 0 means full shrinkage to b. A district with P_i missing or ≤ 0, or O_i missing, has no rate:
 * it is left out of the prior and stays null. All-zero counts give b = 0 and r̂ = 0 everywhere.
 */

/** Valid (count, population) pair at i, or null. */
function pair(
  counts: readonly (number | null)[],
  pops: readonly (number | null)[],
  i: number,
): [number, number] | null {
  const o = counts[i];
  const p = pops[i];
  if (o === null || o === undefined || p === null || p === undefined) return null;
  if (!Number.isFinite(o) || !Number.isFinite(p) || p <= 0 || o < 0) return null;
  return [o, p];
}

/**
 * EB estimate for district i given the prior window `members` (indices, i included).
 * Returns the smoothed proportion (not × per), or null when i has no valid pair.
 */
function ebAt(
  counts: readonly (number | null)[],
  pops: readonly (number | null)[],
  i: number,
  members: Iterable<number>,
): number | null {
  const own = pair(counts, pops, i);
  if (own === null) return null;
  let sumO = 0;
  let sumP = 0;
  let n = 0;
  const valid: [number, number][] = [];
  for (const j of members) {
    const q = pair(counts, pops, j);
    if (q === null) continue;
    valid.push(q);
    sumO += q[0];
    sumP += q[1];
    n++;
  }
  const b = sumO / sumP;
  let s2 = 0;
  for (const [o, p] of valid) s2 += p * (o / p - b) ** 2;
  s2 /= sumP;
  const a = Math.max(0, s2 - b / (sumP / n));
  const denom = a + b / own[1];
  const r = own[0] / own[1];
  if (denom === 0) return b; // a = 0 and b = 0: every rate in the window is 0
  const w = a / denom;
  return w * r + (1 - w) * b;
}

/**
 * Global EB smoothing: the prior (b, a) is computed over all districts with a valid rate.
 * Output: smoothed rate × `per` (same units as the raw rate), null where the raw rate is undefined.
 */
export function smoothEbGlobal(
  counts: readonly (number | null)[],
  pops: readonly (number | null)[],
  per: number,
): (number | null)[] {
  const n = counts.length;
  const all = Array.from({ length: n }, (_, i) => i);
  // The global prior is the same for every district: compute it once.
  let sumO = 0;
  let sumP = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const q = pair(counts, pops, i);
    if (q === null) continue;
    sumO += q[0];
    sumP += q[1];
    m++;
  }
  if (m === 0) return new Array<number | null>(n).fill(null);
  const b = sumO / sumP;
  let s2 = 0;
  for (const i of all) {
    const q = pair(counts, pops, i);
    if (q !== null) s2 += q[1] * (q[0] / q[1] - b) ** 2;
  }
  s2 /= sumP;
  const a = Math.max(0, s2 - b / (sumP / m));
  return all.map((i) => {
    const q = pair(counts, pops, i);
    if (q === null) return null;
    const denom = a + b / q[1];
    if (denom === 0) return b * per;
    const w = a / denom;
    return (w * (q[0] / q[1]) + (1 - w) * b) * per;
  });
}

/**
 * Local (spatial) EB smoothing: for each district the prior is computed over the district and its
 * neighbours (`neighbors[i]`, queen contiguity from DistrictRow.neighbors). An island (no
 * neighbours) uses its own rate as the prior, so it is left unchanged (a = 0, b = r_i).
 */
export function smoothEbLocal(
  counts: readonly (number | null)[],
  pops: readonly (number | null)[],
  neighbors: readonly (readonly number[])[],
  per: number,
): (number | null)[] {
  return counts.map((_, i) => {
    const members = [i, ...(neighbors[i] ?? [])];
    const v = ebAt(counts, pops, i, members);
    return v === null ? null : v * per;
  });
}

/**
 * Apply the chosen smoothing to a rate column (one with counts, populations and per). Columns that
 * are not rates, and smoothing "none", are returned unchanged. Returns a new column object.
 */
export function smoothColumn(
  column: IndicatorColumn,
  method: Smoothing,
  neighbors: readonly (readonly number[])[],
): IndicatorColumn {
  const { counts, populations, per } = column;
  if (method === "none" || !counts || !populations || per === undefined) return column;
  const values =
    method === "eb-global"
      ? smoothEbGlobal(counts, populations, per)
      : smoothEbLocal(counts, populations, neighbors, per);
  return { ...column, values };
}
