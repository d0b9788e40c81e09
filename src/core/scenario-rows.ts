/**
 * One row per district of two compared FESC scenarios (before a, after b), for the comparison's
 * complete list and its CSV. Pure; built on diffScenarios so the counts agree with its summary.
 */
import { diffScenarios, type Scenario, type ScenarioDiff } from "./scenarios";

export type ScenarioChange = "entered" | "left" | "changed" | "unchanged";

export interface ScenarioComparisonRow {
  ubigeo: string;
  change: ScenarioChange;
  /** Amount in a (céntimos); null when the district is not in a or a assigns no amount. */
  fromCents: number | null;
  /** Amount in b (céntimos); null when the district is not in b or b assigns no amount. */
  toCents: number | null;
  /** to − from, null amounts as 0 (céntimos): what the district gains (+) or loses (−). */
  deltaCents: number;
}

/**
 * Every district of a ∪ b: entered (ubigeo order), left (ubigeo order), changed (|delta| descending,
 * as diffScenarios), then unchanged (ubigeo order). Duplicated ubigeos within a scenario: the first
 * entry counts (as diffScenarios). Row count = entered + left + changed + unchanged.
 */
export function scenarioComparisonRows(
  a: Scenario,
  b: Scenario,
  diff: ScenarioDiff = diffScenarios(a, b),
): ScenarioComparisonRow[] {
  const firstOf = (s: Scenario) => {
    const m = new Map<string, number | null>();
    for (const e of s.selection) if (!m.has(e.ubigeo)) m.set(e.ubigeo, e.amountCents);
    return m;
  };
  const ma = firstOf(a);
  const mb = firstOf(b);
  const changed = new Set(diff.changed.map((c) => c.ubigeo));
  const unchanged = [...ma.keys()]
    .filter((u) => mb.has(u) && !changed.has(u))
    .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return [
    ...diff.entered.map((e) => ({
      ubigeo: e.ubigeo,
      change: "entered" as const,
      fromCents: null,
      toCents: e.amountCents,
      deltaCents: e.amountCents ?? 0,
    })),
    ...diff.left.map((e) => ({
      ubigeo: e.ubigeo,
      change: "left" as const,
      fromCents: e.amountCents,
      toCents: null,
      deltaCents: -(e.amountCents ?? 0),
    })),
    ...diff.changed.map((c) => ({
      ubigeo: c.ubigeo,
      change: "changed" as const,
      fromCents: c.from,
      toCents: c.to,
      deltaCents: c.delta,
    })),
    ...unchanged.map((u) => ({
      ubigeo: u,
      change: "unchanged" as const,
      fromCents: ma.get(u) ?? null,
      toCents: mb.get(u) ?? null,
      deltaCents: 0,
    })),
  ];
}
