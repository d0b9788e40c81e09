/**
 * Monthly crime series (CrimeMonthlyFile values): calendar helpers and the year-on-year change shown
 * in the district card and the trend panel. Pure.
 */

/** Calendar [year, month] of index k of a series starting at `start` ([year, month 1–12]). */
export function monthAt(start: readonly [number, number], k: number): [number, number] {
  const m0 = start[0] * 12 + (start[1] - 1) + k;
  return [Math.floor(m0 / 12), (m0 % 12) + 1];
}

/** Index of [year, month] in a series starting at `start` (may be < 0 or ≥ length). */
export function monthIndex(start: readonly [number, number], year: number, month: number): number {
  return year * 12 + (month - 1) - (start[0] * 12 + (start[1] - 1));
}

/** Sum of the months `months` of `year` (indices outside the series count as missing → null). */
export function sumMonths(
  values: readonly number[],
  start: readonly [number, number],
  year: number,
  months: readonly number[],
): number | null {
  let sum = 0;
  for (const m of months) {
    const v = values[monthIndex(start, year, m)];
    if (v === undefined) return null;
    sum += v;
  }
  return sum;
}

export interface YearOnYear {
  year: number;
  /** Months compared (all 12 for a complete year; Jan–Feb for a partial one). */
  months: number[];
  current: number;
  previous: number;
  /** (current − previous) / previous; null when previous = 0. */
  change: number | null;
}

/**
 * Year-on-year change for `year`: Σ of its months vs Σ of the same months one year earlier,
 * change = (current − previous) / previous. A partial year compares only the months it has (Jan–Feb
 * 2026 vs Jan–Feb 2025), so seasonality does not fake a fall. `months` = the year's months in the
 * release (1..12 when complete). Null when either year is outside the series.
 */
export function yearOnYear(
  values: readonly number[],
  start: readonly [number, number],
  year: number,
  months: readonly number[],
): YearOnYear | null {
  const current = sumMonths(values, start, year, months);
  const previous = sumMonths(values, start, year - 1, months);
  if (current === null || previous === null) return null;
  return {
    year,
    months: [...months],
    current,
    previous,
    change: previous === 0 ? null : (current - previous) / previous,
  };
}

/** Annual totals by calendar year (partial years summed over the months they have). */
export function annualTotals(
  values: readonly number[],
  start: readonly [number, number],
): { year: number; total: number; months: number }[] {
  const out = new Map<number, { total: number; months: number }>();
  values.forEach((v, k) => {
    const [y] = monthAt(start, k);
    const cur = out.get(y) ?? { total: 0, months: 0 };
    out.set(y, { total: cur.total + v, months: cur.months + 1 });
  });
  return [...out.entries()].map(([year, r]) => ({ year, ...r })).sort((a, b) => a.year - b.year);
}
