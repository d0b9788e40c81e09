import { describe, expect, it } from "vitest";
import { applyMissingRule, imputeProvinceMedian, logTransform, winsorize } from "./treatment";

describe("logTransform", () => {
  it("applies log1p to non-negative values and keeps nulls", () => {
    // ln(1 + 0) = 0; ln(1 + (e − 1)) = 1
    const out = logTransform([0, Math.E - 1, null]);
    expect(out.applied).toBe(true);
    expect(out.values[0]).toBe(0);
    expect(out.values[1]).toBeCloseTo(1, 12);
    expect(out.values[2]).toBeNull();
  });
  it("leaves a column with negative values unchanged", () => {
    expect(logTransform([-1, 2])).toEqual({ values: [-1, 2], applied: false });
  });
});

describe("winsorize", () => {
  it("clips at the type-7 quantiles Q(p) and Q(1 − p)", () => {
    // x = [0, 1, 2, 3, 100], p = 0.1: Q(0.1): h = 0.4 → 0 + 0.4·1 = 0.4;
    // Q(0.9): h = 3.6 → 3 + 0.6·(100 − 3) = 61.2
    const out = winsorize([0, 1, 2, 3, 100, null], 0.1);
    expect(out.values[0]).toBeCloseTo(0.4, 12);
    expect(out.values[4]).toBeCloseTo(61.2, 12);
    expect(out.values.slice(1, 4)).toEqual([1, 2, 3]);
    expect(out.values[5]).toBeNull();
    expect(out.clipped).toBe(2);
  });
  it("is off at p = 0", () => {
    expect(winsorize([5, 1, 100], 0)).toEqual({ values: [5, 1, 100], clipped: 0 });
  });
});

describe("imputeProvinceMedian", () => {
  const districts = [
    { provinceCode: "0101", departmentCode: "01" },
    { provinceCode: "0101", departmentCode: "01" },
    { provinceCode: "0101", departmentCode: "01" },
    { provinceCode: "0102", departmentCode: "01" },
    { provinceCode: "0201", departmentCode: "02" },
    { provinceCode: "0301", departmentCode: "03" },
  ];
  it("uses the province median, then the department, then the national median", () => {
    // Province 0101 has [10, 20] → median 15 for district 2.
    // Province 0102 has nothing; department 01 has [10, 20] → 15 for district 3.
    // Department 03 has nothing → national median of [10, 20, 40] = 20 for district 5.
    const out = imputeProvinceMedian([10, 20, null, null, 40, null], districts);
    expect(out.values).toEqual([10, 20, 15, 15, 40, 20]);
    expect(out.imputed).toBe(3);
  });
  it("imputes nothing when the whole column is missing", () => {
    const out = imputeProvinceMedian([null, null], districts);
    expect(out).toEqual({ values: [null, null], imputed: 0 });
  });
});

describe("applyMissingRule", () => {
  it("keeps nulls for reweight (the aggregation re-normalises)", () => {
    expect(applyMissingRule([1, null], "reweight", [])).toEqual({ values: [1, null], imputed: 0 });
  });
});
