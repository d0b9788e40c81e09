import type { FiscalContext } from "../../data/contract";

export interface FiscalBar {
  fiscalDistrict: string;
  seatUbigeo: string;
  count: number;
}

/**
 * Reports per fiscal district for one year: the chosen crime group's count, or the sum over all
 * groups when `group` is null. Fiscal districts without a row that year are listed with 0 only if
 * they appear in another year (so the chart keeps the same 34 rows). Sorted by count, descending,
 * then by name.
 */
export function fiscalBars(ctx: FiscalContext, year: number, group: string | null): FiscalBar[] {
  const bars = new Map<string, FiscalBar>();
  for (const r of ctx.rows) {
    if (!bars.has(r.fiscalDistrict)) {
      bars.set(r.fiscalDistrict, {
        fiscalDistrict: r.fiscalDistrict,
        seatUbigeo: r.seatUbigeo,
        count: 0,
      });
    }
    if (r.year !== year || (group !== null && r.group !== group)) continue;
    const b = bars.get(r.fiscalDistrict);
    if (b) b.count += r.count;
  }
  return [...bars.values()].sort(
    (a, b) => b.count - a.count || a.fiscalDistrict.localeCompare(b.fiscalDistrict),
  );
}

/** Crime groups of a year, largest national total first. */
export function fiscalGroups(ctx: FiscalContext, year: number): string[] {
  const totals = new Map<string, number>();
  for (const r of ctx.rows) {
    if (r.year === year) totals.set(r.group, (totals.get(r.group) ?? 0) + r.count);
  }
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g]) => g);
}
