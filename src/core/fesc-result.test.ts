import { describe, expect, it } from "vitest";
import { computeFescResult, filtersOf, type FescInputs, type FescParams } from "./fesc-result";
import type { DistrictScore } from "./types";

// Fixture (not shipped data): five districts A–E with hand-set IRS, population and poverty.
// D sits in another department ("01"); E has no IRS.
const NAMES = ["A", "B", "C", "D", "E"];
const IRS = [90, 80, 70, 60, null];
const POP = [600, 300, 100, 50, 1000];
const POVERTY = [10, 40, 35, 50, 20];
const DISTRICTS = NAMES.map((name, i) => ({
  ubigeo: `15010${i + 1}`,
  name,
  province: "Lima",
  department: name === "D" ? "Amazonas" : "Lima",
  departmentCode: name === "D" ? "01" : "15",
}));
const SCORES: DistrictScore[] = IRS.map((irs, id): DistrictScore => ({
  id,
  irs,
  rank: irs === null ? null : id + 1,
  classIndex: irs === null ? null : 4 - id,
  // A: 90 → 22.5 population + 67.5 poverty (poverty listed first to check the sort)
  contributions: irs === null ? {} : { poverty_pct: irs * 0.75, population: irs * 0.25 },
  missing: [],
}));

const BASE: FescParams = {
  rule: "top-n",
  n: 3,
  conditions: [],
  amounts: "none",
  budgetSoles: 0,
  mode: "population",
  floorSoles: null,
  capSoles: null,
  tiers: [],
  departments: [],
  minPopulation: null,
  excludeCovered: false,
};

const run = (p: Partial<FescParams>, more: Partial<FescInputs> = {}) =>
  computeFescResult({
    districts: DISTRICTS,
    scores: SCORES,
    population: POP,
    columns: new Map([["poverty_pct", POVERTY]]),
    covered: new Set<string>(),
    params: { ...BASE, ...p },
    rankInterval: null,
    ...more,
  });

describe("computeFescResult: selection", () => {
  it("takes the top N by IRS, with the next ones as just missed", () => {
    const r = run({ n: 3 });
    expect(r.rows.map((x) => x.name)).toEqual(["A", "B", "C"]);
    // D is next: 70 − 60 = 10 IRS points below the cut; E has no IRS so is never ranked.
    expect(r.justMissed.map((m) => [m.name, m.irsBelowCut])).toEqual([["D", 10]]);
    expect(r.withoutIrs).toBe(1);
    expect(r.rows[0]).toMatchObject({ ubigeo: "150101", population: 600, irs: 90, rank: 1 });
    // amounts "none": no amount, no total
    expect(r.rows[0]?.amountCents).toBeNull();
    expect(r.totalCents).toBeNull();
  });

  it("sorts contributions largest first", () => {
    expect(run({ n: 1 }).rows[0]?.contributions).toEqual([
      { id: "poverty_pct", points: 67.5 },
      { id: "population", points: 22.5 },
    ]);
  });

  it("selects by thresholds and says what the near misses lacked", () => {
    const r = run({
      rule: "thresholds",
      conditions: [{ indicatorId: "poverty_pct", op: ">=", value: 36 }],
    });
    // poverty ≥ 36: B (40) and D (50), in IRS order
    expect(r.rows.map((x) => x.name)).toEqual(["B", "D"]);
    // each of A, C, E fails one condition; then IRS order (E without IRS last)
    expect(r.justMissed.map((m) => m.name)).toEqual(["A", "C", "E"]);
    // C: 36 − 35 = 1 point short; A: 36 − 10 = 26
    expect(r.justMissed[1]?.failed[0]).toMatchObject({ actual: 35, missingBy: 1 });
    expect(r.justMissed[0]?.failed[0]).toMatchObject({ actual: 10, missingBy: 26 });
    expect(r.justMissed[0]?.irsBelowCut).toBeNull();
  });

  it('reads "irs" in a condition as the IRS itself', () => {
    const r = run({
      rule: "thresholds",
      conditions: [
        { indicatorId: "irs", op: ">=", value: 75 },
        { indicatorId: "poverty_pct", op: "<=", value: 45 },
      ],
    });
    // IRS ≥ 75: A (90), B (80); both have poverty ≤ 45
    expect(r.rows.map((x) => x.name)).toEqual(["A", "B"]);
  });

  it("applies department, population and coverage filters before ranking", () => {
    // department 15 drops D; population ≥ 200 drops C (100) and D (50): 2 filtered out
    const r = run({ n: 5, departments: ["15"], minPopulation: 200 });
    expect(r.rows.map((x) => x.name)).toEqual(["A", "B"]);
    expect(r.filteredOut).toBe(2);
    expect(r.withoutIrs).toBe(1);
    const covered = new Set(["150101"]);
    expect(run({ n: 1 }, { covered }).rows[0]).toMatchObject({ name: "A", covered: true });
    const ex = run({ n: 3, excludeCovered: true }, { covered });
    expect(ex.rows.map((x) => x.name)).toEqual(["B", "C", "D"]);
    expect(ex.filteredOut).toBe(1);
  });

  it("attaches the sensitivity rank interval when given", () => {
    const r = run({ n: 2 }, { rankInterval: (id) => (id === 0 ? [1, 3] : null) });
    expect(r.rows.map((x) => x.rankInterval)).toEqual([[1, 3], null]);
  });
});

