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
    return {
      breaks: scale.quantiles(),
      upperInclusive: false,
      classOf: (v) => (v === null || Number.isNaN(v) ? null : (scale(v) ?? null)),
    };
  }
  let breaks: number[];
  if (method === "jenks") {
    if (present.length === 0) return none;
    breaks = jenksBreaks(present, k);
  } else {
    breaks = [...fixedBreaks].sort((a, b) => a - b);
  }
  const scale = scaleThreshold<number, number>()
    .domain(breaks.map(nextUp))
    .range(Array.from({ length: breaks.length + 1 }, (_, i) => i));
  return {
    breaks,
    upperInclusive: true,
    classOf: (v) => (v === null || Number.isNaN(v) ? null : scale(v)),
  };
}
