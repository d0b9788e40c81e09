import { describe, expect, it } from "vitest";
import { DEFAULT_METHODOLOGY } from "../config/methodology";
import { computeComposite, computeIrsValues, prepareMatrix, treatColumns } from "./composite";
import type { IndicatorColumn, IndicatorDef, Methodology } from "./types";

const def = (id: string, direction: 1 | -1 = 1): IndicatorDef => ({
  id,
  label: { es: id, en: id },
  description: { es: "", en: "" },
  unit: { es: "", en: "" },
  direction,
  defaultWeight: 1,
  dimension: "test",
  formula: { kind: "series", key: id },
});
const col = (id: string, values: (number | null)[]): IndicatorColumn => ({
  id,
  values,
  year: null,
});
const districts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: i,
    provinceCode: "0101",
    departmentCode: "01",
    neighbors: [] as number[],
  }));
const plain = (weights: Record<string, number>, extra: Partial<Methodology> = {}): Methodology => ({
  ...DEFAULT_METHODOLOGY,
  weights,
  smoothing: "none",
  winsorP: 0,
  ...extra,
});
const sum = (r: Record<string, number>): number => Object.values(r).reduce((s, v) => s + v, 0);

describe("computeComposite — arithmetic, min-max", () => {
  // a (+1) = [0, 5, 10] → [0, 0.5, 1]; b (−1) = [1, 3, 2] → [0, 1, 0.5] → flipped [1, 0, 0.5]
  // weights a 3, b 1 → 0.75, 0.25; A = [0.25, 0.375, 0.875]; min 0.25, R = 0.625
  // IRS = 100·(A − 0.25)/0.625 = [0, 20, 100]
  const result = computeComposite(
    [col("a", [0, 5, 10]), col("b", [1, 3, 2])],
    [def("a"), def("b", -1)],
    plain({ a: 3, b: 1 }),
    districts(3),
  );
  it("rescales the weighted mean to 0–100 and ranks it", () => {
    expect(result.scores.map((s) => s.irs)).toEqual([0, expect.closeTo(20, 12), 100]);
    expect(result.scores.map((s) => s.rank)).toEqual([3, 2, 1]);
    expect(result.meta.weightsUsed).toEqual({ a: 0.75, b: 0.25 });
  });
  it("decomposes the IRS into contributions that sum to it", () => {
    // district 1: a = (100/0.625)·0.75·(0.5 − 0.25) = 30; b = 160·0.25·(0 − 0.25) = −10 → 20
    const c = result.scores[1]?.contributions ?? {};
    expect(c.a).toBeCloseTo(30, 10);
    expect(c.b).toBeCloseTo(-10, 10);
    for (const s of result.scores) expect(sum(s.contributions)).toBeCloseTo(s.irs ?? NaN, 10);
  });
  it("assigns quantile classes on the IRS", () => {
    // IRS [0, 20, 100], k = 5 → highest district in the top class, lowest in class 0
    expect(result.scores[2]?.classIndex).toBe(4);
    expect(result.scores[0]?.classIndex).toBe(0);
  });
});

