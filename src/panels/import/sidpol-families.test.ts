import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createAggregator,
  createCsvStream,
  type AggregateResult,
} from "../../core/import-aggregate";
import { createJoinTarget, type DistrictRef } from "../../core/import-join";
import { SIDPOL_FAMILIES } from "../../config/sidpol-families";
import { papaRecordParser } from "../../workers/import-client";
import {
  applyPartialYearChoice,
  familiesFromModalities,
  listModalities,
  monthRangeLabel,
  sidpolModalitySpec,
} from "./sidpol-families";

// Test fixture: the six districts of test/fixtures/sidpol (real codes, invented counts).
const DISTRICTS: DistrictRef[] = [
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "150132", name: "San Juan de Lurigancho", province: "Lima", department: "Lima" },
  { id: 2, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 3, ubigeo: "130101", name: "Trujillo", province: "Trujillo", department: "La Libertad" },
  { id: 4, ubigeo: "130105", name: "El Porvenir", province: "Trujillo", department: "La Libertad" },
  { id: 5, ubigeo: "020101", name: "Huaraz", province: "Huaraz", department: "Áncash" },
];

function readFixture(
  bytes: Uint8Array = readFileSync(
    new URL("../../../test/fixtures/sidpol/denuncias_fixture_latin1.csv", import.meta.url),
  ),
  districts: DistrictRef[] = DISTRICTS,
): { result: AggregateResult; unjoined: number; repaired: number } {
  const spec = sidpolModalitySpec({ encoding: "auto", delimiter: "auto" });
  const agg = createAggregator(spec, createJoinTarget(districts));
  const stream = createCsvStream(agg, spec, "fixture.csv", papaRecordParser);
  stream.push(new Uint8Array(bytes));
  stream.end();
  const { report, result } = agg.finish();
  if (!result) throw new Error(report.fatal?.detail.code ?? "no result");
  return { result, unjoined: report.problemCounts.unjoined, repaired: report.repairedCodes };
}

const col = (r: AggregateResult, key: string, year: number) =>
  r.columns.find((c) => c.key === key && c.year === year)?.values;

