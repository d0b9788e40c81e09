import { describe, expect, it } from "vitest";
import type { AggregateResult } from "./import-aggregate";
import {
  SIDPOL_FAMILIES,
  annualise,
  classifyModality,
  excludePartialYears,
  isSidpolHeader,
  parseFamilyMapping,
  partialYears,
  withCrimeTotals,
} from "./sidpol";
import { INDICATORS } from "../config/indicators";

describe("family mapping", () => {
  it.each([
    ["HURTO", "property"],
    ["ROBO AGRAVADO", "property"],
    ["HURTO AGRAVADO", "property"],
    ["ESTAFA", "property"],
    ["LESIONES", "persons"],
    ["HOMICIDIO", "homicide"],
    ["FEMINICIDIO", "homicide"],
    ["SICARIATO", "homicide"],
    ["VIOLACIÓN SEXUAL", "sexual"],
    ["violacion sexual", "sexual"],
    ["ACTOS CONTRA EL PUDOR", "sexual"],
    ["VIOLENCIA FAMILIAR", "family"],
    ["VIOLENCIA CONTRA LA MUJER E INTEGRANTES DEL GRUPO FAMILIAR", "family"],
    ["EXTORSIÓN", "extortion"],
    ["MICROCOMERCIALIZACION DE DROGAS", "other"],
    ["VIOLACIÓN DE DOMICILIO", "other"],
    ["OMISION DE ASISTENCIA FAMILIAR", "other"],
  ])("%s → %s", (modality, family) => {
    expect(classifyModality(modality)).toEqual({ family, mapped: true });
  });
  it("sends unknown modalities to other, marked unmapped", () => {
    expect(classifyModality("OFENSAS AL PUDOR PÚBLICO")).toEqual({
      family: "other",
      mapped: false,
    });
  });
  it("yields exactly the crime series keys the indicators use", () => {
    const keys = SIDPOL_FAMILIES.families.map((f) => `crime_${f.id}`);
    const numerators = INDICATORS.flatMap((d) =>
      d.crime && d.formula.kind === "rate" ? [d.formula.numerator] : [],
    );
    for (const n of numerators) expect(keys).toContain(n);
    expect(keys.sort()).toEqual(
      ["property", "persons", "homicide", "sexual", "family", "extortion", "other"]
        .map((f) => `crime_${f}`)
        .sort(),
    );
  });
  it("rejects a malformed mapping with a message", () => {
    expect(() => parseFamilyMapping({ fallback: "x", families: [] })).toThrow(/respaldo "x"/);
    expect(() =>
      parseFamilyMapping({ fallback: "a", families: [{ id: "a", label: {}, patterns: [] }] }),
    ).toThrow(/label/);
    expect(() => parseFamilyMapping(null)).toThrow(/no es un objeto/);
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
        key: "property",
        label: "property",
        sourceColumn: "cantidad",
        group: "property",
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
    const out = withCrimeTotals(res());
    const total = out.columns.find((c) => c.key === "total");
    expect(total?.values).toEqual([4, 2]);
    expect(out.columns.map((c) => c.key)).toEqual(["homicide", "property", "total"]);
    expect(out.columns[0]?.label).toBe("Homicidios");
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
