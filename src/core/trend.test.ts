import { describe, expect, it } from "vitest";
import { computeTrend, crimeRateSeries } from "./trend";
import { TREND_COPY } from "../i18n/trend-copy";

// Fixture: 5 districts; the set is {010101}, covered since 2021.
const districts = [
  { id: 0, ubigeo: "010101" },
  { id: 1, ubigeo: "010102" },
  { id: 2, ubigeo: "010103" },
  { id: 3, ubigeo: "020101" },
  { id: 4, ubigeo: "020102" },
];
const table = {
  districts,
  series: [
    { key: "population", year: 2020, values: [100, 100, 300, 1000, 50] },
    { key: "population", year: 2021, values: [100, 300, 100, 1000, 50] },
    { key: "rate", year: 2020, values: [10, 4, 8, 1, 2] },
    { key: "rate", year: 2021, values: [6, 2, 6, 1, 2] },
  ],
};
const set = new Set(["010101"]);

describe("computeTrend", () => {
  it("compares the set with the rest of its departments, population-weighted", () => {
    const r = computeTrend(table, "rate", set, { kind: "same-departments" }, { sinceYear: 2021 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.comparisonUbigeos).toEqual(["010102", "010103"]);
    expect(r.set.map((p) => p.mean)).toEqual([10, 6]);
    // 2020: (100·4 + 300·8) / 400 = 2800 / 400 = 7; 2021: (300·2 + 100·6) / 400 = 1200 / 400 = 3
    expect(r.comparison.map((p) => p.mean)).toEqual([7, 3]);
    // DiD = (6 − 10) − (3 − 7) = −4 − (−4) = 0
    expect(r.change?.differenceInDifferences).toBe(0);
  });

  it("matches by population band", () => {
    // edges [200]: band = #edges ≤ pop (2021): set pop 100 → band 0; others 300→1, 100→0, 1000→1, 50→0
    const r = computeTrend(table, "rate", set, { kind: "population-band", edges: [200] });
    expect(r.ok && r.comparisonUbigeos).toEqual(["010103", "020102"]);
    // 2020 weights = 2020 pops: (300·8 + 50·2) / 350 = 2500 / 350
    expect(r.ok && r.comparison[0]?.mean).toBeCloseTo(2500 / 350, 10);
  });

  it("says so when the indicator has a single year", () => {
    const one = { districts, series: [{ key: "x", year: 2017, values: [1, 2, 3, 4, 5] }] };
    const r = computeTrend(one, "x", set, { kind: "same-departments" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe("single-year");
    expect(!r.ok && TREND_COPY.es.trendProblem(r)).toContain("un solo año");
  });

  it("is unweighted without a population series", () => {
    const noPop = { districts, series: table.series.filter((s) => s.key !== "population") };
    const r = computeTrend(noPop, "rate", set, { kind: "explicit", ubigeos: ["010102", "010103"] });
    // 2020: (4 + 8) / 2 = 6
    expect(r.ok && r.weighted).toBe(false);
    expect(r.ok && r.comparison[0]?.mean).toBe(6);
  });

  it("reports an empty set or comparison group", () => {
    expect(computeTrend(table, "rate", new Set(["999999"]), { kind: "same-departments" }).ok).toBe(
      false,
    );
    const r = computeTrend(table, "rate", set, { kind: "explicit", ubigeos: [] });
    expect(!r.ok && r.reason).toBe("empty-comparison");
  });
});

describe("crimeRateSeries", () => {
  it("turns complete-year counts into rates per 10,000 with the nearest population, dropping partial years", () => {
    const table = {
      districts: [
        { id: 0, ubigeo: "990101" },
        { id: 1, ubigeo: "990102" },
      ],
      series: [
        { key: "population", year: 2022, values: [20_000, 5_000] },
        {
          key: "crime_total",
          year: 2024,
          values: [30, 0],
          months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        },
        {
          key: "crime_total",
          year: 2025,
          values: [50, null],
          months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        },
        { key: "crime_total", year: 2026, values: [9, 1], months: [1, 2] },
      ],
    };
    // 30 / 20 000 × 10 000 = 15; 0 / 5 000 = 0; 50 / 20 000 × 10 000 = 25; null stays null.
    expect(crimeRateSeries(table, "crime_total")).toEqual([
      { key: "crime_total", year: 2024, values: [15, 0] },
      { key: "crime_total", year: 2025, values: [25, null] },
    ]);
  });
});
