import { describe, expect, it } from "vitest";
import {
  buildIndicatorColumns,
  pickSeries,
  resolveIndicatorColumns,
  type DistrictLike,
  type SeriesLike,
  type TableLike,
} from "./indicator-values";
import type { IndicatorDef, IndicatorFormula } from "./types";

// Fixture: two fake districts (not real data).
const row = (id: number, areaKm2: number): DistrictLike => ({
  id,
  ubigeo: `01010${id + 1}`,
  name: `D${id}`,
  provinceCode: "0101",
  departmentCode: "01",
  areaKm2,
  neighbors: [],
});
const series = (key: string, year: number | null, values: (number | null)[]): SeriesLike => ({
  key,
  year,
  values,
});
const def = (id: string, formula: IndicatorFormula): IndicatorDef => ({
  id,
  label: { es: id, en: id },
  description: { es: "", en: "" },
  unit: { es: "", en: "" },
  direction: 1,
  defaultWeight: 1,
  dimension: "test",
  formula,
});
const table: TableLike = {
  districts: [row(0, 10), row(1, 0)],
  series: [
    series("population", 2018, [1000, 500]),
    series("population", 2022, [2000, 400]),
    series("crime", 2020, [10, 2]),
    series("crime", 2024, [30, null]),
    series("poverty", 2018, [12.5, 40]),
  ],
};

describe("pickSeries", () => {
  it("takes the exact year, else the latest earlier one, else the latest", () => {
    expect(pickSeries(table.series, "population", 2022)?.year).toBe(2022);
    expect(pickSeries(table.series, "population", 2021)?.year).toBe(2018);
    expect(pickSeries(table.series, "population", 2010)?.year).toBe(2022);
    expect(pickSeries(table.series, "population", null)?.year).toBe(2022);
    expect(pickSeries(table.series, "nothing", 2020)).toBeNull();
  });
});

describe("buildIndicatorColumns", () => {
  const defs = [
    def("pov", { kind: "series", key: "poverty" }),
    def("dens", { kind: "density", numerator: "population" }),
    def("rate", { kind: "rate", numerator: "crime", denominator: "population", per: 10_000 }),
    def("absent", { kind: "series", key: "sidpol" }),
  ];
  it("reads series values and divides density by area (area 0 → null)", () => {
    const [pov, dens] = buildIndicatorColumns(table, defs, 2022);
    expect(pov?.values).toEqual([12.5, 40]);
    // population 2022 = 2000 over 10 km² → 200 hab./km²
    expect(dens?.values).toEqual([200, null]);
  });
  it("uses the population of the year nearest to the count's year", () => {
    // year 2021 → crime 2020; nearest population: 2018 (distance 2) vs 2022 (distance 2) → tie → 2022
    // rate = 10 / 2000 × 10 000 = 50; 2 / 400 × 10 000 = 50
    const rate = buildIndicatorColumns(table, defs, 2021)[2];
    expect(rate?.year).toBe(2020);
    expect(rate?.values).toEqual([50, 50]);
    expect(rate?.counts).toEqual([10, 2]);
    expect(rate?.populations).toEqual([2000, 400]);
    expect(rate?.per).toBe(10_000);
    // latest (2024) → population 2022 (nearest): 30 / 2000 × 10 000 = 150; count null → null
    expect(buildIndicatorColumns(table, defs)[2]?.values).toEqual([150, null]);
  });
  it("gives all-null values to indicators with no series and reports them", () => {
    const r = resolveIndicatorColumns(table, defs, 2022);
    expect(r.columns[3]?.values).toEqual([null, null]);
    expect(r.missingIndicators).toEqual(["absent"]);
  });
});
