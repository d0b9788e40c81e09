import { pickNearestSeries, pickSeries, type SeriesLike } from "./indicator-values";

/** Series written by scripts/lib/mef-budget.ts: district municipalities vs provincial ones. */
export const MUNICIPAL_BUDGET_KEYS = {
  district: { spent: "muni_devengado", budget: "muni_pim" },
  provincial: { spent: "muni_prov_devengado", budget: "muni_prov_pim" },
} as const;

export interface MunicipalBudget {
  /** "district": comparable per inhabitant; "provincial": a capital district whose municipality pays for the province. */
  kind: "district" | "provincial";
  year: number | null;
  /** Accrued spending and modified budget (PIM), nominal soles; null when the source has no value. */
  spentSoles: number | null;
  budgetSoles: number | null;
  /** soles / population (population of the year nearest `year`); null for provincial ones. */
  spentPerHead: number | null;
  budgetPerHead: number | null;
  populationYear: number | null;
  sourceId: string;
}

/**
 * The municipality's budget for district `id` (latest complete year of the MEF series): the district
 * series if it has a value, else the provincial one. Per inhabitant = soles / population of the
 * nearest year, only for district municipalities (a provincial budget covers the whole province, so
 * a per-inhabitant figure over the capital district would mislead). Null when neither has a value.
 */
export function municipalBudget(
  table: { series: readonly (SeriesLike & { sourceId?: string })[] },
  id: number,
): MunicipalBudget | null {
  for (const kind of ["district", "provincial"] as const) {
    const keys = MUNICIPAL_BUDGET_KEYS[kind];
    const spent = pickSeries(table.series, keys.spent, null);
    const budget = pickSeries(table.series, keys.budget, null);
    const s = spent?.values[id] ?? null;
    const b = budget?.values[id] ?? null;
    if (s === null && b === null) continue;
    const year = spent?.year ?? budget?.year ?? null;
    const pop = pickNearestSeries(table.series, "population", year);
    const p = pop?.values[id] ?? null;
    const per = (v: number | null) =>
      kind === "district" && v !== null && p !== null && p > 0 ? v / p : null;
    return {
      kind,
      year,
      spentSoles: s,
      budgetSoles: b,
      spentPerHead: per(s),
      budgetPerHead: per(b),
      populationYear: pop?.year ?? null,
      sourceId: spent?.sourceId ?? budget?.sourceId ?? "",
    };
  }
  return null;
}

export interface SecuritySpending {
  year: number | null;
  soles: number;
  /** soles / population of the nearest year. */
  perHead: number | null;
  populationYear: number | null;
  sourceId: string;
}

/**
 * Imported citizen-security spending of district `id` (series security_spending, latest complete
 * year): soles and soles per inhabitant (population of the nearest year). Null without a value.
 */
export function securitySpendingOf(
  table: { series: readonly (SeriesLike & { sourceId?: string })[] },
  id: number,
): SecuritySpending | null {
  const s = pickSeries(table.series, "security_spending", null);
  const v = s?.values[id] ?? null;
  if (!s || v === null) return null;
  const pop = pickNearestSeries(table.series, "population", s.year);
  const p = pop?.values[id] ?? null;
  return {
    year: s.year,
    soles: v,
    perHead: p !== null && p > 0 ? v / p : null,
    populationYear: pop?.year ?? null,
    sourceId: s.sourceId ?? "",
  };
}
