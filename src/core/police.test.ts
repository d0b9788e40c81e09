import { describe, expect, it } from "vitest";
import { pickSeries } from "./indicator-values";
import { computePoliceCoverage } from "./police";

// Fixture: 3 districts.
const table = {
  districts: [
    { id: 0, ubigeo: "010101" },
    { id: 1, ubigeo: "010102" },
    { id: 2, ubigeo: "010103" },
  ],
  series: [
    { key: "population", year: 2021, values: [1, 1, 1] },
    { key: "population", year: 2022, values: [100_000, 50_000, null] },
    { key: "police_stations", year: 2017, values: [2, null, 1] },
    { key: "police_officers", year: 2017, values: [30, null, 5] },
  ],
};

describe("pickSeries", () => {
  it("takes the latest year unless one is given", () => {
    expect(pickSeries(table.series, "population")?.year).toBe(2022);
    expect(pickSeries(table.series, "population", 2021)?.year).toBe(2021);
    expect(pickSeries(table.series, "nope")).toBeNull();
  });
});

describe("computePoliceCoverage", () => {
  const r = computePoliceCoverage(table);
  it("computes stations per 100 000 and officers per 10 000", () => {
    // 2 / 100 000 × 100 000 = 2; 30 / 100 000 × 10 000 = 3
    expect(r.rows[0]?.stationsPer100k).toBeCloseTo(2, 10);
    expect(r.rows[0]?.officersPer10k).toBeCloseTo(3, 10);
  });
  it("treats a district missing from CENACOM as having none", () => {
    expect(r.rows[1]?.stations).toBe(0);
    expect(r.rows[1]?.stationsPer100k).toBe(0);
    expect(r.withoutStation).toEqual(["010102"]);
    expect(r.populationWithoutStation).toBe(50_000);
  });
  it("keeps null as unknown when asked", () => {
    const k = computePoliceCoverage(table, { nullAsZero: false });
    expect(k.rows[1]?.stations).toBeNull();
    expect(k.withoutStation).toEqual([]);
  });
  it("gives null ratios without population", () => {
    expect(r.rows[2]?.stationsPer100k).toBeNull();
  });
  it("computes national ratios over districts with population", () => {
    // (2 + 0) / 150 000 × 100 000 = 1.333…; (30 + 0) / 150 000 × 10 000 = 2
    expect(r.national.stationsPer100k).toBeCloseTo(4 / 3, 10);
    expect(r.national.officersPer10k).toBeCloseTo(2, 10);
    expect(r.years).toEqual({ stations: 2017, officers: 2017, population: 2022 });
  });
  it("uses the chosen population year", () => {
    // 2 / 1 × 100 000
    expect(computePoliceCoverage(table, { populationYear: 2021 }).rows[0]?.stationsPer100k).toBe(
      200_000,
    );
  });
  it("reports absent series", () => {
    const k = computePoliceCoverage({ districts: table.districts, series: [] });
    expect(k.missingSeries).toEqual(["police_stations", "police_officers", "population"]);
    expect(k.rows[0]?.stations).toBeNull();
    expect(k.withoutStation).toEqual([]);
  });
});
