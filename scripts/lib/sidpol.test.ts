import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { applyImport } from "../../src/core/import-apply";
import type { AggregateResult } from "../../src/core/import-aggregate";
import type { DistrictTable, Series } from "../../src/data/contract";
import { buildSidpolSeries } from "./sidpol";

const FIXTURES = join(import.meta.dirname, "../../test/fixtures/sidpol");
// Test fixture layer: the six fixture districts plus one district with no row in the file (id 6).
const UBIGEOS = ["150101", "150132", "010101", "130101", "130105", "020101", "150103"];
const ubigeoToId = () => new Map(UBIGEOS.map((u, i) => [u, i]));

const dirs: string[] = [];
function rawDirWith(files: Record<string, string | Buffer>): string {
  const raw = mkdtempSync(join(tmpdir(), "sidpol-"));
  dirs.push(raw);
  mkdirSync(join(raw, "sidpol"));
  for (const [name, content] of Object.entries(files))
    writeFileSync(join(raw, "sidpol", name), content);
  return raw;
}
function rawDirWithFixture(name: string): string {
  const raw = rawDirWith({});
  copyFileSync(join(FIXTURES, name), join(raw, "sidpol", name));
  return raw;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const find = (series: Series[], key: string, year: number) =>
  series.find((s) => s.key === key && s.year === year);

describe("buildSidpolSeries", () => {
  it("returns null without a sidpol folder", async () => {
    const raw = mkdtempSync(join(tmpdir(), "nosidpol-"));
    dirs.push(raw);
    expect(await buildSidpolSeries(raw, ubigeoToId(), 7)).toBeNull();
  });

  it.each(["denuncias_fixture_latin1.csv", "denuncias_fixture_utf8.csv"])(
    "aggregates %s to the README's hand-worked figures",
    async (file) => {
      const out = await buildSidpolSeries(rawDirWithFixture(file), ubigeoToId(), 7);
      if (!out) throw new Error("expected a result");
      // Figures: test/fixtures/sidpol/README.md (table "Expected aggregates").
      // ids: 0 150101, 1 150132, 2 010101, 3 130101, 4 130105, 5 020101,
      // 6 150103 (no row in the file → null, not 0).
      expect(find(out.series, "crime_robbery", 2023)?.values).toEqual([5, 0, 0, 0, 0, 0, null]);
      expect(find(out.series, "crime_theft", 2023)?.values).toEqual([120, 0, 0, 0, 0, 0, null]);
      expect(find(out.series, "crime_fraud", 2023)?.values).toEqual([0, 0, 0, 0, 0, 4, null]);
      expect(find(out.series, "crime_extortion", 2023)?.values).toEqual([0, 0, 0, 0, 6, 0, null]);
      expect(find(out.series, "crime_homicide", 2023)?.values).toEqual([0, 0, 0, 4, 0, 0, null]);
      expect(find(out.series, "crime_family", 2023)?.values).toEqual([0, 7, 0, 0, 0, 0, null]);
      // other 2023 (all unmapped): ofensas al pudor 1 (Lima), violación sexual 2 (SJL),
      // lesiones 3 (Chachapoyas), microcomercialización de drogas 3 (Huaraz).
      expect(find(out.series, "crime_other", 2023)?.values).toEqual([1, 2, 3, 0, 0, 3, null]);
      expect(find(out.series, "crime_total", 2023)?.values).toEqual([126, 9, 3, 4, 6, 7, null]);
      // 2024: Lima theft 6×10 = 60 + family 4 = 64; SJL other 2 (actos contra el pudor);
      // Trujillo robbery 3 (robo); Huaraz other 1 (violación sexual).
      expect(find(out.series, "crime_theft", 2024)?.values).toEqual([60, 0, 0, 0, 0, 0, null]);
      expect(find(out.series, "crime_robbery", 2024)?.values).toEqual([0, 0, 0, 3, 0, 0, null]);
      expect(find(out.series, "crime_family", 2024)?.values).toEqual([4, 0, 0, 0, 0, 0, null]);
      expect(find(out.series, "crime_other", 2024)?.values).toEqual([0, 2, 0, 0, 0, 1, null]);
      // Homicide occurs in the file (2023), so 2024 has a column: 0 wherever a district appears.
      expect(find(out.series, "crime_homicide", 2024)?.values).toEqual([0, 0, 0, 0, 0, 0, null]);
      // 010101 and 130105 appear in 2023 only: 0 in 2024, not null.
      expect(find(out.series, "crime_total", 2024)?.values).toEqual([64, 2, 0, 3, 0, 1, null]);
      expect(find(out.series, "crime_total", 2024)?.months).toEqual([1, 2, 3, 4, 5, 6]);
      expect(find(out.series, "crime_total", 2023)?.months).toHaveLength(12);
      // All 7 families occur in the fixture: (7 families + total) × 2 years.
      expect(out.series).toHaveLength(16);
      expect(out.series.every((s) => s.unit === "denuncias" && s.sourceId === "sidpol")).toBe(true);
      expect(out.crimeYears).toEqual([2023, 2024]);
      expect(out.source).toMatchObject({
        id: "sidpol",
        rowsRead: 34,
        matched: 6,
        missing: 1,
        unmatched: ["999901"],
        repaired: 4,
        files: [`sidpol/${file}`],
      });
      const report = out.report.join("\n");
      expect(report).toContain("Meses de 2024: 1, 2, 3, 4, 5, 6 (año parcial).");
      expect(report).toContain("999901 (1 filas)");
      // The 5 unmapped modalities (README), most rows first, then alphabetical.
      expect(report).toContain(
        'Modalidades sin familia (contadas en "otros"): VIOLACIÓN SEXUAL (2 filas, 3 denuncias); ' +
          "ACTOS CONTRA EL PUDOR (1 filas, 2 denuncias); LESIONES (1 filas, 3 denuncias); " +
          "MICROCOMERCIALIZACIÓN DE DROGAS (1 filas, 3 denuncias); " +
          "OFENSAS AL PUDOR PÚBLICO (1 filas, 1 denuncias).",
      );
    },
  );

  it("gives no series to a family with no row in the file; SECUESTRO goes to other", async () => {
    // Test fixture (invented counts): HURTO and SECUESTRO in Lima, nothing else.
    const header =
      "ANIO;MES;DPTO_HECHO_NEW;PROV_HECHO;DIST_HECHO;UBIGEO_HECHO;P_MODALIDADES;cantidad";
    const raw = rawDirWith({
      "corto.csv": `${header}\n2023;1;LIMA;LIMA;LIMA;150101;HURTO;4\n2023;2;LIMA;LIMA;LIMA;150101;SECUESTRO;1\n`,
    });
    const out = await buildSidpolSeries(raw, ubigeoToId(), 7);
    if (!out) throw new Error("expected a result");
    // theft, other and the total, 2023 only: no crime_homicide, crime_robbery… (no data, not 0).
    expect(out.series.map((s) => s.key).sort()).toEqual([
      "crime_other",
      "crime_theft",
      "crime_total",
    ]);
    expect(find(out.series, "crime_homicide", 2023)).toBeUndefined();
    // Lima 4 + 1 = 5; the six other districts have no row in this file → null.
    expect(find(out.series, "crime_total", 2023)?.values).toEqual([
      5,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(out.report.join("\n")).toContain("SECUESTRO (1 filas, 1 denuncias)");
  });

  it("reads several files together and detects duplicates across them", async () => {
    const raw = rawDirWithFixture("denuncias_fixture_utf8.csv");
    copyFileSync(join(FIXTURES, "denuncias_fixture_latin1.csv"), join(raw, "sidpol", "copia.csv"));
    const out = await buildSidpolSeries(raw, ubigeoToId(), 7);
    // The second file repeats every row: 33 joined duplicates (the unknown code fails before the check).
    expect(find(out?.series ?? [], "crime_total", 2023)?.values[0]).toBe(126);
    expect(out?.report.join("\n")).toMatch(
      /33 × sidpol\/denuncias_fixture_utf8\.csv, fila \d+: fila repetida/,
    );
  });

  it("throws naming file, row and problem for a malformed file", async () => {
    const header =
      "ANIO;MES;DPTO_HECHO_NEW;PROV_HECHO;DIST_HECHO;UBIGEO_HECHO;P_MODALIDADES;cantidad";
    const bad = rawDirWith({ "mal.csv": `${header}\n2024;1;LIMA;LIMA;LIMA;150101;HURTO;diez\n` });
    await expect(buildSidpolSeries(bad, ubigeoToId(), 7)).rejects.toThrow(
      'sidpol/mal.csv, fila 2: "diez" no es un número',
    );
    const missing = rawDirWith({ "cols.csv": "ANIO;MES;cantidad\n2024;1;3\n" });
    await expect(buildSidpolSeries(missing, ubigeoToId(), 7)).rejects.toThrow(
      /sidpol\/cols\.csv, fila 1: faltan las columnas/,
    );
  });

  it("yields series that fit the contract and the runtime apply step", async () => {
    const out = await buildSidpolSeries(
      rawDirWithFixture("denuncias_fixture_utf8.csv"),
      ubigeoToId(),
      7,
    );
    const table: DistrictTable = { version: 1, districts: [], series: out?.series ?? [] };
    const empty: AggregateResult = { districtCount: 0, columns: [], years: [], monthsByYear: {} };
    const applied = applyImport(table, empty, {
      sourceId: "x",
      keyPrefix: "crime_",
      unit: "denuncias",
      createIndicators: false,
      direction: 1,
      defaultWeight: 1,
      dimension: "crime",
    });
    const back: DistrictTable = applied.table; // compile-time check: the core's shapes match the contract
    expect(back.series).toHaveLength(16);
  });
});
