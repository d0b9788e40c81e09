import { median, quantileSorted } from "./stats";
import type { MissingRule } from "./types";

/**
 * Methodology step 3 (treatment): log transform, winsorising, missing values. Every function returns
 * new arrays; `null` means missing and is preserved unless the rule imputes it.
 */

/**
 * Optional log transform x' = ln(1 + x) (log1p), for skewed non-negative indicators (counts, rates,
 * density, population). It is monotone, so percentile normalisation is unchanged; it compresses the
 * long right tail for min-max and z-score. Only applied when every value is ≥ 0: a column with any
 * negative value is returned unchanged with `applied: false` (log1p is undefined below −1 and not
 * meaningful for signed indicators).
 */
export function logTransform(values: readonly (number | null)[]): {
  values: (number | null)[];
  applied: boolean;
} {
  if (values.some((v) => v !== null && v < 0)) return { values: [...values], applied: false };
  return { values: values.map((v) => (v === null ? null : Math.log1p(v))), applied: true };
}

/**
 * Winsorise at [p, 1 − p]: values below the type-7 quantile Q(p) are set to Q(p), values above
 * Q(1 − p) to Q(1 − p); quantiles over the non-missing values. p = 0 (or ≤ 0) → unchanged;
 * p is capped at 0.5. Returns how many values were clipped.
 */
export function winsorize(
  values: readonly (number | null)[],
  p: number,
): { values: (number | null)[]; clipped: number } {
  if (!(p > 0)) return { values: [...values], clipped: 0 };
  const q = Math.min(p, 0.5);
  const sorted = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
  if (sorted.length === 0) return { values: [...values], clipped: 0 };
  const lo = quantileSorted(sorted, q);
  const hi = quantileSorted(sorted, 1 - q);
  let clipped = 0;
  const out = values.map((v) => {
    if (v === null) return null;
    if (v < lo) {
      clipped++;
      return lo;
    }
    if (v > hi) {
      clipped++;
      return hi;
    }
    return v;
  });
  return { values: out, clipped };
}

/** Province and department codes of a district (DistrictRow satisfies it). */
export interface DistrictGroup {
  provinceCode: string;
  departmentCode: string;
}

/**
 * Impute missing values with the median of the same province; if the province has no value, the
 * department median; else the national median. If the whole column is missing, nothing is imputed.
 * Returns the new values and the number imputed.
 */
export function imputeProvinceMedian(
  values: readonly (number | null)[],
  districts: readonly DistrictGroup[],
): { values: (number | null)[]; imputed: number } {
  const byProvince = new Map<string, number[]>();
  const byDepartment = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, v: number): void => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };
  values.forEach((v, i) => {
    const d = districts[i];
    if (v === null || !d) return;
    push(byProvince, d.provinceCode, v);
    push(byDepartment, d.departmentCode, v);
  });
  const national = median(values);
  if (Number.isNaN(national)) return { values: [...values], imputed: 0 };
  const cache = new Map<string, number>();
  const medianOf = (map: Map<string, number[]>, key: string, tag: string): number | null => {
    const cacheKey = `${tag}:${key}`;
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const list = map.get(key);
    if (!list) return null;
    const m = median(list);
    cache.set(cacheKey, m);
    return m;
  };
  let imputed = 0;
  const out = values.map((v, i) => {
    if (v !== null) return v;
    const d = districts[i];
    imputed++;
    if (!d) return national;
    return (
      medianOf(byProvince, d.provinceCode, "p") ??
      medianOf(byDepartment, d.departmentCode, "d") ??
      national
    );
  });
  return { values: out, imputed };
}

/**
 * Apply the missing-value rule to one indicator column.
 * - "reweight": values unchanged; aggregation skips the indicator for that district and re-normalises
 *   the district's weights over the indicators it has (composite.ts). imputed = 0.
 * - "province-median": imputeProvinceMedian.
 */
export function applyMissingRule(
  values: readonly (number | null)[],
  rule: MissingRule,
  districts: readonly DistrictGroup[],
): { values: (number | null)[]; imputed: number } {
  if (rule === "province-median") return imputeProvinceMedian(values, districts);
  return { values: [...values], imputed: 0 };
}