describe("SIDPOL modalities → families", () => {
  it("groups by raw modality in the worker spec (no mapping)", () => {
    const spec = sidpolModalitySpec({ encoding: "auto", delimiter: ";" });
    expect(spec.shape.kind === "long" && spec.shape.groupMapping).toBeUndefined();
    expect(spec.delimiter).toBe(";");
  });

  it("lists the modalities with totals, flags the unmapped one", () => {
    const { result, unjoined, repaired } = readFixture();
    expect(unjoined).toBe(1);
    expect(repaired).toBe(4);
    const rows = listModalities(result, SIDPOL_FAMILIES);
    // HURTO: 12×10 (2023) + 6×10 (2024), Lima only; the unknown 999901 row did not join.
    expect(rows[0]).toMatchObject({ label: "HURTO", total: 180, defaultFamily: "theft" });
    expect(rows.find((r) => r.label === "ROBO AGRAVADO")).toMatchObject({
      total: 5,
      defaultFamily: "robbery",
      mapped: true,
    });
    // The 5 modalities outside the release's groups (fixture README), most reports first:
    // violación sexual 2 + 1 = 3, lesiones 3, drogas 3 (ties alphabetical), actos 2, ofensas 1.
    const unmapped = rows.filter((r) => !r.mapped);
    expect(unmapped.map((r) => [r.label, r.total, r.defaultFamily])).toEqual([
      ["LESIONES", 3, "other"],
      ["MICROCOMERCIALIZACIÓN DE DROGAS", 3, "other"],
      ["VIOLACIÓN SEXUAL", 3, "other"],
      ["ACTOS CONTRA EL PUDOR", 2, "other"],
      ["OFENSAS AL PUDOR PÚBLICO", 1, "other"],
    ]);
  });

  it("sums families per district and year as the fixture README works out", () => {
    const { result } = readFixture();
    const rows = listModalities(result, SIDPOL_FAMILIES);
    const fam = familiesFromModalities(result, rows, {}, SIDPOL_FAMILIES);
    // Figures: test/fixtures/sidpol/README.md. 2023 Lima: theft 12×10 = 120, robbery 5 (robo
    // agravado), other 1 (ofensas al pudor); total = 120 + 5 + 1 = 126.
    expect(col(fam, "theft", 2023)?.[0]).toBe(120);
    expect(col(fam, "robbery", 2023)?.[0]).toBe(5);
    expect(col(fam, "other", 2023)?.[0]).toBe(1);
    expect(col(fam, "total", 2023)?.[0]).toBe(126);
    // Trujillo homicide 2023 = 1 + 1 + 2 = 4; El Porvenir extortion = 6; Huaraz total = 4 + 3.
    expect(col(fam, "homicide", 2023)?.[3]).toBe(4);
    expect(col(fam, "extortion", 2023)?.[4]).toBe(6);
    expect(col(fam, "fraud", 2023)?.[5]).toBe(4);
    expect(col(fam, "other", 2023)?.[5]).toBe(3);
    expect(col(fam, "total", 2023)?.[5]).toBe(7);
    // other 2023: 1 (Lima) + 2 (SJL) + 3 (Chachapoyas) + 3 (Huaraz); 2024: 2 (SJL) + 1 (Huaraz).
    expect(col(fam, "other", 2023)).toEqual([1, 2, 3, 0, 0, 3]);
    expect(col(fam, "other", 2024)).toEqual([0, 2, 0, 0, 0, 1]);
    // 2024: Lima theft 6×10 = 60, family 4; Trujillo robbery 3 (robo).
    expect(col(fam, "theft", 2024)?.[0]).toBe(60);
    expect(col(fam, "family", 2024)?.[0]).toBe(4);
    expect(col(fam, "robbery", 2024)?.[3]).toBe(3);
    // A district with no report in a covered year has 0, not "no data" (all six appear in the
    // file; El Porvenir only in 2023).
    expect(col(fam, "homicide", 2024)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(col(fam, "total", 2024)?.[4]).toBe(0);
    // National totals: 2023 = 155 joined, 2024 = 70.
    const total = (y: number) =>
      (col(fam, "total", y) ?? []).reduce<number>((s, v) => s + (v ?? 0), 0);
    expect([total(2023), total(2024)]).toEqual([155, 70]);
  });

  it("moves a modality to the family the user picks", () => {
    const { result } = readFixture();
    const rows = listModalities(result, SIDPOL_FAMILIES);
    const key = rows.find((r) => r.label === "OFENSAS AL PUDOR PÚBLICO")?.key ?? "";
    const fam = familiesFromModalities(result, rows, { [key]: "family" }, SIDPOL_FAMILIES);
    // Lima 2023: family 0 + 1 moved = 1; other 1 − 1 = 0; total unchanged (126).
    expect(col(fam, "family", 2023)?.[0]).toBe(1);
    expect(col(fam, "other", 2023)?.[0]).toBe(0);
    expect(col(fam, "total", 2023)?.[0]).toBe(126);
    // Nationally, family 2023 = 7 (SJL) + 1 moved = 8.
    expect((col(fam, "family", 2023) ?? []).reduce<number>((s, v) => s + (v ?? 0), 0)).toBe(8);
  });

  it("excludes, annualises or keeps the partial year (2024: months 1–6)", () => {
    const { result } = readFixture();
    const fam = familiesFromModalities(
      result,
      listModalities(result, SIDPOL_FAMILIES),
      {},
      SIDPOL_FAMILIES,
    );
    expect(fam.monthsByYear["2024"]).toEqual([1, 2, 3, 4, 5, 6]);
    const excluded = applyPartialYearChoice(fam, "exclude");
    expect(excluded.years).toEqual([2023]);
    expect(col(excluded, "total", 2024)).toBeUndefined();
    // Lima 2024 total 64 reports in 6 months → 64 × 12 / 6 = 128 a year.
    const annual = applyPartialYearChoice(fam, "annualise");
    expect(col(annual, "total", 2024)?.[0]).toBe(128);
    expect(col(annual, "total", 2023)?.[0]).toBe(126);
    expect(annual.columns.find((c) => c.key === "total" && c.year === 2024)?.label).toMatch(
      /anualizado/,
    );
    expect(col(applyPartialYearChoice(fam, "keep"), "total", 2024)?.[0]).toBe(64);
  });

  // Known bug: familiesFromModalities (sidpol-families.ts) makes a column for every family of the
  // mapping and turns a null into 0, so the app's import breaks the zero-fill rule of
  // data/sidpol-families.json and sidpolSpec(). These two encode the rule and stay `it.fails`
  // until the source is fixed: when they go red, change `it.fails` to `it`.
  describe("zero fill within what the file covers (test fixture: Lima and Ate, invented counts)", () => {
    const header =
      "ANIO,MES,DPTO_HECHO_NEW,PROV_HECHO,DIST_HECHO,UBIGEO_HECHO,P_MODALIDADES,cantidad";
    const families = (): AggregateResult => {
      const { result } = readFixture(
        new TextEncoder().encode(`${header}\n2023,1,LIMA,LIMA,LIMA,150101,HURTO,5\n`),
        [
          { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
          { id: 1, ubigeo: "150103", name: "Ate", province: "Lima", department: "Lima" },
        ],
      );
      return familiesFromModalities(
        result,
        listModalities(result, SIDPOL_FAMILIES),
        {},
        SIDPOL_FAMILIES,
      );
    };
    it("keeps theft and the total for Lima (5) in any case", () => {
      const fam = families();
      expect(col(fam, "theft", 2023)?.[0]).toBe(5);
      expect(col(fam, "total", 2023)?.[0]).toBe(5);
    });
    it("gives no column to a family with no modality in the file", () => {
      const fam = families();
      // Only HURTO occurs: theft and the total, nothing for robbery, homicide…
      expect([...new Set(fam.columns.map((c) => c.key))]).toEqual(["theft", "total"]);
    });
    it("leaves a district with no row in the file null, not 0", () => {
      const fam = families();
      // Ate (id 1) never appears in the file.
      expect(col(fam, "theft", 2023)).toEqual([5, null]);
      expect(col(fam, "total", 2023)).toEqual([5, null]);
    });
  });

  it("labels month ranges in Spanish", () => {
    expect(monthRangeLabel([1, 2, 3, 4, 5, 6])).toBe("ene–jun");
    expect(monthRangeLabel([1, 3, 4])).toBe("ene, mar–abr");
    expect(monthRangeLabel([])).toBe("");
  });
});
