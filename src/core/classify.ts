import { min as minOf, quantileSorted } from "d3-array";
import { scaleQuantile, scaleThreshold } from "d3-scale";
import { jenksBreaks } from "./jenks";
import type { ClassMethod } from "./types";

/**
 * Classes of the IRS for the map and legend (the same result feeds both). Class 0 = lowest risk …
 * k − 1 = highest. Labels (muy bajo … muy alto) are the UI's.
 */
export interface Classification {
  /** k − 1 inner breaks, ascending. */
  breaks: number[];
  /**
   * true: class c holds breaks[c−1] < v ≤ breaks[c] (jenks, fixed);
   * false: breaks[c−1] ≤ v < breaks[c] (quantile, d3 scaleQuantile semantics).
   */
  upperInclusive: boolean;
  /** Class index of a value; null for null/NaN or when there is nothing to classify. */
  classOf: (v: number | null) => number | null;
}

/** Smallest double strictly greater than x (turns "v ≤ b" into d3's "v < b′"). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  b[0] = (b[0] ?? 0n) + (x > 0 ? 1n : -1n);
  return f[0] ?? x;
}

/**
 * classify(values, method, k, fixedBreaks):
 * - "quantile": d3 scaleQuantile over the non-missing values, k classes of (nearly) equal counts;
 *   breaks = the k − 1 type-7 quantiles at c/k; a value equal to a break goes to the upper class.
 *   When quantiles tie (equal, or at the minimum), tiedQuantileBreaks gives upper-inclusive breaks
 *   instead: the tied minimum a class of its own, the values above it quantiled in the rest.
 * - "jenks": natural breaks (jenks.ts), upper-inclusive; k reduced if fewer distinct values.
 * - "fixed": the given breaks (e.g. [20, 40, 60, 80] on the 0–100 IRS), upper-inclusive;
 *   k = fixedBreaks.length + 1.
 * Jenks and fixed use d3 scaleThreshold with each break moved to nextUp(break), so v = break stays in
 * the lower class. No values → breaks [] and classOf → null (quantile, jenks).
 */
export function classify(
  values: readonly (number | null)[],
  method: ClassMethod,
  k: number,
  fixedBreaks: readonly number[] = [],
): Classification {
  const present = values.filter((v): v is number => v !== null && !Number.isNaN(v));
  const none: Classification = {
    breaks: [],
    upperInclusive: method !== "quantile",
    classOf: () => null,
  };
  if (method === "quantile") {
    const classes = Math.max(1, Math.floor(k));
    if (present.length === 0) return none;
    const scale = scaleQuantile<number>()
      .domain(present)
      .range(Array.from({ length: classes }, (_, i) => i));
    const quantiles = scale.quantiles();
    if (!hasTies(quantiles, present)) {
      return {
        breaks: quantiles,
        upperInclusive: false,
        classOf: (v) => (v === null || Number.isNaN(v) ? null : (scale(v) ?? null)),
      };
    }
    return thresholdClasses(tiedQuantileBreaks(present, classes));
  }
  let breaks: number[];
  if (method === "jenks") {
    if (present.length === 0) return none;
    breaks = jenksBreaks(present, k);
  } else {
    breaks = [...fixedBreaks].sort((a, b) => a - b);
  }
  return thresholdClasses(breaks);
}

/** Upper-inclusive classes over ascending breaks: v ≤ breaks[c] and v > breaks[c−1] → class c. */
function thresholdClasses(breaks: number[]): Classification {
  const scale = scaleThreshold<number, number>()
    .domain(breaks.map(nextUp))
    .range(Array.from({ length: breaks.length + 1 }, (_, i) => i));
  return {
    breaks,
    upperInclusive: true,
    classOf: (v) => (v === null || Number.isNaN(v) ? null : scale(v)),
  };
}

/** Tied quantiles (two equal, or one at the minimum): d3 would send every tied value up. */
function hasTies(quantiles: readonly number[], present: readonly number[]): boolean {
  const min = minOf(present);
  if (min === undefined) return false;
  return quantiles.some((q, i) => q <= min || (i > 0 && q === quantiles[i - 1]));
}

/**
 * Breaks of a quantile classification whose quantiles tie (a mass of districts at one value, e.g.
 * 0 homicides), upper-inclusive. d3 puts a value equal to a break in the upper class: with quantiles
 * [0, 0, 0, 0.7] every district at 0 would be painted class 3. Instead:
 * - a tie at the minimum m: m is a class of its own (break m), and the values above m get the
 *   k − 1 remaining classes as their own type-7 quantiles (recursively, for a second mass);
 * - any other tie: the distinct quantiles.
 * Breaks at or above the maximum are dropped (no empty top class), so fewer than k classes can
 * result; the legend and map show only those (store/map-layer colour slots). A value equal to a
 * break goes to the lower class here (upper-inclusive), unlike the untied quantile rule.
 */
export function tiedQuantileBreaks(present: readonly number[], k: number): number[] {
  const sorted = [...present].sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined || k <= 1 || min === max) return [];
  const q = Array.from({ length: k - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / k) ?? min);
  const distinct = [...new Set(q)].filter((b) => b < max);
  if (q[0] !== min) return distinct;
  const above = sorted.filter((v) => v > min);
  const rest = hasTies(quantilesOf(above, k - 1), above)
    ? tiedQuantileBreaks(above, k - 1)
    : quantilesOf(above, k - 1).filter((b) => b < max);
  return [min, ...new Set(rest)];
}

/** The k − 1 type-7 quantiles of ascending values at c/k (d3 scaleQuantile's thresholds). */
function quantilesOf(sorted: number[], k: number): number[] {
  return Array.from(
    { length: Math.max(0, k - 1) },
    (_, i) => quantileSorted(sorted, (i + 1) / k) ?? 0,
  );
}
