import { describe, expect, it } from "vitest";
import {
  normalizeMinMax,
  normalizePercentile,
  normalizeValues,
  normalizeZScore,
} from "./normalize";

describe("normalizeMinMax", () => {
  it("maps min to 0 and max to 1, keeping nulls", () => {
    // [2, 4, 10]: range 8 → (2−2)/8 = 0, (4−2)/8 = 0.25, (10−2)/8 = 1
    expect(normalizeMinMax([2, 4, null, 10])).toEqual([0, 0.25, null, 1]);
  });
  it("flips for direction −1", () => {
    expect(normalizeMinMax([2, 4, 10], -1)).toEqual([1, 0.75, 0]);
  });
  it("gives 0.5 everywhere for zero variance", () => {
    expect(normalizeMinMax([3, 3, null])).toEqual([0.5, 0.5, null]);
  });
});

describe("normalizeZScore", () => {
  it("uses the population sd", () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, sd 2 → z(9) = 2, z(2) = −1.5
    const z = normalizeZScore([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(z[7]).toBe(2);
    expect(z[0]).toBe(-1.5);
  });
  it("negates for direction −1 and is 0 for zero variance", () => {
    // [1, 3]: mean 2, sd 1 → z = [−1, 1] → flipped [1, −1]
    expect(normalizeZScore([1, 3, null], -1)).toEqual([1, -1, null]);
    expect(normalizeZScore([7, 7])).toEqual([0, 0]);
  });
});

describe("normalizePercentile", () => {
  it("uses average ranks for ties: (rank − 1)/(n − 1)", () => {
    // [10, 20, 20, 30]: ranks 1, 2.5, 2.5, 4; n − 1 = 3 → 0, 0.5, 0.5, 1
    expect(normalizePercentile([20, 10, 30, 20])).toEqual([0.5, 0, 1, 0.5]);
  });
  it("flips for direction −1 and gives 0.5 for a single value", () => {
    // [5, 1, 3]: ranks 3, 1, 2 → 1, 0, 0.5 → flipped 0, 1, 0.5
    expect(normalizePercentile([5, 1, null, 3], -1)).toEqual([0, 1, null, 0.5]);
    expect(normalizePercentile([42])).toEqual([0.5]);
  });
});

describe("normalizeValues", () => {
  it("dispatches on the method", () => {
    expect(normalizeValues([0, 5], "minmax")).toEqual([0, 1]);
    expect(normalizeValues([0, 5], "zscore")).toEqual([-1, 1]);
    expect(normalizeValues([0, 5], "percentile", -1)).toEqual([1, 0]);
  });
});
