import type { StateCreator } from "zustand";
import {
  allocateBudget,
  allocateTiers,
  solesToCents,
  type AllocationError,
  type AllocationMode,
  type TierRule,
} from "../core/allocation";
import type { DistrictCoverage } from "../core/coverage";
import { resolveIndicatorColumns } from "../core/indicator-values";
import type { ViewProblem } from "../core/saved-views";
import type { Scenario, ScenarioMethod } from "../core/scenarios";
import {
  selectDistricts,
  type Candidate,
  type Condition,
  type SelectionFilters,
  type Shortfall,
} from "../core/selection";
import type { DistrictScore, IndicatorDef } from "../core/types";
import type { DistrictTable } from "../data/contract";
import {
  selectDistrictCoverage,
  selectPopulation,
  selectScores,
  selectWeights,
} from "./coverage-slice";
import type { AppState } from "./index";

export { selectScores } from "./coverage-slice";

export type FescRule = "top-n" | "thresholds";
export type FescAmounts = "none" | "budget" | "tiers";

/** How the priority districts are chosen and funded (all of it goes into the URL). */
export interface FescParams {
  rule: FescRule;
  /** Top N of the IRS. */
  n: number;
  /** Thresholds on indicators (AND). */
  conditions: Condition[];
  amounts: FescAmounts;
  /** Budget in soles (S/ 252 000 000 = art. 89, Ley de Presupuesto 2024). */
  budgetSoles: number;
  mode: AllocationMode;
  floorSoles: number | null;
  capSoles: number | null;
  /** Tiers by position in the selection (1 = highest IRS), one amount each. */
  tiers: TierRule[];
  departments: string[];
  minPopulation: number | null;
  excludeCovered: boolean;
}

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

/** One selected district, as the table and the CSV show it. */
export interface FescRow {
  id: number;
  ubigeo: string;
  name: string;
  province: string;
  department: string;
  population: number | null;
  irs: number | null;
  rank: number | null;
  /** 5th–95th percentile rank from the sensitivity analysis, when it has run. */
  rankInterval: [number, number] | null;
  covered: boolean;
  /** Céntimos; null when no amount is assigned (amounts "none", or no tier matched). */
  amountCents: number | null;
  tier: string | null;
  capped: boolean;
  atFloor: boolean;
  /** Indicator contributions to the IRS, largest first (points on 0–100). */
  contributions: { id: string; points: number }[];
}

export interface FescMissed {
  id: number;
  ubigeo: string;
  name: string;
  department: string;
  irs: number | null;
  irsBelowCut: number | null;
  failed: Shortfall[];
}

export interface FescResult {
  rows: FescRow[];
  justMissed: FescMissed[];
  /** Σ amounts in céntimos (null when amounts are "none"). */
  totalCents: number | null;
  /** Allocation impossible: the code and values from core/allocation (the panel words it). */
  error: AllocationError | null;
  equalSplit: boolean;
  /** Tiers: selected districts that matched no tier. */
  unassigned: number;
  filteredOut: number;
  withoutIrs: number;
}

const columnsOf = (() => {
  let last: {
    table: DistrictTable;
    defs: readonly IndicatorDef[];
    values: Map<string, readonly (number | null)[]>;
  } | null = null;
  return (table: DistrictTable, defs: readonly IndicatorDef[]) => {
    if (last?.table === table && last.defs === defs) return last.values;
    const { columns } = resolveIndicatorColumns(table, defs);
    last = { table, defs, values: new Map(columns.map((c) => [c.id, c.values])) };
    return last.values;
  };
})();

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

/** Selection candidates from the table, the IRS and the coverage (aligned with table.districts). */
export function buildCandidates(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  scores: readonly DistrictScore[],
  coverage: ReadonlyMap<string, DistrictCoverage>,
  conditions: readonly Condition[],
): Candidate[] {
  const pop = selectPopulation(table).values;
  const cols = columnsOf(table, defs);
  const ids = [...new Set(conditions.map((c) => c.indicatorId))];
  return table.districts.map((d) => ({
    ubigeo: d.ubigeo,
    departmentCode: d.departmentCode,
    population: pop[d.id] ?? null,
    irs: scores[d.id]?.irs ?? null,
    covered: coverage.has(d.ubigeo),
    values: Object.fromEntries(
      ids.map((k) => [
        k,
        k === "irs" ? (scores[d.id]?.irs ?? null) : (cols.get(k)?.[d.id] ?? null),
      ]),
    ),
  }));
}

