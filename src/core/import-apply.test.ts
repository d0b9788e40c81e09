import { describe, expect, it } from "vitest";
import type { AggregateResult } from "./import-aggregate";
import {
  applyImport,
  importKeyPrefix,
  undoImport,
  type ApplyOptions,
  type ImportTable,
} from "./import-apply";
import { SIDPOL_APPLY_OPTIONS } from "./sidpol";

type Row = { id: number; ubigeo: string };

function deepFreeze<T>(o: T): T {
  if (typeof o === "object" && o !== null) {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

// Test fixture: a 2-district table with one existing series.
const table = (): ImportTable<Row> => ({
  version: 1,
  districts: [
    { id: 0, ubigeo: "150101" },
    { id: 1, ubigeo: "010101" },
  ],
  series: [
    {
      key: "population",
      year: 2022,
      sourceId: "inei",
      unit: "hab.",
      label: { es: "Población", en: "Population" },
      values: [100, 200],
    },
    {
      key: "crime_property",
      year: 2023,
      sourceId: "sidpol",
      unit: "denuncias",
      label: { es: "P", en: "P" },
      values: [1, 1],
    },
  ],
});

const result = (): AggregateResult => ({
  districtCount: 2,
  years: [2023],
  monthsByYear: {},
  columns: [
    {
      key: "property",
      label: "Patrimonio",
      sourceColumn: "cantidad",
      group: "property",
      year: 2023,
      kind: "numeric",
      values: [5, 0],
      categories: null,
      months: [1, 2, 3],
      districtsWithData: 1,
    },
    {
      key: "semaforo",
      label: "Semáforo",
      sourceColumn: "semaforo",
      group: null,
      year: null,
      kind: "categorical",
      values: [null, null],
      categories: ["rojo", null],
      months: null,
      districtsWithData: 1,
    },
  ],
});

const opts = (o: Partial<ApplyOptions> = {}): ApplyOptions => ({
  sourceId: "import-1",
  keyPrefix: "crime_",
  unit: "denuncias",
  createIndicators: false,
  direction: 1,
  defaultWeight: 1,
  dimension: "crime",
  ...o,
});

describe("applyImport", () => {
  it("replaces the same key and year without mutating the input", () => {
    const input = deepFreeze(table());
    const res = deepFreeze(result());
    const applied = applyImport(input, res, opts());
    expect(applied.replaced).toEqual(["crime_property@2023"]);
    expect(applied.table.series.map((s) => s.key)).toEqual(["population", "crime_property"]);
    expect(applied.table.series[1]).toMatchObject({
      values: [5, 0],
      months: [1, 2, 3],
      sourceId: "import-1",
    });
    expect(input.series[1]?.values).toEqual([1, 1]);
    expect(applied.table.districts).toBe(input.districts);
  });
  it("keeps categorical columns apart as a layer", () => {
    const applied = applyImport(table(), result(), opts());
    expect(applied.categorical).toEqual([
      {
        key: "crime_semaforo",
        label: "Semáforo",
        sourceId: "import-1",
        values: ["rojo", null],
        categories: ["rojo"],
      },
    ]);
  });
  it("creates imported indicator definitions on request", () => {
    const applied = applyImport(
      table(),
      result(),
      opts({ keyPrefix: "imp_x_", createIndicators: true }),
      { es: "Indicador importado (x).", en: "Imported indicator (x)." },
    );
    expect(applied.indicators).toHaveLength(1);
    expect(applied.indicators[0]).toMatchObject({
      id: "imp_x_property",
      description: { es: "Indicador importado (x).", en: "Imported indicator (x)." },
      imported: true,
      formula: { kind: "series", key: "imp_x_property" },
    });
    expect(applied.replaced).toEqual([]);
  });
  it("undo returns the previous table object", () => {
    const input = table();
    const applied = applyImport(input, result(), opts());
    expect(undoImport(applied)).toBe(input);
  });
  it("refuses a result built for another layer", () => {
    expect(() => applyImport(table(), { ...result(), districtCount: 3 }, opts())).toThrow(
      expect.objectContaining({
        failure: { code: "districtCountMismatch", imported: 3, table: table().districts.length },
      }),
    );
  });
  it("derives a key prefix from the file name", () => {
    expect(importKeyPrefix("Semáforo 2024.csv")).toBe("imp_semaforo_2024_");
  });
});

describe("applyImport with replaceAllWithPrefix (a newer SIDPOL release)", () => {
  it("drops every bundled crime_ series of every year, keeps the rest, and lists what it replaced", () => {
    const table = {
      version: 1 as const,
      districts: [{ id: 0 }, { id: 1 }],
      series: [
        {
          key: "population",
          year: 2022,
          sourceId: "inei",
          unit: "hab.",
          label: { es: "P", en: "P" },
          values: [10, 20],
        },
        {
          key: "crime_theft",
          year: 2024,
          sourceId: "sidpol",
          unit: "denuncias",
          label: { es: "H", en: "T" },
          values: [1, 2],
        },
        {
          key: "crime_homicide",
          year: 2025,
          sourceId: "sidpol",
          unit: "denuncias",
          label: { es: "Ho", en: "Ho" },
          values: [3, 4],
        },
      ],
    };
    const result = {
      districtCount: 2,
      years: [2026],
      monthsByYear: { "2026": [1, 2, 3, 4, 5, 6, 7] },
      columns: [
        {
          key: "theft",
          label: "Hurto",
          sourceColumn: "cantidad",
          group: "theft",
          year: 2026,
          kind: "numeric" as const,
          values: [5, 0],
          categories: null,
          months: [1, 2, 3, 4, 5, 6, 7],
          districtsWithData: 1,
        },
      ],
    };
    const applied = applyImport(table, result, { ...SIDPOL_APPLY_OPTIONS, sourceId: "import-1" });
    // The July release has no Homicidio: the old 2025 homicide series must not survive.
    expect(applied.table.series.map((s) => `${s.key}@${s.year}`)).toEqual([
      "population@2022",
      "crime_theft@2026",
    ]);
    expect(applied.replaced).toEqual(["crime_theft@2024", "crime_homicide@2025"]);
    expect(applied.previous).toBe(table);
  });
});
