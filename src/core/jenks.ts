import { ckmeans } from "simple-statistics";

/**
 * Natural breaks (Jenks 1977) by simple-statistics `ckmeans` (Wang & Song 2011, Ckmeans.1d.dp):
 * the exact optimum of Fisher's (1958) problem — split the sorted values into k contiguous classes
 * minimising the total within-class sum of squared deviations SDCM = Σ_c Σ_{x∈c} (x − x̄_c)² —
 * by dynamic programming in O(k·n·log n).
 */

/**
 * Inner breaks of k natural-breaks classes: k − 1 ascending values, each the maximum of its class
 * (upper-inclusive: class c holds breaks[c−1] < v ≤ breaks[c]). Missing values (null/NaN/±Infinity)
 * ignored. Fewer distinct values than k → k is reduced to the number of distinct values; no value
 * or k ≤ 1 → []. Ties between equally good splits are resolved by ckmeans' backtracking
 * (deterministic).
 */
export function jenksBreaks(values: readonly (number | null)[], k: number): number[] {
  const x = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const distinct = new Set(x).size;
  const classes = Math.min(Math.floor(k), distinct);
  if (classes <= 1) return [];
  // Classes come back ascending and non-empty; each break is the last (largest) value of a class.
  return ckmeans(x, classes)
    .slice(0, -1)
    .map((cls) => cls[cls.length - 1] ?? NaN);
}

/**
 * Goodness of variance fit GVF = 1 − SDCM/SDAM for the given upper-inclusive breaks (1 = perfect,
 * 0 = the classes explain none of the variance). SDAM = Σ(x − x̄)² over all finite values; SDCM =
 * Σ_c Σ_{x∈c} (x − x̄_c)² within the classes the breaks define, each from its class's Σx and Σx²
 * (simple-statistics has no GVF). Missing values ignored; no value or zero variance → 1.
 */
export function goodnessOfVarianceFit(
  values: readonly (number | null)[],
  breaks: readonly number[],
): number {
  const x = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const classOf = (v: number): number => {
    let c = 0;
    while (c < breaks.length && v > (breaks[c] ?? Infinity)) c++;
    return c;
  };
  const sums = new Map<number, { s: number; ss: number; n: number }>();
  let s = 0;
  let ss = 0;
  for (const v of x) {
    s += v;
    ss += v * v;
    const c = classOf(v);
    const acc = sums.get(c) ?? { s: 0, ss: 0, n: 0 };
    acc.s += v;
    acc.ss += v * v;
    acc.n++;
    sums.set(c, acc);
  }
  const sdam = ss - (s * s) / x.length;
  if (!(sdam > 0)) return 1;
  let sdcm = 0;
  for (const acc of sums.values()) sdcm += acc.ss - (acc.s * acc.s) / acc.n;
  return 1 - sdcm / sdam;
}