describe("computeFescResult: amounts", () => {
  it("fills a budget by population, exact to the céntimo", () => {
    const r = run({ n: 3, amounts: "budget", budgetSoles: 1000, mode: "population" });
    // weights 600:300:100 of S/ 1 000 → S/ 600, 300, 100
    expect(r.rows.map((x) => [x.name, x.amountCents])).toEqual([
      ["A", 60000],
      ["B", 30000],
      ["C", 10000],
    ]);
    expect(r.totalCents).toBe(100000);
    expect(r.error).toBeNull();
  });

  it("weights by population × IRS and gives the odd céntimo to the largest fraction", () => {
    const r = run({ n: 2, amounts: "budget", budgetSoles: 1000, mode: "both" });
    // A 600·90 = 54 000, B 300·80 = 24 000 (Σ 78 000); 100 000 céntimos × 54/78 = 69 230.77,
    // × 24/78 = 30 769.23 → floors 69 230 + 30 769 = 99 999; the last céntimo goes to A (.77)
    expect(r.rows.map((x) => x.amountCents)).toEqual([69231, 30769]);
  });

  it("caps a district and shares the rest among the others", () => {
    const r = run({ n: 3, amounts: "budget", budgetSoles: 1000, capSoles: 500 });
    // A would get 600 > cap 500; the other 500 go to B:C = 300:100 → 375, 125
    expect(r.rows.map((x) => [x.amountCents, x.capped])).toEqual([
      [50000, true],
      [37500, false],
      [12500, false],
    ]);
  });

  it("reports an impossible floor instead of amounts", () => {
    const r = run({ n: 3, amounts: "budget", budgetSoles: 100, floorSoles: 50 });
    // 3 districts × S/ 50 = S/ 150 > S/ 100
    expect(r.error).toEqual({
      ok: false,
      code: "infeasible-floor",
      n: 3,
      floorCents: 5_000,
      budgetCents: 10_000,
    });
    expect(r.totalCents).toBeNull();
    expect(r.rows.map((x) => x.amountCents)).toEqual([null, null, null]);
  });

  it("gives each tier its amount by position, and counts districts no tier matches", () => {
    const r = run({
      n: 3,
      amounts: "tiers",
      tiers: [
        { label: "T1", kind: "rank", fromRank: 1, toRank: 1, amountCents: 500 },
        { label: "T2", kind: "rank", fromRank: 2, toRank: 2, amountCents: 200 },
      ],
    });
    // A 500, B 200, C (position 3) none: total 700
    expect(r.rows.map((x) => [x.tier, x.amountCents])).toEqual([
      ["T1", 500],
      ["T2", 200],
      [null, null],
    ]);
    expect(r.totalCents).toBe(700);
    expect(r.unassigned).toBe(1);
  });

  it("matches class tiers on the district's risk class", () => {
    const r = run({
      n: 2,
      amounts: "tiers",
      tiers: [{ label: "alto", kind: "class", classIndex: 3, amountCents: 300 }],
    });
    // class 4 − id: A is class 4 (no tier), B class 3
    expect(r.rows.map((x) => x.amountCents)).toEqual([null, 300]);
  });
});

describe("filtersOf", () => {
  it("leaves out the filters that are off", () => {
    expect(filtersOf(BASE)).toEqual({});
    expect(
      filtersOf({ ...BASE, departments: ["01"], minPopulation: 0, excludeCovered: true }),
    ).toEqual({ departments: ["01"], minPopulation: 0, excludeCovered: true });
  });
});
