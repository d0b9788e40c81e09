import { describe, expect, it } from "vitest";
import { buildSimilarityColumns, findSimilar, standardizeColumn } from "./similar";
import type { SimilarityColumns } from "./similar";
import type { DistrictTable } from "../data/contract";

// x = [0, 2, 4, null]: mean 2, population sd √(8/3), so z = [−√1.5, 0, √1.5, null].
// region = Costa, Costa, Sierra, Costa.
// From district 0: to 1 → √((√1.5)²) = √1.5; to 2 → √((2√1.5)² + 1 mismatch) = √(6 + 1) = √7;
// district 3 has no x → left out.
const fixture = (): SimilarityColumns => ({
  numeric: [{ id: "poverty", values: [0, 2, 4, null] }],
  categorical: [{ id: "region", values: ["Costa", "Costa", "Sierra", "Costa"] }],
});

describe("standardizeColumn", () => {
  it("gives z-scores with the population sd over the values present", () => {
    const z = standardizeColumn([0, 2, 4, null]);
    expect(z[0]).toBeCloseTo(-Math.sqrt(1.5), 12);
    expect(z[1]).toBe(0);
    expect(z[2]).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(z[3]).toBeNull();
  });

  it("gives 0 for every value when the variance is zero", () => {
    expect(standardizeColumn([3, 3, null])).toEqual([0, 0, null]);
  });
});

describe("findSimilar", () => {
  it("ranks by Euclidean z distance plus 1 per region mismatch", () => {
    const r = findSimilar(fixture(), 0, 5);
    expect(r.map((s) => s.id)).toEqual([1, 2]);
    expect(r[0]?.distance).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(r[1]?.distance).toBeCloseTo(Math.sqrt(7), 12);
  });

  it("keeps only k", () => {
    expect(findSimilar(fixture(), 0, 1).map((s) => s.id)).toEqual([1]);
  });

  it("drops a variable the target lacks and breaks ties by id", () => {
    const r = findSimilar(fixture(), 3, 3);
    expect(r).toEqual([
      { id: 0, distance: 0 },
      { id: 1, distance: 0 },
      { id: 2, distance: 1 },
    ]);
  });

  it("a zero-variance variable changes nothing", () => {
    const cols = fixture();
    cols.numeric.push({ id: "hdi", values: [0.5, 0.5, 0.5, 0.5] });
    expect(findSimilar(cols, 0, 5)).toEqual(findSimilar(fixture(), 0, 5));
  });

  it("returns nothing without variables", () => {
    expect(findSimilar({ numeric: [], categorical: [] }, 0, 5)).toEqual([]);
  });
});

describe("buildSimilarityColumns", () => {
  const row = (id: number, areaKm2: number, naturalRegion: string) => ({
    id,
    ubigeo: String(150101 + id),
    name: `D${id}`,
    province: "P",
    department: "D",
    provinceCode: "1501",
    departmentCode: "15",
    naturalRegion,
    areaKm2,
    label: [0, 0] as [number, number],
    bbox: [0, 0, 0, 0] as [number, number, number, number],
    neighbors: [],
  });
  const table: DistrictTable = {
    version: 1,
    districts: [row(0, 10, "Costa"), row(1, 0, "Selva")],
    series: [
      {
        key: "population",
        year: 2022,
        sourceId: "inei",
        unit: "hab.",
        label: { es: "", en: "" },
        values: [1000, 50],
      },
    ],
  };

  it("takes ln population and ln density, null for a zero area, region as text", () => {
    const cols = buildSimilarityColumns(table, ["logPopulation", "logDensity", "region"]);
    expect(cols.numeric[0]?.values[0]).toBeCloseTo(Math.log(1000), 12);
    expect(cols.numeric[1]?.values).toEqual([Math.log(100), null]);
    expect(cols.categorical[0]?.values).toEqual(["Costa", "Selva"]);
  });

  it("leaves out variables not chosen, and poverty without a series is all null", () => {
    const cols = buildSimilarityColumns(table, ["poverty"]);
    expect(cols.numeric.map((c) => c.id)).toEqual(["poverty"]);
    expect(cols.numeric[0]?.values).toEqual([null, null]);
    expect(cols.categorical).toEqual([]);
  });
});