export function filtersOf(p: FescParams): SelectionFilters {
  return {
    ...(p.departments.length > 0 ? { departments: p.departments } : {}),
    ...(p.minPopulation !== null ? { minPopulation: p.minPopulation } : {}),
    ...(p.excludeCovered ? { excludeCovered: true } : {}),
  };
}

function computeFescResult(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  scores: readonly DistrictScore[],
  coverage: ReadonlyMap<string, DistrictCoverage>,
  p: FescParams,
  interval: ((id: number) => [number, number] | null) | null,
): FescResult {
  const candidates = buildCandidates(table, defs, scores, coverage, p.conditions);
  const rule =
    p.rule === "top-n"
      ? { kind: "top-n" as const, n: p.n }
      : { kind: "thresholds" as const, conditions: p.conditions };
  const sel = selectDistricts(candidates, rule, filtersOf(p), 8);
  const idOf = new Map(table.districts.map((d) => [d.ubigeo, d.id]));
  const ids = sel.selected.map((u) => idOf.get(u) ?? -1).filter((id) => id >= 0);
  const amounts = new Map<
    string,
    { cents: number; capped: boolean; atFloor: boolean; tier: string | null }
  >();
  let totalCents: number | null = null;
  let error: AllocationError | null = null;
  let equalSplit = false;
  let unassigned = 0;
  if (p.amounts === "budget") {
    const res = allocateBudget(
      ids.map((id) => ({
        ubigeo: table.districts[id]?.ubigeo ?? "",
        population: candidates[id]?.population ?? null,
        irs: scores[id]?.irs ?? null,
      })),
      {
        budgetCents: solesToCents(p.budgetSoles),
        mode: p.mode,
        ...(p.floorSoles !== null ? { floorCents: solesToCents(p.floorSoles) } : {}),
        ...(p.capSoles !== null ? { capCents: solesToCents(p.capSoles) } : {}),
      },
    );
    if (res.ok) {
      for (const l of res.lines) {
        amounts.set(l.ubigeo, { cents: l.cents, capped: l.capped, atFloor: l.atFloor, tier: null });
      }
      totalCents = res.totalCents;
      equalSplit = res.equalSplit;
    } else error = res;
  } else if (p.amounts === "tiers") {
    const res = allocateTiers(
      ids.map((id, i) => ({
        ubigeo: table.districts[id]?.ubigeo ?? "",
        rank: i + 1,
        classIndex: scores[id]?.classIndex ?? null,
      })),
      p.tiers,
    );
    for (const l of res.lines) {
      amounts.set(l.ubigeo, { cents: l.cents, capped: false, atFloor: false, tier: l.tier });
    }
    totalCents = res.totalCents;
    unassigned = res.unassigned.length;
  }
  const rows: FescRow[] = ids.map((id) => {
    const d = table.districts[id];
    const s = scores[id];
    const a = amounts.get(d?.ubigeo ?? "");
    return {
      id,
      ubigeo: d?.ubigeo ?? "",
      name: d?.name ?? "",
      province: d?.province ?? "",
      department: d?.department ?? "",
      population: candidates[id]?.population ?? null,
      irs: s?.irs ?? null,
      rank: s?.rank ?? null,
      rankInterval: interval ? interval(id) : null,
      covered: candidates[id]?.covered ?? false,
      amountCents: a ? a.cents : null,
      tier: a?.tier ?? null,
      capped: a?.capped ?? false,
      atFloor: a?.atFloor ?? false,
      contributions: Object.entries(s?.contributions ?? {})
        .map(([cid, points]) => ({ id: cid, points }))
        .sort((x, y) => y.points - x.points),
    };
  });
  const justMissed = sel.justMissed.map((m) => {
    const id = idOf.get(m.ubigeo) ?? -1;
    const d = table.districts[id];
    return {
      id,
      ubigeo: m.ubigeo,
      name: d?.name ?? "",
      department: d?.department ?? "",
      irs: m.irs,
      irsBelowCut: m.irsBelowCut ?? null,
      failed: m.failed ?? [],
    };
  });
  return {
    rows,
    justMissed,
    totalCents,
    error,
    equalSplit,
    unassigned,
    filteredOut: sel.filteredOut,
    withoutIrs: sel.withoutIrs,
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
  const key = [table, state.indicatorDefs, scores, coverage, state.fesc, state.sensitivity.result];
  if (fescMemo && fescMemo.key.every((k, i) => k === key[i])) return fescMemo.value;
  const value = computeFescResult(
    table,
    state.indicatorDefs,
    scores,
    coverage,
    state.fesc,
    interval,
  );
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
