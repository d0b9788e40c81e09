/**
 * Small descriptive statistics used by the index (methodology: treatment and normalisation).
 * Missing values (`null`, `NaN`) are skipped everywhere.
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
 * Type-7 quantile (R default, Excel PERCENTILE.INC, d3.quantileSorted) of an ascending array.
 * h = (n − 1)·p; Q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). p is clamped to [0, 1].
 * Empty input → NaN.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  if (lo >= n - 1) return a;
  const b = sorted[lo + 1] ?? NaN;
  return a + (h - lo) * (b - a);
}

/** Type-7 quantile of the finite values of `values` (unsorted input). No value → NaN. */
export function quantile(values: ArrayLike<number | null>, p: number): number {
  const sorted = Float64Array.from(finiteValues(values)).sort();
  return quantileSorted(sorted, p);
}

/** Median (type-7 quantile at 0.5: mean of the two middle values for even n). No value → NaN. */
export function median(values: ArrayLike<number | null>): number {
  return quantile(values, 0.5);
}

/** Arithmetic mean of the finite values. No value → NaN. */
export function mean(values: ArrayLike<number | null>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}

/**
 * Population standard deviation √(Σ(x − x̄)² / n) of the finite values (as simple-statistics
 * `standardDeviation`). No value → NaN; one value → 0.
 */
export function populationSd(values: ArrayLike<number | null>): number {
  const m = mean(values);
  if (Number.isNaN(m)) return NaN;
  let ss = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) {
      ss += (v - m) * (v - m);
      n++;
    }
  }
  return Math.sqrt(ss / n);
}
