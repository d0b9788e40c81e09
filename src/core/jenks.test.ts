import { describe, expect, it } from "vitest";
import { goodnessOfVarianceFit, jenksBreaks } from "./jenks";

describe("jenksBreaks", () => {
  it("finds the obvious natural groups", () => {
    // {1,2,3} {10,11,12} {20}: SDCM = 2 + 2 + 0 = 4, any other 3-split is worse → breaks 3, 12
    expect(jenksBreaks([12, 1, 20, 3, 11, 2, 10], 3)).toEqual([3, 12]);
  });
  it("minimises the within-class sum of squares", () => {
    // [0, 1, 5, 6, 7], k = 2: {0,1}{5,6,7} → 0.5 + 2 = 2.5; {0,1,5}{6,7} → 14 + 0.5 = 14.5;
    // {0}{1,5,6,7} → 0 + 20.75 → best is break 1
    expect(jenksBreaks([0, 1, 5, 6, 7, null], 2)).toEqual([1]);
  });
  it("reduces k to the number of distinct values and handles empty input", () => {
    expect(jenksBreaks([4, 4, 9, 9], 5)).toEqual([4]);
    expect(jenksBreaks([], 5)).toEqual([]);
    expect(jenksBreaks([3, 3], 2)).toEqual([]);
  });
});

describe("goodnessOfVarianceFit", () => {
  it("is 1 − SDCM/SDAM", () => {
    // [0, 1, 5, 6, 7]: mean 3.8, SDAM = 14.44 + 7.84 + 1.44 + 4.84 + 10.24 = 38.8; SDCM = 2.5
    expect(goodnessOfVarianceFit([0, 1, 5, 6, 7], [1])).toBeCloseTo(1 - 2.5 / 38.8, 12);
  });
});
