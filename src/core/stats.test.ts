import { describe, expect, it } from "vitest";
import { finiteValues, mean, median, populationSd, quantile, quantileSorted } from "./stats";

describe("quantileSorted (type 7)", () => {
  it("interpolates between order statistics", () => {
    // x = [10, 20, 30, 40], p = 0.25: h = 3·0.25 = 0.75 → 10 + 0.75·(20 − 10) = 17.5
    expect(quantileSorted([10, 20, 30, 40], 0.25)).toBeCloseTo(17.5, 12);
  });
  it("returns the extremes at p = 0 and p = 1 and NaN for no data", () => {
    expect(quantileSorted([1, 5, 9], 0)).toBe(1);
    expect(quantileSorted([1, 5, 9], 1)).toBe(9);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

describe("quantile / median", () => {
  it("sorts and skips missing values", () => {
    // finite values [4, 1, 3] → sorted [1, 3, 4]; p = 0.75: h = 1.5 → 3 + 0.5·(4 − 3) = 3.5
    expect(quantile([4, null, 1, NaN, 3], 0.75)).toBeCloseTo(3.5, 12);
  });
  it("takes the mean of the two middle values for an even count", () => {
    // [1, 2, 6, 9]: h = 1.5 → 2 + 0.5·4 = 4
    expect(median([9, 1, 6, 2])).toBe(4);
  });
});

describe("mean / populationSd", () => {
  it("uses the population (n) denominator", () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32, sd = √(32/8) = 2
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(populationSd([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
  it("returns NaN with no values and 0 for a single one", () => {
    expect(mean([null])).toBeNaN();
    expect(populationSd([])).toBeNaN();
    expect(populationSd([3])).toBe(0);
    expect(finiteValues([null, 1, Infinity])).toEqual([1]);
  });
});
