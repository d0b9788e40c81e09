import { describe, expect, it } from "vitest";
import type { BarrioSeguroData } from "../../core/barrio-seguro";
import type { IndicatorDef } from "../../core/types";
import type { DistrictRow, DistrictTable, Series } from "../../data/contract";
import {
  barriosIn,
  districtTrend,
  regionTotalsFor,
  reportRows,
  riskRanks,
  seriesWithTrend,
  weightedMean,
} from "./report-data";

// Fixture table: 4 fake districts in departments 01 (ids 0, 1) and 02 (ids 2, 3). Not real data.
const row = (id: number, ubigeo: string): DistrictRow => ({
  id,
  ubigeo,
  name: `D${id}`,
  province: "P",
  department: ubigeo.startsWith("01") ? "Uno" : "Dos",
  provinceCode: ubigeo.slice(0, 4),
  departmentCode: ubigeo.slice(0, 2),
  naturalRegion: "Costa",
  areaKm2: 10,
  label: [0, 0],
  bbox: [0, 0, 1, 1],
  neighbors: [],
});
const series = (key: string, year: number | null, values: (number | null)[]): Series => ({
  key,
  year,
  sourceId: "fx",
  unit: "u",
  label: { es: key, en: key },
  values,
});
const TABLE: DistrictTable = {
  version: 1,
  districts: [row(0, "010101"), row(1, "010102"), row(2, "020101"), row(3, "020102")],
  series: [
    series("population", 2020, [100, 300, 100, 100]),
    series("population", 2021, [100, 300, 200, 100]),
    series("poverty", 2018, [10, 30, null, 50]),
    series("hdi", 2019, [0.5, 0.4, 0.7, 0.6]),
  ],
};
const def = (id: string, direction: 1 | -1): IndicatorDef => ({
  id,
  label: { es: id, en: id },
  description: { es: "", en: "" },
  unit: { es: "u", en: "u" },
  direction,
  defaultWeight: 1,
  dimension: "vulnerability",
  formula: { kind: "series", key: id },
});
const DEFS = [def("poverty", 1), def("hdi", -1)];

describe("riskRanks", () => {
  it("ranks higher values first for direction +1, lower first for −1, missing unranked", () => {
    expect(riskRanks([10, 30, null, 50], 1, null)).toEqual({ ranks: [3, 2, null, 1], ranked: 3 });
    // HDI: lower = more risk → 0.4 first, 0.5 second, 0.6 third, 0.7 fourth.
    expect(riskRanks([0.5, 0.4, 0.7, 0.6], -1, null).ranks).toEqual([2, 1, 4, 3]);
  });
  it("ranks only within the given ids", () => {
    expect(riskRanks([10, 30, 20, 50], 1, [0, 1])).toEqual({
      ranks: [2, 1, null, null],
      ranked: 2,
    });
  });
});

describe("weightedMean", () => {
  it("weights by population and skips missing values", () => {
    // (100·10 + 300·30) / 400 = 10 000 / 400 = 25; id 2 has no value.
    expect(weightedMean([10, 30, null, 50], [100, 300, 200, 100], [0, 1, 2])).toBe(25);
    expect(weightedMean([null], [1], [0])).toBeNull();
    expect(weightedMean([2, 4], null, [0, 1])).toBe(3);
  });
});

describe("reportRows", () => {
  it("gives a district its value and its national and department risk ranks", () => {
    const rows = reportRows(TABLE, DEFS, { districtId: 1 });
    const pov = rows.find((r) => r.id === "poverty");
    // Poverty 30: national rank 2 of 3 (50 > 30 > 10), department 01 rank 1 of 2 (30 > 10).
    expect(pov).toMatchObject({ value: 30, year: 2018, rankNational: 2, rankedNational: 3 });
    expect(pov).toMatchObject({ rankDepartment: 1, rankedDepartment: 2 });
    // National mean with 2021 population: (100·10 + 300·30 + 100·50) / 500 = 15 000 / 500 = 30.
    expect(pov?.nationalMean).toBe(30);
    const hdi = rows.find((r) => r.id === "hdi");
    expect(hdi).toMatchObject({ value: 0.4, rankNational: 1, rankDepartment: 1 });
  });

  it("gives a department the population-weighted mean and no rank", () => {
    const pov = reportRows(TABLE, DEFS, { departmentCode: "02" }).find((r) => r.id === "poverty");
    // Department 02: id 2 has no poverty value → only id 3: 50.
    expect(pov).toMatchObject({ value: 50, rankNational: null, rankDepartment: null });
  });

  it("does not weight the population by itself", () => {
    // Fixture defs with a population indicator: national mean (100+300+200+100)/4 = 175.
    const defs = [
      ...DEFS,
      { ...def("population", 1), formula: { kind: "series" as const, key: "population" } },
    ];
    const popRow = reportRows(TABLE, defs, { districtId: 0 }).find((r) => r.id === "population");
    expect(popRow?.nationalMean).toBe(175);
    expect(
      reportRows(TABLE, defs, { departmentCode: "01" }).some((r) => r.id === "population"),
    ).toBe(false);
  });
});

describe("trend helpers", () => {
  it("lists a district's values by year and the keys with ≥ 2 years", () => {
    expect(districtTrend(TABLE, "population", 2)).toEqual([
      { year: 2020, value: 100 },
      { year: 2021, value: 200 },
    ]);
    expect(seriesWithTrend(TABLE)).toEqual(["population"]);
  });
});

describe("Barrio Seguro in the report", () => {
  // Fixture register (not real data).
  const BS: BarrioSeguroData = {
    version: 1,
    documentTotal: null,
    regionTotals: [
      { region: "UNO", barrios: 3, prefixes: ["01"], excludePrefixes: [], scope: "", source: "" },
      {
        region: "DOS SIN 0201",
        barrios: 1,
        prefixes: ["02"],
        excludePrefixes: ["0201"],
        scope: "",
        source: "",
      },
    ],
    rows: [
      {
        barrio: "B1",
        department: "UNO",
        province: "P",
        district: "D0",
        ubigeo: "010101",
        provinceCode: "0101",
        departmentCode: "01",
        districtId: 0,
        nationalNumber: null,
        date: "2019",
        year: 2019,
        status: "operativo",
        sources: [],
        notes: [],
        origins: ["registro"],
      },
    ],
  };
  it("finds barrios by district ubigeo and by department", () => {
    expect(barriosIn(BS, { ubigeo: "010101" })).toHaveLength(1);
    expect(barriosIn(BS, { ubigeo: "010102" })).toHaveLength(0);
    expect(barriosIn(BS, { departmentCode: "01" })).toHaveLength(1);
  });
  it("matches region totals by prefix, honouring exclusions", () => {
    expect(regionTotalsFor(BS, "010102").map((r) => r.region)).toEqual(["UNO"]);
    expect(regionTotalsFor(BS, "020101")).toEqual([]);
    expect(regionTotalsFor(BS, "020201").map((r) => r.region)).toEqual(["DOS SIN 0201"]);
  });
});
