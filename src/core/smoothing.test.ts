import { describe, expect, it } from "vitest";
import { smoothColumn, smoothEbGlobal, smoothEbLocal } from "./smoothing";

describe("smoothEbGlobal", () => {
  it("shrinks each rate towards the global mean by the Marshall weight", () => {
    // O = [1, 10, 9], P = [100, 100, 300]; ΣO = 20, ΣP = 500 → b = 0.04; r = [0.01, 0.1, 0.03]
    // s² = (100·0.03² + 100·0.06² + 300·0.01²)/500 = (0.09 + 0.36 + 0.03)/500 = 0.00096
    // a = 0.00096 − 0.04/(500/3) = 0.00096 − 0.00024 = 0.00072
    // w1 = w2 = 0.00072/(0.00072 + 0.04/100) = 9/14; w3 = 0.00072/(0.00072 + 0.04/300) = 27/32
    // r̂1 = (9·0.01 + 5·0.04)/14 = 0.29/14; r̂2 = (9·0.1 + 5·0.04)/14 = 1.1/14;
    // r̂3 = (27·0.03 + 5·0.04)/32 = 1.01/32; × per 1000
    const out = smoothEbGlobal([1, 10, 9], [100, 100, 300], 1000);
    expect(out[0]).toBeCloseTo((0.29 / 14) * 1000, 10);
    expect(out[1]).toBeCloseTo((1.1 / 14) * 1000, 10);
    expect(out[2]).toBeCloseTo(31.5625, 10);
  });
  it("shrinks fully to the mean when the moment estimate of a is negative", () => {
    // O = [2, 6, 2], P = [100, 200, 200]: b = 10/500 = 0.02; r = [0.02, 0.03, 0.01]
    // s² = (0 + 200·0.0001 + 200·0.0001)/500 = 0.00008 < b/(ΣP/n) = 0.00012 → a = 0 → r̂ = b
    expect(smoothEbGlobal([2, 6, 2], [100, 200, 200], 1000)).toEqual([20, 20, 20]);
  });
  it("leaves districts with no or zero population out of the prior and null", () => {
    // Only districts 0 and 2 count: same data as the previous case without district 1 →
    // O = [2, 2], P = [100, 200]: b = 4/300; r = [0.02, 0.01]; s² = (100·(0.02−b)² + 200·(0.01−b)²)/300
    const b = 4 / 300;
    const s2 = (100 * (0.02 - b) ** 2 + 200 * (0.01 - b) ** 2) / 300;
    const a = Math.max(0, s2 - b / 150);
    const w0 = a / (a + b / 100);
    const out = smoothEbGlobal([2, 5, 2, 1], [100, 0, 200, null], 1);
    expect(out[1]).toBeNull();
    expect(out[3]).toBeNull();
    expect(out[0]).toBeCloseTo(w0 * 0.02 + (1 - w0) * b, 12);
  });
  it("returns 0 everywhere when all counts are zero", () => {
    expect(smoothEbGlobal([0, 0, 0], [10, 20, 30], 100)).toEqual([0, 0, 0]);
  });
});

describe("smoothEbLocal", () => {
  // Line of 4 districts: 0–1–2–3.
  const neighbors = [[1], [0, 2], [1, 3], [2]];
  it("computes the prior over the district and its neighbours", () => {
    // District 0, window {0, 1}: O = [1, 10], P = [100, 100]: b = 11/200 = 0.055
    // s² = (100·0.045² + 100·0.045²)/200 = 0.002025; a = 0.002025 − 0.055/100 = 0.001475
    // w0 = 0.001475/(0.001475 + 0.00055) = 59/81; r̂0 = (59·0.01 + 22·0.055)/81 = 1.8/81 → ×1000 = 200/9
    // District 3, window {2, 3}: O = [9, 0], P = [300, 100]: b = 9/400 = 0.0225
    // s² = (300·0.0075² + 100·0.0225²)/400 = 0.00016875; a = 0.00016875 − 0.0225/200 = 0.00005625
    // w3 = 0.00005625/(0.00005625 + 0.000225) = 0.2; r̂3 = 0.8·0.0225 = 0.018 → 18
    const out = smoothEbLocal([1, 10, 9, 0], [100, 100, 300, 100], neighbors, 1000);
    expect(out[0]).toBeCloseTo(200 / 9, 10);
    expect(out[3]).toBeCloseTo(18, 10);
  });
  it("leaves an island (no neighbours) unchanged", () => {
    // window {0}: b = r0, s² = 0, a = 0 → r̂0 = b = r0 = 3/100 → ×100 = 3
    expect(smoothEbLocal([3], [100], [[]], 100)).toEqual([3]);
  });
});

describe("smoothColumn", () => {
  it("replaces the values of a rate column and ignores non-rate columns", () => {
    const rate = { id: "r", values: [1, 1, 1], counts: [2, 6, 2], populations: [100, 200, 200] };
    const smoothed = smoothColumn({ ...rate, per: 1000, year: 2023 }, "eb-global", []);
    expect(smoothed.values).toEqual([20, 20, 20]);
    const plain = { id: "p", values: [1, 2], year: null };
    expect(smoothColumn(plain, "eb-global", [])).toBe(plain);
  });
});
