import { SIDPOL_FAMILIES } from "../config/sidpol-families";
import { describe, expect, it } from "vitest";
import type { AggregateResult } from "./import-aggregate";
import { createAggregator } from "./import-aggregate";
import { createJoinTarget, type DistrictRef } from "./import-join";
import {
  SIDPOL_COLUMNS,
  TOTAL_FAMILY,
  annualise,
  classifyModality,
  excludePartialYears,
  isSidpolHeader,
  parseFamilyMapping,
  partialYears,
  resolveSidpolColumns,
  sidpolSpec,
  withCrimeTotals,
} from "./sidpol";
import { INDICATORS } from "../config/indicators";

describe("family mapping", () => {
  it.each([
    ["ROBO", "robbery"],
    ["ROBO AGRAVADO", "robbery"],
    ["ASALTO", "robbery"],
    ["HURTO", "theft"],
    ["HURTO AGRAVADO", "theft"],
    ["ABIGEATO", "theft"],
    ["ESTAFA", "fraud"],
    ["DEFRAUDACIÓN", "fraud"],
    ["EXTORSIÓN", "extortion"],
    ["COBRO DE CUPOS", "extortion"],
    ["HOMICIDIO", "homicide"],
    ["FEMINICIDIO", "homicide"],
    ["SICARIATO", "homicide"],
    ["VIOLENCIA FAMILIAR", "family"],
    ["VIOLENCIA CONTRA LA MUJER E INTEGRANTES DEL GRUPO FAMILIAR", "family"],
    // Whole words: "VIOLENCIA FAMILIAR" is inside, so family (not the fallback).
    ["LESIONES POR VIOLENCIA FAMILIAR", "family"],
    ["OTROS", "other"],
    ["otros delitos", "other"],
  ])("%s → %s", (modality, family) => {
    expect(classifyModality(modality, SIDPOL_FAMILIES)).toEqual({ family, mapped: true });
  });
  // Outside the 7 groups of the release: fallback "other", flagged for the report.
  it.each([
    "LESIONES",
    "SECUESTRO",
    "VIOLACIÓN SEXUAL",
    "violacion sexual",
    "ACTOS CONTRA EL PUDOR",
    "MICROCOMERCIALIZACION DE DROGAS",
    "OFENSAS AL PUDOR PÚBLICO",
    // "FAMILIAR" alone is not a pattern; "ROBOTICA" does not contain the word "ROBO".
    "OMISION DE ASISTENCIA FAMILIAR",
    "ROBOTICA",
  ])("%s → other, unmapped", (modality) => {
    expect(classifyModality(modality, SIDPOL_FAMILIES)).toEqual({ family: "other", mapped: false });
  });
  it("has the 7 groups of the official release, 'other' as fallback", () => {
    expect(SIDPOL_FAMILIES.families.map((f) => f.id)).toEqual([
      "robbery",
      "theft",
      "fraud",
      "extortion",
      "homicide",
      "family",
      "other",
    ]);
    expect(SIDPOL_FAMILIES.fallback).toBe("other");
  });
  it("yields exactly the crime series keys the indicators use", () => {
    const keys = [...SIDPOL_FAMILIES.families.map((f) => `crime_${f.id}`), `crime_${TOTAL_FAMILY}`];
    // Rates (crime_<family>_rate, crime_total_rate) and the count (crime_total_count).
    const read = INDICATORS.flatMap((d) =>
      !d.crime
        ? []
        : d.formula.kind === "rate"
          ? [d.formula.numerator]
          : d.formula.kind === "series"
            ? [d.formula.key]
            : [],
    );
    for (const k of read) expect(keys).toContain(k);
    expect(keys.sort()).toEqual(
      ["robbery", "theft", "fraud", "extortion", "homicide", "family", "other", "total"]
        .map((f) => `crime_${f}`)
        .sort(),
    );
    // One rate per family, plus the total as rate and as count (both summaries).
    const crimeIds = INDICATORS.filter((d) => d.crime).map((d) => d.id);
    for (const f of SIDPOL_FAMILIES.families) expect(crimeIds).toContain(`crime_${f.id}_rate`);
    expect(
      INDICATORS.filter((d) => d.summary)
        .map((d) => d.id)
        .sort(),
    ).toEqual(["crime_total_count", "crime_total_rate"]);
  });
  it("rejects a malformed mapping with a problem code", () => {
    expect(() => parseFamilyMapping({ fallback: "x", families: [] })).toThrow(
      /"unknownFallback","fallback":"x"/,
    );
    expect(() =>
      parseFamilyMapping({ fallback: "a", families: [{ id: "a", label: {}, patterns: [] }] }),
    ).toThrow(/"noLabel","id":"a"/);
    expect(() => parseFamilyMapping(null)).toThrow(/"notAnObject"/);
  });
});