describe("computeComposite — missing values", () => {
  // a = [0, 10, null] → [0, 1, null]; b = [0, 10, 5] → [0, 1, 0.5]; weights 1:1
  // district 2 has only b: A = 0.5 → IRS = 100·0.5/1 = 50
  const cols = [col("a", [0, 10, null]), col("b", [0, 10, 5])];
  it("re-weights over the indicators a district has", () => {
    const r = computeComposite(cols, [def("a"), def("b")], plain({ a: 1, b: 1 }), districts(3));
    expect(r.scores[2]?.irs).toBe(50);
    expect(r.scores[2]?.missing).toEqual(["a"]);
    expect(r.scores[2]?.contributions).toEqual({ b: 50 });
    expect(r.meta.missingCounts).toEqual({ a: 1, b: 0 });
  });
  it("imputes the province median with the province-median rule", () => {
    // a's median over [0, 10] = 5 → normalised 0.5; A_2 = (0.5 + 0.5)/2 = 0.5 → IRS 50
    const r = computeComposite(
      cols,
      [def("a"), def("b")],
      plain({ a: 1, b: 1 }, { missing: "province-median" }),
      districts(3),
    );
    expect(r.meta.imputedCounts).toEqual({ a: 1, b: 0 });
    expect(r.scores[2]?.irs).toBe(50);
    expect(r.scores[2]?.contributions.a).toBeCloseTo(25, 12);
  });
  it("leaves a district with no indicator unscored and reports indicators without data", () => {
    const r = computeComposite(
      [col("a", [1, 2, null]), col("c", [null, null, null])],
      [def("a"), def("c")],
      plain({ a: 1, c: 1 }),
      districts(3),
    );
    expect(r.scores[2]).toMatchObject({ irs: null, rank: null, classIndex: null });
    expect(r.meta.indicatorsWithoutData).toEqual(["c"]);
    expect(r.meta.districtsWithoutIrs).toBe(1);
  });
  it("gives 50 to everyone when all aggregates are equal", () => {
    const r = computeComposite([col("a", [4, 4])], [def("a")], plain({ a: 1 }), districts(2));
    expect(r.scores.map((s) => s.irs)).toEqual([50, 50]);
    expect(r.scores[0]?.contributions).toEqual({ a: 50 });
  });
});

describe("computeComposite — geometric", () => {
  // a = [0, 5, 10] → [0, 0.5, 1]; b = [0, 10, 10] → [0, 1, 1]; x′ = 0.01 + 0.99x
  // a′ = [0.01, 0.505, 1], b′ = [0.01, 1, 1]; G = √(a′b′) = [0.01, √0.505, 1]
  // IRS = 100·(G − 0.01)/0.99 → district 1: 100·(√0.505 − 0.01)/0.99 ≈ 70.771
  const r = computeComposite(
    [col("a", [0, 5, 10]), col("b", [0, 10, 10])],
    [def("a"), def("b")],
    plain({ a: 1, b: 1 }, { aggregation: "geometric" }),
    districts(3),
  );
  const irs1 = (100 * (Math.sqrt(0.505) - 0.01)) / 0.99;
  it("aggregates with the weighted geometric mean of the floored values", () => {
    expect(r.scores[0]?.irs).toBe(0);
    expect(r.scores[1]?.irs).toBeCloseTo(irs1, 10);
    expect(r.scores[2]?.irs).toBe(100);
  });
  it("decomposes by log shares above the floor", () => {
    // ln(a′/0.01) = ln 50.5, ln(b′/0.01) = ln 100; share_a = 0.5·ln 50.5 / (0.5·ln 50.5 + 0.5·ln 100)
    const shareA = Math.log(50.5) / (Math.log(50.5) + Math.log(100));
    const c = r.scores[1]?.contributions ?? {};
    expect(c.a).toBeCloseTo(irs1 * shareA, 10);
    expect(sum(c)).toBeCloseTo(irs1, 10);
  });
  it("rescales z-scores to 0..1 before the floor", () => {
    // one indicator: z then min-max gives the same [0, 0.5, 1] as min-max → same IRS as min-max
    const z = computeComposite(
      [col("a", [0, 5, 10])],
      [def("a")],
      plain({ a: 1 }, { aggregation: "geometric", normalization: "zscore" }),
      districts(3),
    );
    const mm = computeComposite(
      [col("a", [0, 5, 10])],
      [def("a")],
      plain({ a: 1 }, { aggregation: "geometric" }),
      districts(3),
    );
    expect(z.scores.map((s) => s.irs)).toEqual(mm.scores.map((s) => s.irs));
  });
});

describe("computeIrsValues", () => {
  it("matches computeComposite on the prepared matrix", () => {
    const cols = [col("a", [0, 5, 10]), col("b", [1, 3, 2])];
    const defs = [def("a"), def("b", -1)];
    const m = plain({ a: 3, b: 1 });
    const { used } = treatColumns(cols, defs, m, districts(3));
    const prepared = prepareMatrix(used, 3, "minmax", "arithmetic");
    const irs = computeIrsValues(prepared, [3, 1]);
    expect(Array.from(irs)).toEqual([0, expect.closeTo(20, 12), 100]);
  });
});
