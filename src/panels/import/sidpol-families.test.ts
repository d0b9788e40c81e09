import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  createAggregator,
  createCsvStream,
  type AggregateResult,
} from "../../core/import-aggregate";
import { createJoinTarget, type DistrictRef } from "../../core/import-join";
import { SIDPOL_FAMILIES } from "../../core/sidpol";
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

function readFixture(): { result: AggregateResult; unjoined: number; repaired: number } {
  const bytes = readFileSync(
    new URL("../../../test/fixtures/sidpol/denuncias_fixture_latin1.csv", import.meta.url),
  );
  const spec = sidpolModalitySpec({ encoding: "auto", delimiter: "auto" });
  const agg = createAggregator(spec, createJoinTarget(DISTRICTS));
  const stream = createCsvStream(agg, spec, "fixture.csv", papaRecordParser);
  stream.push(new Uint8Array(bytes));
  stream.end();
  const { report, result } = agg.finish();
  if (!result) throw new Error(report.fatal ?? "no result");
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
    expect(rows[0]).toMatchObject({ label: "HURTO", total: 180, defaultFamily: "property" });
    const unmapped = rows.filter((r) => !r.mapped);
    expect(unmapped.map((r) => [r.label, r.total, r.defaultFamily])).toEqual([
      ["OFENSAS AL PUDOR PÚBLICO", 1, "other"],
    ]);
  });

  it("sums families per district and year as the fixture README works out", () => {
    const { result } = readFixture();
    const rows = listModalities(result, SIDPOL_FAMILIES);
    const fam = familiesFromModalities(result, rows, {}, SIDPOL_FAMILIES);
    // 2023 Lima property = 12×10 + 5 (robo agravado) = 125; total = 125 + 1 (other) = 126.
    expect(col(fam, "property", 2023)?.[0]).toBe(125);
    expect(col(fam, "total", 2023)?.[0]).toBe(126);
    // Trujillo homicide 2023 = 1 + 1 + 2 = 4; El Porvenir extortion = 6; Huaraz total = 4 + 3.
    expect(col(fam, "homicide", 2023)?.[3]).toBe(4);
    expect(col(fam, "extortion", 2023)?.[4]).toBe(6);
    expect(col(fam, "total", 2023)?.[5]).toBe(7);
    // A district with no report in a covered year has 0, not "no data".
    expect(col(fam, "homicide", 2024)).toEqual([0, 0, 0, 0, 0, 0]);
    // National totals: 2023 = 155 joined, 2024 = 70.
    const total = (y: number) =>
      (col(fam, "total", y) ?? []).reduce<number>((s, v) => s + (v ?? 0), 0);
    expect([total(2023), total(2024)]).toEqual([155, 70]);
  });

  it("moves a modality to the family the user picks", () => {
    const { result } = readFixture();
    const rows = listModalities(result, SIDPOL_FAMILIES);
    const key = rows.find((r) => !r.mapped)?.key ?? "";
    const fam = familiesFromModalities(result, rows, { [key]: "sexual" }, SIDPOL_FAMILIES);
    // Lima 2023: sexual 0 + 1 moved = 1; other 1 − 1 = 0; total unchanged (126).
    expect(col(fam, "sexual", 2023)?.[0]).toBe(1);
    expect(col(fam, "other", 2023)?.[0]).toBe(0);
    expect(col(fam, "total", 2023)?.[0]).toBe(126);
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

  it("labels month ranges in Spanish", () => {
    expect(monthRangeLabel([1, 2, 3, 4, 5, 6])).toBe("ene–jun");
    expect(monthRangeLabel([1, 3, 4])).toBe("ene, mar–abr");
    expect(monthRangeLabel([])).toBe("");
  });
});
