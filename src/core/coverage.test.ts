import { describe, expect, it } from "vitest";
import type { BarrioRow, RegionTotal } from "./barrio-seguro";
import {
  compareWithRegionTable,
  computeDistrictCoverage,
  regionOfCode,
  totalsByDepartment,
} from "./coverage";

// Fixture rows (not real data).
const row = (p: Partial<BarrioRow>): BarrioRow => ({
  barrio: null,
  department: "",
  province: "",
  district: "",
  ubigeo: null,
  provinceCode: p.ubigeo?.slice(0, 4) ?? null,
  departmentCode: p.ubigeo?.slice(0, 2) ?? null,
  districtId: null,
  nationalNumber: null,
  date: null,
  year: null,
  status: "operativo",
  sources: ["fixture"],
  notes: [],
  origins: ["registro"],
  ...p,
});
const rows: BarrioRow[] = [
  row({ ubigeo: "150101", barrio: "A", year: 2017 }),
  row({ ubigeo: "150101", barrio: "B", year: 2016 }),
  row({ ubigeo: "150101", year: null }),
  row({ ubigeo: "150140", year: 2022, status: "programado" }),
  row({ ubigeo: "150201", barrio: "C" }),
  row({ ubigeo: "070101", barrio: "D" }),
  row({ provinceCode: "1102", departmentCode: "11" }),
  row({ departmentCode: "15" }),
];
const regions: RegionTotal[] = [
  {
    region: "LIMA METROPOLITANA",
    barrios: 3,
    prefixes: ["1501"],
    excludePrefixes: [],
    scope: "",
    source: "",
  },
  {
    region: "LIMA PROVINCIAS",
    barrios: 2,
    prefixes: ["15"],
    excludePrefixes: ["1501"],
    scope: "",
    source: "",
  },
  { region: "CALLAO", barrios: 1, prefixes: ["07"], excludePrefixes: [], scope: "", source: "" },
];

describe("computeDistrictCoverage", () => {
  it("counts barrios, first year and names per district", () => {
    const m = computeDistrictCoverage(rows);
    // 150101: 3 rows; min(2017, 2016) = 2016; the unnamed one is only counted
    expect(m.get("150101")).toEqual({
      ubigeo: "150101",
      barrioCount: 3,
      firstYear: 2016,
      barrios: ["A", "B"],
    });
    expect(m.get("150201")?.firstYear).toBeNull();
    expect(m.size).toBe(4);
  });
  it("filters by status", () => {
    expect(computeDistrictCoverage(rows, { statuses: ["operativo"] }).has("150140")).toBe(false);
  });
});

describe("totalsByDepartment", () => {
  it("totals barrios and districts by department code", () => {
    const t = totalsByDepartment(rows);
    // 07: 1; 11: 1 without district; 15: 6 rows (5 with ubigeo + 1 dept-only), 3 districts
    expect(t.departments).toEqual([
      { departmentCode: "07", barrios: 1, districts: 1, withoutDistrict: 0 },
      { departmentCode: "11", barrios: 1, districts: 0, withoutDistrict: 1 },
      { departmentCode: "15", barrios: 6, districts: 3, withoutDistrict: 1 },
    ]);
    expect(t.withoutDepartment).toBe(0);
  });
});

describe("regionOfCode", () => {
  it("maps Lima Metropolitana, Lima Provincias and Callao by prefix", () => {
    expect(regionOfCode("150140", regions)).toMatchObject({ region: "LIMA METROPOLITANA" });
    expect(regionOfCode("150201", regions)).toMatchObject({ region: "LIMA PROVINCIAS" });
    expect(regionOfCode("1502", regions)).toMatchObject({ region: "LIMA PROVINCIAS" });
    expect(regionOfCode("070101", regions)).toMatchObject({ region: "CALLAO" });
  });
  it("cannot place department 15 alone, and places nothing outside the table", () => {
    expect(regionOfCode("15", regions)).toBe("ambiguous");
    expect(regionOfCode("1102", regions)).toBeNull();
  });
});

describe("compareWithRegionTable", () => {
  it("compares register counts with the document's table", () => {
    const c = compareWithRegionTable({
      rows,
      regionTotals: regions,
      documentTotal: { barrios: 6, districts: 5, regions: 3 },
    });
    // Metro: 4 rows (3 × 150101 + 150140) vs 3 → +1; Provincias 1 vs 2 → −1; Callao 1 vs 1 → 0
    expect(c.regions).toEqual([
      { region: "LIMA METROPOLITANA", document: 3, register: 4, difference: 1 },
      { region: "LIMA PROVINCIAS", document: 2, register: 1, difference: -1 },
      { region: "CALLAO", document: 1, register: 1, difference: 0 },
    ]);
    expect(c.outsideTable).toEqual([{ departmentCode: "11", register: 1 }]);
    expect(c.unassigned).toBe(1);
    expect(c.identified).toBe(6);
    // "6 de 6 barrios con distrito identificado": the build note words these two numbers.
    expect([c.identified, c.documentBarrios]).toEqual([6, 6]);
  });
  it("falls back to the sum of the table when the total is absent", () => {
    const c = compareWithRegionTable({ rows: [], regionTotals: regions, documentTotal: null });
    // 3 + 2 + 1 = 6
    expect(c.documentBarrios).toBe(6);
    expect(c.identified).toBe(0);
  });
});
