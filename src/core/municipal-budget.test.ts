import { describe, expect, it } from "vitest";
import { municipalBudget } from "./municipal-budget";

// Invented table: district 0 is a capital (provincial municipality), 1 a district municipality,
// 2 has no row.
const table = {
  districts: [0, 1, 2].map((id) => ({
    id,
    ubigeo: `99010${id + 1}`,
    name: `D${id}`,
    provinceCode: "9901",
    departmentCode: "99",
    areaKm2: 1,
    neighbors: [],
  })),
  series: [
    { key: "population", year: 2022, values: [50_000, 8_000, 3_000] },
    { key: "muni_devengado", year: 2023, values: [null, 4_000_000, null] },
    { key: "muni_pim", year: 2023, values: [null, 6_000_000, null] },
    { key: "muni_prov_devengado", year: 2023, values: [90_000_000, null, null] },
    { key: "muni_prov_pim", year: 2023, values: [120_000_000, null, null] },
  ],
};

describe("municipalBudget", () => {
  it("gives a district municipality per inhabitant: 4,000,000 / 8,000 = 500; 6,000,000 / 8,000 = 750", () => {
    expect(municipalBudget(table, 1)).toMatchObject({
      kind: "district",
      year: 2023,
      spentSoles: 4_000_000,
      spentPerHead: 500,
      budgetPerHead: 750,
      populationYear: 2022,
    });
  });
  it("keeps a provincial municipality's totals without a per-inhabitant figure", () => {
    expect(municipalBudget(table, 0)).toMatchObject({
      kind: "provincial",
      spentSoles: 90_000_000,
      budgetSoles: 120_000_000,
      spentPerHead: null,
      budgetPerHead: null,
    });
  });
  it("is null without any row", () => {
    expect(municipalBudget(table, 2)).toBeNull();
  });
});
