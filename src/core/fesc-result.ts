import {
  allocateBudget,
  allocateTiers,
  solesToCents,
  type AllocationError,
  type AllocationMode,
  type TierRule,
} from "./allocation";
import {
  selectDistricts,
  type Candidate,
  type Condition,
  type SelectionFilters,
  type Shortfall,
} from "./selection";
import type { DistrictScore } from "./types";
import type { DistrictRow } from "../data/contract";

/**
 * The FESC / art. 89 table: which districts are chosen (core/selection.ts) and how much each gets
 * (core/allocation.ts), joined with their names, IRS and contributions. Pure: the store memoises it.
 */

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

/** The district fields the table shows (a DistrictRow is one). */
export type FescDistrict = Pick<
  DistrictRow,
  "ubigeo" | "name" | "province" | "department" | "departmentCode"
>;

/** Plain inputs of {@link computeFescResult}; every array is aligned with `districts` (index = id). */
export interface FescInputs {
  districts: readonly FescDistrict[];
  scores: readonly DistrictScore[];
  population: readonly (number | null)[];
  /** Raw indicator values by indicator id (for threshold conditions). */
  columns: ReadonlyMap<string, readonly (number | null)[]>;
  /** Ubigeos already covered by Barrio Seguro. */
  covered: { has(ubigeo: string): boolean };
  params: FescParams;
  /** 5–95 % rank interval by district id from the last Monte-Carlo run; null = not run. */
  rankInterval: ((id: number) => [number, number] | null) | null;
}

/** The selection filters the parameters ask for (absent keys = no filter). */
export function filtersOf(p: FescParams): SelectionFilters {
  return {
    ...(p.departments.length > 0 ? { departments: p.departments } : {}),
    ...(p.minPopulation !== null ? { minPopulation: p.minPopulation } : {}),
    ...(p.excludeCovered ? { excludeCovered: true } : {}),
  };
}

/**
 * Selection candidates, one per district: population, IRS, coverage and the raw value of every
 * indicator a condition names ("irs" names the IRS itself).
 */
export function buildCandidates(
  inputs: Omit<FescInputs, "params" | "rankInterval">,
  conditions: readonly Condition[],
): Candidate[] {
  const { districts, scores, population, columns, covered } = inputs;
  const ids = [...new Set(conditions.map((c) => c.indicatorId))];
  return districts.map((d, id) => ({
    ubigeo: d.ubigeo,
    departmentCode: d.departmentCode,
    population: population[id] ?? null,
    irs: scores[id]?.irs ?? null,
    covered: covered.has(d.ubigeo),
    values: Object.fromEntries(
      ids.map((k) => [k, k === "irs" ? (scores[id]?.irs ?? null) : (columns.get(k)?.[id] ?? null)]),
    ),
  }));
}

/**
 * Select, then fund:
 *   1. selection = selectDistricts(candidates, top N by IRS | all thresholds met, filters), with up
 *      to 8 "just missed" districts;
 *   2. amounts "budget": allocateBudget over the selection (share ∝ population, IRS or
 *      population × IRS, with optional floor and cap, exact to the céntimo, Σ = budget);
 *      amounts "tiers": allocateTiers by position in the selection (1 = highest IRS);
 *      amounts "none": no amounts (totalCents null).
 * Rows keep the selection order; contributions are sorted largest first.
 */
export function computeFescResult(inputs: FescInputs): FescResult {
  const { districts, scores, params: p, rankInterval } = inputs;
  const candidates = buildCandidates(inputs, p.conditions);
  const rule =
    p.rule === "top-n"
      ? { kind: "top-n" as const, n: p.n }
      : { kind: "thresholds" as const, conditions: p.conditions };
  const sel = selectDistricts(candidates, rule, filtersOf(p), 8);
  const idOf = new Map(districts.map((d, id) => [d.ubigeo, id]));
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
        ubigeo: districts[id]?.ubigeo ?? "",
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
        ubigeo: districts[id]?.ubigeo ?? "",
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
    const d = districts[id];
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
      rankInterval: rankInterval ? rankInterval(id) : null,
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
    const d = districts[id];
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
