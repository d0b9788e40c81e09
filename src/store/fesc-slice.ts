import type { StateCreator } from "zustand";
import { solesToCents } from "../core/allocation";
import {
  computeFescResult,
  filtersOf,
  type FescAmounts,
  type FescMissed,
  type FescParams,
  type FescResult,
  type FescRow,
  type FescRule,
} from "../core/fesc-result";
import type { ViewProblem } from "../core/saved-views";
import type { Scenario, ScenarioMethod } from "../core/scenarios";
import {
  selectDistrictCoverage,
  selectPopulation,
  selectScores,
  selectWeights,
} from "./coverage-slice";
import type { AppState } from "./index";
import { selectIndicatorColumns } from "./index-slice";

export { selectScores } from "./coverage-slice";

export type { FescAmounts, FescMissed, FescParams, FescResult, FescRow, FescRule };

export const DEFAULT_FESC: FescParams = {
  rule: "top-n",
  n: 36,
  conditions: [{ indicatorId: "poverty_pct", op: ">=", value: 30 }],
  amounts: "budget",
  budgetSoles: 252_000_000,
  mode: "both",
  floorSoles: null,
  capSoles: null,
  // An editable example: three groups of 12 (as Chile's municipal fund groups municipalities).
  tiers: [
    { label: "Tramo 1", kind: "rank", fromRank: 1, toRank: 12, amountCents: 1_000_000_000 },
    { label: "Tramo 2", kind: "rank", fromRank: 13, toRank: 24, amountCents: 700_000_000 },
    { label: "Tramo 3", kind: "rank", fromRank: 25, toRank: 36, amountCents: 400_000_000 },
  ],
  departments: [],
  minPopulation: null,
  excludeCovered: false,
};

export interface FescSlice {
  fesc: FescParams;
  fescScenarios: Scenario[];
  /** Names of the two scenarios compared (before, after). */
  fescCompare: [string | null, string | null];
  setFesc: (patch: Partial<FescParams>) => void;
  /**
   * Save the current selection under a name (same name replaces), or refuse it when the scenarios
   * would no longer fit in a view's link (they travel in it: the storage rule of saved views), and
   * return that problem (null = saved).
   */
  saveFescScenario: (name: string) => ViewProblem | null;
  deleteFescScenario: (name: string) => void;
  setFescCompare: (pair: [string | null, string | null]) => void;
  /** Replace params and scenarios at once (URL restore). */
  restoreFesc: (patch: Partial<Pick<FescSlice, "fesc" | "fescScenarios">>) => void;
}

export const createFescSlice: StateCreator<AppState, [], [], FescSlice> = (set, get) => ({
  fesc: DEFAULT_FESC,
  fescScenarios: [],
  fescCompare: [null, null],
  setFesc: (patch) => set({ fesc: { ...get().fesc, ...patch } }),
  saveFescScenario: (name) => {
    const result = selectFescResult(get());
    if (!result) return null;
    const scenario = scenarioOf(name, get().fesc, selectWeights(get()), result);
    const rest = get().fescScenarios.filter((s) => s.name !== name);
    const fescScenarios = [...rest, scenario];
    const problem = get().checkLinkFits({ fescScenarios });
    if (problem) return problem;
    set({ fescScenarios });
    return null;
  },
  deleteFescScenario: (name) =>
    set({ fescScenarios: get().fescScenarios.filter((s) => s.name !== name) }),
  setFescCompare: (fescCompare) => set({ fescCompare }),
  restoreFesc: (patch) => set(patch),
});

/** The 5–95 % rank interval of a district from the last Monte-Carlo run, if any. */
function selectRankInterval(state: AppState): ((id: number) => [number, number] | null) | null {
  const result = state.sensitivity.result;
  if (!result) return null;
  return (id) => {
    const a = result.p05Rank[id];
    const b = result.p95Rank[id];
    return a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) ? null : [a, b];
  };
}

let fescMemo: { key: unknown[]; value: FescResult } | null = null;

/** The selection and allocation for the current parameters (memoised on its inputs). */
export function selectFescResult(state: AppState): FescResult | null {
  const table = state.table;
  const scores = selectScores(state);
  if (!table || !scores) return null;
  const coverage = selectDistrictCoverage(state);
  const interval = selectRankInterval(state);
  const key = [
    table,
    state.indicatorDefs,
    state.methodology,
    scores,
    coverage,
    state.fesc,
    state.sensitivity.result,
  ];
  if (fescMemo && fescMemo.key.every((k, i) => k === key[i])) return fescMemo.value;
  const value = computeFescResult({
    districts: table.districts,
    scores,
    population: selectPopulation(table).values,
    // The same columns (year, pooled crime window) the index read: a threshold on a crime rate
    // compares the rate the ranking shows, not the latest single year.
    columns: new Map((selectIndicatorColumns(state)?.columns ?? []).map((c) => [c.id, c.values])),
    covered: coverage,
    params: state.fesc,
    rankInterval: interval,
  });
  fescMemo = { key, value };
  return value;
}

/** The scenario method describing the parameters (selection rule, or the amounts rule). */
export function scenarioMethodOf(p: FescParams): ScenarioMethod {
  if (p.amounts === "budget") {
    return {
      kind: "budget",
      budgetCents: solesToCents(p.budgetSoles),
      mode: p.mode,
      ...(p.floorSoles !== null ? { floorCents: solesToCents(p.floorSoles) } : {}),
      ...(p.capSoles !== null ? { capCents: solesToCents(p.capSoles) } : {}),
    };
  }
  if (p.amounts === "tiers") return { kind: "tiers", tiers: p.tiers };
  return p.rule === "top-n"
    ? { kind: "top-n", n: p.n }
    : { kind: "thresholds", conditions: p.conditions };
}

/** A named snapshot of the current selection (who, how much, how it was made). */
export function scenarioOf(
  name: string,
  p: FescParams,
  weights: Record<string, number>,
  result: FescResult,
): Scenario {
  return {
    name,
    method: scenarioMethodOf(p),
    filters: filtersOf(p),
    methodology: { weights },
    selection: result.rows.map((r) => ({ ubigeo: r.ubigeo, amountCents: r.amountCents })),
  };
}
