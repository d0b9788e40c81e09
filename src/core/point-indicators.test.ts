import { describe, expect, it } from "vitest";
import { POINT_STATUS } from "./district-index";
import { areaShareResult, countPerDistrict, pointIndicatorResult } from "./point-indicators";

const labels = {
  count: "n",
  per10k: "n/10k",
  perKm2: "n/km2",
  category: (v: string) => `n ${v}`,
  others: "otros",
  areaShare: "share",
};
const { inside, border, outside } = POINT_STATUS;
// 5 points: two in district 0, one on a border counted in 1, one outside, one in 2.
const district = Int32Array.from([0, 0, 1, -1, 2]);
const status = Uint8Array.from([inside, inside, border, outside, inside]);

describe("point indicators", () => {
  it("counts inside and border points once, never outside ones", () => {
    expect([...countPerDistrict(district, status, 3)]).toEqual([2, 1, 1]);
  });
  it("per 10,000 inhabitants and per km², null without population or area", () => {
    const r = pointIndicatorResult({
      district,
      status,
      population: [20_000, null, 500],
      areaKm2: [4, 2, 0],
      year: 2025,
      labels,
    });
    const col = (k: string) => r.columns.find((c) => c.key === k)?.values;
    expect(col("count")).toEqual([2, 1, 1]);
    expect(col("per_10k")).toEqual([1, null, 20]); // 2/20000·1e4 = 1; 1/500·1e4 = 20
    expect(col("per_km2")).toEqual([0.5, 0.5, null]);
    expect(r.years).toEqual([2025]);
  });
  it("splits by a category column", () => {
    const r = pointIndicatorResult({
      district,
      status,
      population: [1, 1, 1],
      areaKm2: [1, 1, 1],
      year: null,
      labels,
      category: {
        column: "tipo",
        codes: Int32Array.from([0, 1, 0, 0, -1]),
        values: ["robo", "hurto"],
      },
    });
    const robo = r.columns.find((c) => c.key === "count_robo");
    expect(robo?.values).toEqual([1, 1, 0]); // the outside "robo" point counts nowhere
    expect(robo?.label).toBe("n robo");
    expect(r.columns.find((c) => c.key === "count_hurto")?.values).toEqual([1, 0, 0]);
  });
  it("area share in percent, 0 where no polygon reaches", () => {
    const r = areaShareResult({
      shares: [{ id: 1, share01: 0.25 }],
      districtCount: 3,
      year: null,
      labels,
    });
    expect(r.columns[0]?.values).toEqual([0, 25, 0]);
  });
});
