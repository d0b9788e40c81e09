import { describe, expect, it } from "vitest";
import type { DistrictRow } from "../data/contract";
import { buildPlaceLabels, nearestToWeightedMean, rankByPopulation } from "./label-points";

/** Fixture rows (fake districts; names real only for readability). */
function row(id: number, ubigeo: string, name: string, province: string, department: string) {
  return {
    id,
    ubigeo,
    name,
    province,
    department,
    provinceCode: ubigeo.slice(0, 4),
    departmentCode: ubigeo.slice(0, 2),
    naturalRegion: "Costa",
    areaKm2: 1,
    label: [id + 1, -(id + 1)] as [number, number],
    bbox: [0, 0, 1, 1] as [number, number, number, number],
    neighbors: [],
  } satisfies DistrictRow;
}
const ROWS = [
  row(0, "010101", "Chachapoyas", "Chachapoyas", "Amazonas"),
  row(1, "010102", "Asunción", "Chachapoyas", "Amazonas"),
  row(2, "010201", "Bagua", "Bagua", "Amazonas"),
  // Lima's capital district comes second: the label must still go to 150101.
  row(3, "150102", "Ancón", "Lima", "Lima"),
  row(4, "150101", "Lima", "Lima", "Lima"),
];
const POP = [30, 10, 50, 60, null];

describe("nearestToWeightedMean", () => {
  const at = (id: number, x: number, areaKm2: number) => ({
    ...row(id, `0101${String(id).padStart(2, "0")}`, `D${id}`, "P", "D"),
    label: [x, 0] as [number, number],
    areaKm2,
  });

  it("weights the mean by area", () => {
    // x̄ = (0·1 + 10·9 + 7·0) / 10 = 9 → B (distance 1) beats C (distance 2).
    const rows = [at(0, 0, 1), at(1, 10, 9), at(2, 7, 0)];
    expect(nearestToWeightedMean(rows).id).toBe(1);
    // Equal areas: x̄ = 17/3 ≈ 5.67 → C (distance 1.33).
    const equal = [at(0, 0, 1), at(1, 10, 1), at(2, 7, 1)];
    expect(nearestToWeightedMean(equal).id).toBe(2);
  });
});

describe("rankByPopulation", () => {
  it("ranks largest first, ties in input order, unknown last", () => {
    expect(rankByPopulation([5, null, 9, 5])).toEqual([1, 3, 0, 2]);
    expect(rankByPopulation([])).toEqual([]);
  });
});

describe("buildPlaceLabels", () => {
  const fc = buildPlaceLabels(ROWS, POP);
  const of = (kind: string) =>
    fc.features
      .filter((f) => f.properties.kind === kind)
      .map((f) => [f.properties.name, f.geometry.coordinates, f.properties.rank]);

  it("puts each department at its most central district, ranked by summed population", () => {
    // Amazonas: mean of (1,-1) (2,-2) (3,-3), equal areas = (2,-2) → Asunción's point.
    // Lima: mean (4.5,-4.5), equidistant → the first, Ancón (4,-4). Populations 90 and 60.
    expect(of("department")).toEqual([
      ["Amazonas", [2, -2], 0],
      ["Lima", [4, -4], 1],
    ]);
  });

  it("puts each province at its capital district (DDPP01), ranked by summed population", () => {
    // Chachapoyas 40, Bagua 50, Lima 60.
    expect(of("province")).toEqual([
      ["Chachapoyas", [1, -1], 2],
      ["Bagua", [3, -3], 1],
      ["Lima", [5, -5], 0],
    ]);
  });

  it("puts each district at its own label point, most populous first, unknown last", () => {
    expect(of("district")).toEqual([
      ["Chachapoyas", [1, -1], 2],
      ["Asunción", [2, -2], 3],
      ["Bagua", [3, -3], 1],
      ["Ancón", [4, -4], 0],
      ["Lima", [5, -5], 4],
    ]);
  });

  it("falls back to the province's first district when no DDPP01 exists", () => {
    const rows = [row(0, "020203", "Huallanca", "Bolognesi", "Ancash")];
    expect(buildPlaceLabels(rows, [null]).features.map((f) => f.geometry.coordinates)).toEqual([
      [1, -1],
      [1, -1],
      [1, -1],
    ]);
  });
});
