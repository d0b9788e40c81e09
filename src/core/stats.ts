import {
  mean as d3Mean,
  median as d3Median,
  quantile as d3Quantile,
  quantileSorted as d3QuantileSorted,
} from "d3-array";

/**
 * Small descriptive statistics used by the index (methodology: treatment and normalisation), on
 * d3-array. Missing values (`null`, `NaN`, ±Infinity) are skipped everywhere: d3 itself skips only
 * `null`/`NaN`, so every function first keeps the finite values. d3 returns `undefined` for no
 * data; these return `NaN`.
 */

/** Finite numbers of `values`, in their original order. */
export function finiteValues(values: ArrayLike<number | null>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) out.push(v);
  }
  return out;
}

/**
 * Type-7 quantile (R default, Excel PERCENTILE.INC) of an ascending array: `d3.quantileSorted`.
 * h = (n − 1)·p; Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). p ≤ 0 → x[0], p ≥ 1 → x[n−1].
 * Empty input or NaN p → NaN.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  // @types/d3-array declares an Array; the implementation only reads length and [i], so the typed
  // arrays the callers sort (Float64Array, Int32Array) work as they are, without a copy.
  return d3QuantileSorted(sorted as number[], p) ?? NaN;
}

/**
 * Type-7 quantile of the finite values of `values` (unsorted input): `d3.quantile`, which selects
 * the two order statistics around h = (n − 1)·p instead of sorting. No value → NaN.
 */
export function quantile(values: ArrayLike<number | null>, p: number): number {
  return d3Quantile(finiteValues(values), p) ?? NaN;
}

/**
 * Median: type-7 quantile at p = 0.5 (`d3.median`), i.e. the middle value for odd n and the mean
 * of the two middle values for even n. No value → NaN.
 */
export function median(values: ArrayLike<number | null>): number {
  return d3Median(finiteValues(values)) ?? NaN;
}

/** Arithmetic mean x̄ = Σx / n of the finite values (`d3.mean`). No value → NaN. */
export function mean(values: ArrayLike<number | null>): number {
  return d3Mean(finiteValues(values)) ?? NaN;
}

/**
 * Population standard deviation σ = √(Σ(x − x̄)² / n) of the finite values (as simple-statistics
 * `standardDeviation`; `d3.deviation` is the sample form with n − 1, so it is not used). Computed
 * as the square root of the `d3.mean` of the squared deviations. No value → NaN; one value → 0.
 */
export function populationSd(values: ArrayLike<number | null>): number {
  const x = finiteValues(values);
  const m = d3Mean(x);
  if (m === undefined) return NaN;
  return Math.sqrt(d3Mean(x, (v) => (v - m) * (v - m)) ?? NaN);
}
