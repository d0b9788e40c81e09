import { describe, expect, it } from "vitest";
import {
  DEFAULT_SENSITIVITY,
  createSensitivityRun,
  mulberry32,
  perturbDirichlet,
  perturbUniform,
  runSensitivity,
  type SensitivityInput,
} from "./sensitivity";

// Fixture matrix (column-major, 3 districts × 2 indicators, already normalised):
// a = [1, 0, 0.5], b = [0, 1, 0.4]. Weights 1:1 → A = [0.5, 0.5, 0.45]: districts 0 and 1 tie.
// Weights 3:1 → A = [0.75, 0.25, 0.475] → ranks [1, 3, 2].
const input = (weights: number[]): SensitivityInput => ({
  n: 3,
  ids: ["a", "b"],
  weights,
  aggregation: "arithmetic",
  matrices: [{ normalization: "minmax", values: Float64Array.from([1, 0, 0.5, 0, 1, 0.4]) }],
});
const fixed = { ...DEFAULT_SENSITIVITY, runs: 200, perturbation: 0, varyNormalization: false };

describe("mulberry32", () => {
  it("is deterministic for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("weight draws", () => {
  it("keeps uniform perturbations within ±x % and zero weights at 0", () => {
    const rand = mulberry32(1);
    for (let k = 0; k < 200; k++) {
      const [w0, w1] = perturbUniform([2, 0], 0.25, rand);
      // 2·(1 ± 0.25) ∈ [1.5, 2.5]
      expect(w0).toBeGreaterThanOrEqual(1.5);
      expect(w0).toBeLessThanOrEqual(2.5);
      expect(w1).toBe(0);
    }
  });
  it("centres Dirichlet draws on the chosen weights", () => {
    // weights 3:1 → w̃ = [0.75, 0.25]; mean of 4000 draws with α = 20 is close to w̃
    // (sd of one draw √(0.75·0.25/21) ≈ 0.094 → sd of the mean ≈ 0.0015)
    const rand = mulberry32(7);
    let s0 = 0;
    for (let k = 0; k < 4000; k++) {
      const w = perturbDirichlet([3, 1, 0], 20, rand);
      expect((w[0] ?? 0) + (w[1] ?? 0)).toBeCloseTo(1, 12);
      expect(w[2]).toBe(0);
      s0 += w[0] ?? 0;
    }
    expect(s0 / 4000).toBeCloseTo(0.75, 2);
  });
});

describe("runSensitivity", () => {
  it("reproduces the base ranking when nothing varies", () => {
    // weights 3:1 → ranks [1, 3, 2] in every run; top 1 share = [1, 0, 0]
    const r = runSensitivity(input([3, 1]), { ...fixed, topN: 1 });
    expect(Array.from(r?.medianRank ?? [])).toEqual([1, 3, 2]);
    expect(Array.from(r?.p05Rank ?? [])).toEqual([1, 3, 2]);
    expect(Array.from(r?.p95Rank ?? [])).toEqual([1, 3, 2]);
    expect(Array.from(r?.topShare ?? [])).toEqual([1, 0, 0]);
  });
  it("splits the top place evenly when weights are symmetric", () => {
    // weights 1:1 ± 50 %: district 0 is first exactly when w_a > w_b (then A0 = w̃a beats
    // A1 = w̃b and A2 = 0.5·w̃a + 0.4·w̃b), probability 1/2 by symmetry. When w̃b > 1.25·w̃a, district 2
    // also passes it, so its 95th percentile rank is 3.
    const r = runSensitivity(input([1, 1]), {
      ...fixed,
      runs: 2000,
      perturbation: 0.5,
      topN: 1,
    });
    expect(r?.topShare[0]).toBeGreaterThan(0.45);
    expect(r?.topShare[0]).toBeLessThan(0.55);
    expect(r?.p05Rank[0]).toBe(1);
    expect(r?.p95Rank[0]).toBe(3);
  });
  it("is reproducible for a seed", () => {
    const opts = { ...DEFAULT_SENSITIVITY, runs: 100, weightMode: "dirichlet" as const };
    const a = runSensitivity(input([1, 2]), opts);
    const b = runSensitivity(input([1, 2]), opts);
    // Both runs must exist (two nulls would compare equal) and cover every district.
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a?.medianRank.length).toBeGreaterThan(0);
    expect(Array.from(a?.medianRank ?? [])).toEqual(Array.from(b?.medianRank ?? []));
    expect(Array.from(a?.p95Rank ?? [])).toEqual(Array.from(b?.p95Rank ?? []));
  });
  it("reports progress and stops when cancelled", () => {
    const seen: number[] = [];
    const r = runSensitivity(input([1, 1]), fixed, {
      progressEvery: 50,
      onProgress: (done) => seen.push(done),
      isCancelled: () => seen.length >= 2,
    });
    expect(r).toBeNull();
    expect(seen).toEqual([50, 100]);
  });
  it("draws the normalisation among the matrices", () => {
    const two: SensitivityInput = {
      ...input([1, 1]),
      matrices: [
        { normalization: "minmax", values: Float64Array.from([1, 0, 0.5, 0, 1, 0.4]) },
        { normalization: "zscore", values: Float64Array.from([1, 0, 0.5, 0, 1, 0.4]) },
      ],
    };
    const run = createSensitivityRun(two, { ...DEFAULT_SENSITIVITY, runs: 400 });
    run.step(400);
    const counts = run.finish().normalizationRuns;
    expect((counts.minmax ?? 0) + (counts.zscore ?? 0)).toBe(400);
    expect(counts.minmax).toBeGreaterThan(150);
    expect(counts.zscore).toBeGreaterThan(150);
  });
});