describe("sidpolSpec aggregation (zero fill within what the file covers)", () => {
  // Test fixture (invented counts): Lima and Trujillo have rows, Ate (150103) has none.
  const DISTRICTS: DistrictRef[] = [
    { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
    { id: 1, ubigeo: "130101", name: "Trujillo", province: "Trujillo", department: "La Libertad" },
    { id: 2, ubigeo: "150103", name: "Ate", province: "Lima", department: "Lima" },
  ];
  // [ANIO, MES, UBIGEO_HECHO, P_MODALIDADES, cantidad]: no homicide, fraud, extortion or family row.
  const ROWS: [string, string, string, string, string][] = [
    ["2023", "1", "150101", "HURTO", "2"],
    ["2023", "2", "150101", "SECUESTRO", "1"],
    ["2023", "3", "150101", "LESIONES", "4"],
    ["2024", "1", "130101", "ROBO AGRAVADO", "3"],
  ];
  const run = () => {
    const agg = createAggregator(sidpolSpec(SIDPOL_FAMILIES), createJoinTarget(DISTRICTS));
    const c = SIDPOL_COLUMNS;
    agg.setHeader(
      [c.year, c.month, c.department, c.province, c.district, c.ubigeo, c.modality, c.count],
      "prueba.csv",
    );
    ROWS.forEach(([y, m, u, mod, n], i) => agg.addRow([y, m, "", "", "", u, mod, n], i + 2));
    const { report, result } = agg.finish();
    if (!result) throw new Error(report.fatal?.detail.code ?? "no result");
    return { report, result };
  };
  const values = (r: AggregateResult, key: string, year: number) =>
    r.columns.find((c) => c.key === key && c.year === year)?.values;

  it("gives no column to a family with no row in the file", () => {
    const { result } = run();
    // theft (HURTO), other (SECUESTRO, LESIONES), robbery (ROBO AGRAVADO), each in 2023 and 2024.
    expect([...new Set(result.columns.map((c) => c.key))].sort()).toEqual([
      "other",
      "robbery",
      "theft",
    ]);
    expect(result.columns).toHaveLength(6);
    expect(result.columns.some((c) => c.key === "homicide")).toBe(false);
  });
  it("fills 0 for districts seen in the file, leaves a district never seen null", () => {
    const { result } = run();
    // Lima theft 2023 = 2; Trujillo appears (2024 only) → 0; Ate never appears → null.
    expect(values(result, "theft", 2023)).toEqual([2, 0, null]);
    expect(values(result, "theft", 2024)).toEqual([0, 0, null]);
    expect(values(result, "robbery", 2023)).toEqual([0, 0, null]);
    expect(values(result, "robbery", 2024)).toEqual([0, 3, null]);
  });
  it("sends SECUESTRO and LESIONES to other and lists them as unmapped", () => {
    const { report, result } = run();
    // Lima other 2023 = 1 (secuestro) + 4 (lesiones) = 5.
    expect(values(result, "other", 2023)).toEqual([5, 0, null]);
    expect(report.unmappedGroups).toEqual([
      { value: "LESIONES", rows: 1, total: 4 },
      { value: "SECUESTRO", rows: 1, total: 1 },
    ]);
  });
  it("keeps the never-seen district null in the total: 2 + 0 + 5 = 7, 0 + 3 + 0 = 3", () => {
    const out = withCrimeTotals(run().result, SIDPOL_FAMILIES);
    expect(values(out, "total", 2023)).toEqual([7, 0, null]);
    expect(values(out, "total", 2024)).toEqual([0, 3, null]);
  });
});

describe("isSidpolHeader", () => {
  it("recognises the official header, with BOM or other case", () => {
    const h = [
      "\ufeffANIO",
      "MES",
      "DPTO_HECHO_NEW",
      "PROV_HECHO",
      "DIST_HECHO",
      "UBIGEO_HECHO",
      "P_MODALIDADES",
      "CANTIDAD",
    ];
    expect(isSidpolHeader(h)).toBe(true);
    expect(isSidpolHeader(h.slice(1))).toBe(false);
  });
});

describe("totals, partial years, annualisation", () => {
  const res = (): AggregateResult => ({
    districtCount: 2,
    years: [2024],
    monthsByYear: { "2024": [1, 2, 3, 4, 5, 6] },
    columns: [
      {
        key: "other",
        label: "other",
        sourceColumn: "cantidad",
        group: "other",
        year: 2024,
        kind: "numeric",
        values: [3, 0],
        categories: null,
        months: [1, 2, 3, 4, 5, 6],
        districtsWithData: 1,
      },
      {
        key: "homicide",
        label: "homicide",
        sourceColumn: "cantidad",
        group: "homicide",
        year: 2024,
        kind: "numeric",
        values: [1, 2],
        categories: null,
        months: [1, 2, 3, 4, 5, 6],
        districtsWithData: 2,
      },
    ],
  });
  it("adds a total per year: 3 + 1 = 4 and 0 + 2 = 2", () => {
    const out = withCrimeTotals(res(), SIDPOL_FAMILIES);
    const total = out.columns.find((c) => c.key === "total");
    expect(total?.values).toEqual([4, 2]);
    // Mapping order (homicide before other), total last; labels from the mapping.
    expect(out.columns.map((c) => c.key)).toEqual(["homicide", "other", "total"]);
    expect(out.columns.map((c) => c.label)).toEqual([
      "Homicidio",
      "Otros delitos",
      "Total de denuncias",
    ]);
  });
  it("flags years with fewer than 12 months", () => {
    expect(
      partialYears({ "2023": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "2024": [1, 2, 3] }),
    ).toEqual([2024]);
  });
  it("annualises ×12/months: 3 reports in 6 months → 6", () => {
    const c = res().columns[0];
    if (!c) throw new Error("fixture");
    expect(annualise(c).values).toEqual([6, 0]);
    expect(annualise({ values: [5], months: [] }).values).toEqual([5]);
  });
  it("excludes partial years", () => {
    expect(
      excludePartialYears([
        { months: [1] },
        { months: null },
        { months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
      ]),
    ).toHaveLength(2);
  });
});

describe("header variants of the copies in circulation", () => {
  const renamed = [
    "AÑO",
    "MES",
    "DEPARTAMENTO",
    "PROVINCIA",
    "DISTRITO",
    "UBIGEO",
    "MODALIDAD",
    "CANTIDAD",
  ];
  it("recognises AÑO / MODALIDAD / CANTIDAD / DEPARTAMENTO as SIDPOL and maps each role", () => {
    expect(isSidpolHeader(renamed)).toBe(true);
    expect(resolveSidpolColumns(renamed)).toEqual({
      year: "AÑO",
      month: "MES",
      department: "DEPARTAMENTO",
      province: "PROVINCIA",
      district: "DISTRITO",
      ubigeo: "UBIGEO",
      modality: "MODALIDAD",
      count: "CANTIDAD",
    });
  });
  it("keeps the official names for the official layout and refuses a file without counts", () => {
    const official = [
      "ANIO",
      "MES",
      "DPTO_HECHO_NEW",
      "PROV_HECHO",
      "DIST_HECHO",
      "UBIGEO_HECHO",
      "P_MODALIDADES",
      "cantidad",
    ];
    expect(resolveSidpolColumns(official)).toEqual(SIDPOL_COLUMNS);
    expect(isSidpolHeader(official.filter((h) => h !== "cantidad"))).toBe(false);
  });
  it("builds the spec on the file's own column names", () => {
    const spec = sidpolSpec(SIDPOL_FAMILIES, undefined, { header: renamed });
    expect(spec.joinBy).toEqual({ kind: "ubigeo", column: "UBIGEO" });
    expect(spec.shape.kind === "long" && spec.shape.valueColumn).toBe("CANTIDAD");
    expect(spec.shape.kind === "long" && spec.shape.yearColumn).toBe("AÑO");
  });
});
