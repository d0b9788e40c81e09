import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  parseDistrictTable,
  parseFiscalContext,
  parseManifest,
  parsePoliceStations,
  parseTopology,
} from "../../src/data/schema";
import { buildData } from "./build";

// FIXTURE folder: invented districts drawn as 1° squares (see test/fixtures/raw/README.md).
const FIXTURE = resolve(__dirname, "../../test/fixtures/raw");
const REPO_DATA = resolve(__dirname, "../../data");
const NOW = new Date("2024-01-01T00:00:00Z");

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A writable copy of the fixture folder. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "raw-fixture-"));
  temps.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

// The fixture's squares lie at 0–6° E, 0–6° N, outside Peru's tile bounds.
const TILE_BOUNDS: [number, number, number, number] = [-1, -1, 7, 7];
const build = (rawDir = FIXTURE) =>
  buildData({ rawDir, repoDataDir: REPO_DATA, now: NOW, tileBounds: TILE_BOUNDS });
const seriesOf = (out: Awaited<ReturnType<typeof build>>, key: string, year: number | null) =>
  out.districts.series.find((s) => s.key === key && s.year === year)?.values;

describe("buildData on the fixture folder", () => {
  it("cuts vector tiles minzoom–maxzoom of every district and reports them; Peru's bounds refuse it", async () => {
    const out = await build();
    const zooms = [...new Set(out.tiles.map((t) => t.z))].sort((a, b) => a - b);
    expect(zooms).toEqual([3, 4, 5]);
    // z3 over [-1, -1, 7, 7]: column ⌊(179 / 360) · 8⌋ = 3 … ⌊(187 / 360) · 8⌋ = 4, row 3 … 4.
    expect(out.tiles.filter((t) => t.z === 3).map((t) => [t.x, t.y])).toEqual([
      [3, 3],
      [3, 4],
      [4, 3],
      [4, 4],
    ]);
    expect(out.report.some((l) => /^Teselas vectoriales: \d+ teselas z3–z5/.test(l))).toBe(true);
    await expect(buildData({ rawDir: FIXTURE, repoDataDir: REPO_DATA, now: NOW })).rejects.toThrow(
      /sale del rectángulo DISTRICT_TILES.bounds/,
    );
  });

  it("sorts districts by ubigeo, ids = index, leaves out the null geometry and reports it", async () => {
    const out = await build();
    expect(out.districts.districts.map((d) => d.ubigeo)).toEqual([
      "010101",
      "010102",
      "010103",
      "010201",
      "010202",
      "010203",
      "020101",
    ]);
    expect(out.districts.districts.map((d) => d.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.manifest.issues.join("\n")).toContain("020102 (Sin Forma): geometría nula");
  });

  it("computes area, label, bbox and codes of a 1° square by hand", async () => {
    const a = (await build()).districts.districts[0];
    // Spherical rectangle: R² · Δλ · (sin φ2 − sin φ1), R = 6371.0088 km (Turf's earth radius)
    // = 40,589,753.1 · 0.01745329 · (0.01745241 − 0) = 12,363.72 km².
    expect(a?.areaKm2).toBeCloseTo(12363.72, 1);
    expect(a?.label).toEqual([0.5, 0.5]);
    expect(a?.bbox).toEqual([0, 0, 1, 1]);
    expect(a?.name).toBe("Añil");
    expect(a?.provinceCode).toBe("0101");
    expect(a?.departmentCode).toBe("01");
    expect(a?.naturalRegion).toBe("Costa");
  });

  it("finds queen neighbours (corner contact counts) and leaves the island alone", async () => {
    const rows = (await build()).districts.districts;
    // Grid: ids 0 1 2 on row lat 0-1, ids 3 4 5 on lat 1-2; 6 is the island.
    expect(rows[0]?.neighbors).toEqual([1, 3, 4]); // 4 touches 0 only at (1, 1)
    expect(rows[1]?.neighbors).toEqual([0, 2, 3, 4, 5]);
    expect(rows[6]?.neighbors).toEqual([]);
  });

  it("joins population with a repaired code, null for empty 2018 cells and an unmatched code", async () => {
    const out = await build();
    // 010101 = 1000; "10102" → 010102 = 500; 010103 created later: empty → null; 010201 = 2000.
    expect(seriesOf(out, "population", 2018)).toEqual([1000, 500, null, 2000, null, null, null]);
    expect(seriesOf(out, "population", 2022)).toEqual([1400, 540, 60, 2000, null, null, null]);
    const src = out.manifest.sources.find((s) => s.id === "inei-poblacion");
    // 4 of the 7 layer districts matched → 3 missing; 999999 unknown; "10102" repaired.
    expect(src).toMatchObject({
      rowsRead: 5,
      matched: 4,
      unmatched: ["999999"],
      repaired: 1,
      missing: 3,
    });
  });

  it("joins poverty and its confidence interval", async () => {
    const out = await build();
    expect(seriesOf(out, "poverty_pct", 2018)).toEqual([15, 35.5, null, null, 60, null, null]);
    expect(seriesOf(out, "poverty_ci_low", 2018)?.[1]).toBe(30.5);
    expect(seriesOf(out, "poverty_ci_high", 2018)?.[4]).toBe(70);
  });

  it("reads ubigeo-peru-aumentado with NA cells as null and the NA code as unmatched", async () => {
    const out = await build();
    // 0.642360593890392 rounded to 4 decimals = 0.6424; 1.439875 to 2 = 1.44.
    expect(seriesOf(out, "idh", 2019)).toEqual([0.6424, null, null, null, null, null, null]);
    expect(seriesOf(out, "extreme_poverty_pct", 2013)?.[0]).toBe(1.44);
    expect(seriesOf(out, "food_vulnerability", null)?.slice(0, 2)).toEqual([0.2797, 0.5]);
    const src = out.manifest.sources.find((s) => s.id === "ubigeo-peru-aumentado");
    expect(src?.unmatched).toEqual(["160109", "NA"]);
  });

  it("sums CENACOM per district with 0 (not null) where there is no station", async () => {
    const out = await build();
    // 010101: stations 0001 (10) + 0002 (5) = 2 stations, 15 officers; 010102: 7; 010202: 3.
    expect(seriesOf(out, "police_stations", 2017)).toEqual([2, 1, 0, 0, 1, 0, 0]);
    expect(seriesOf(out, "police_officers", 2017)).toEqual([15, 7, 0, 0, 3, 0, 0]);
  });

  it("places stations by point-in-polygon, including one across the border and one without lat", async () => {
    const { stations } = await build();
    expect(stations.stations.map((s) => s.districtId)).toEqual([0, 0, 2, null]);
    expect(stations.stations[3]).toMatchObject({ lon: 1.5, lat: null, ubigeo: "010202" });
  });

  it("splits the MEF budget: district municipalities in muni_*, provincial ones in muni_prov_*", async () => {
    const out = await build();
    // Ids: 010101 (capital of Prov Uno) 010102 010103 010201 (capital of Prov Dos) 010202 010203
    // 020101 (capital of Prov Isla). Capitals hold the PROVINCIAL rows; 010203 has no row.
    expect(seriesOf(out, "muni_devengado", 2023)).toEqual([null, 470, 30, null, 70, null, null]);
    expect(seriesOf(out, "muni_pim", 2023)).toEqual([null, 520, 60, null, 80, null, null]);
    expect(seriesOf(out, "muni_prov_devengado", 2023)).toEqual([
      900,
      null,
      null,
      1600,
      null,
      null,
      260,
    ]);
    // Only the latest final year (MEF_BUDGET_YEARS = 2023) is shipped, to keep start-up small: the
    // 2022 rows ("10102" among them, repaired) and the 2021 row are read and counted, not loaded.
    expect(seriesOf(out, "muni_prov_pim", 2022)).toBeUndefined();
    expect(seriesOf(out, "muni_devengado", 2022)).toBeUndefined();
    expect(seriesOf(out, "muni_devengado", 2021)).toBeUndefined();
    const src = out.manifest.sources.find((s) => s.id === "mef-presupuesto-municipal");
    expect(src).toMatchObject({
      rowsRead: 12,
      matched: 6,
      unmatched: ["160109"],
      repaired: 1,
      missing: 1,
      years: [2023],
    });
    expect(out.report.some((l) => l.startsWith("mef-presupuesto-municipal "))).toBe(true);
    expect(out.manifest.issues.some((i) => i.includes("mef_municipal_budget"))).toBe(false);
  });

  it("aggregates MPFN by fiscal district × year × generic group, seat code repaired", async () => {
    const { fiscal } = await build();
    // FISCAL UNO 2019 patrimonio: 4 + 6 = 10.
    expect(fiscal.rows).toEqual([
      {
        fiscalDistrict: "FISCAL DOS",
        seatUbigeo: "010201",
        year: 2019,
        group: "CONTRA LA VIDA EL CUERPO Y LA SALUD",
        count: 2,
      },
      {
        fiscalDistrict: "FISCAL UNO",
        seatUbigeo: "010101",
        year: 2019,
        group: "CONTRA EL PATRIMONIO",
        count: 10,
      },
      {
        fiscalDistrict: "FISCAL UNO",
        seatUbigeo: "010101",
        year: 2020,
        group: "CONTRA EL PATRIMONIO",
        count: 1,
      },
    ]);
    expect(fiscal.years).toEqual([2019, 2020]);
  });

  it("marks crime as absent without a sidpol/ folder", async () => {
    const { manifest } = await build();
    expect(manifest.crime).toMatchObject({ present: false, sourceId: null, years: [] });
    expect(manifest.crime.note).toContain("sidpol/");
  });

  it("writes files that pass the app's schema guards", async () => {
    const out = await build();
    const json = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
    const n = out.districts.districts.length;
    expect(parseManifest(json(out.manifest)).issues).toEqual([]);
    expect(parseDistrictTable(json(out.districts)).issues).toEqual([]);
    const topo = parseTopology(json(out.topology), n);
    expect(topo.issues).toEqual([]);
    expect(topo.value).not.toBeNull();
    expect(parsePoliceStations(json(out.stations), n).issues).toEqual([]);
    expect(parseFiscalContext(json(out.fiscal)).issues).toEqual([]);
  });

  it("keeps every district geometry non-empty after simplification", async () => {
    const out = await build();
    expect(out.report.join("\n")).toContain("7 de 7 geometrías no vacías");
  });
});

describe("buildData failures", () => {
  const POP = "inei-poblacion-proyectada-2018-2022/poblacion_distrital_2018_2022.csv";
  const HEADER = "ubigeo,distrito,pob_2018,pob_2019,pob_2020,pob_2021,pob_2022";

  it("stops on a missing source file, naming it", async () => {
    const dir = copyFixture();
    rmSync(join(dir, POP));
    await expect(build(dir)).rejects.toThrow(`${POP}: falta el archivo`);
  });

  it("stops on an empty source file", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, POP), "");
    await expect(build(dir)).rejects.toThrow(`${POP}: el archivo está vacío`);
  });

  it("stops on a non-numeric cell, naming file, row and column", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, POP), `${HEADER}\n010101,A,1,1,1,1,1\n010102,B,1,1,1,abc,1\n`);
    // Header = fila 1, so the second data row is fila 3.
    await expect(build(dir)).rejects.toThrow(
      `${POP}, fila 3, columna pob_2021: se esperaba un número y hay "abc".`,
    );
  });

  it("stops on an empty 2022 population cell (only 2018-2020 may be empty)", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, POP), `${HEADER}\n010101,A,,,,1,\n`);
    await expect(build(dir)).rejects.toThrow(
      `${POP}, fila 2, columna pob_2022: se esperaba un número y hay vacío.`,
    );
  });

  it("stops on a missing required column", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, POP), "ubigeo,distrito,pob_2018\n010101,A,1\n");
    await expect(build(dir)).rejects.toThrow(`${POP}: faltan columnas requeridas: pob_2019`);
  });

  it("stops on a duplicate ubigeo", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, POP), `${HEADER}\n010101,A,1,1,1,1,1\n10101,A,1,1,1,1,1\n`);
    await expect(build(dir)).rejects.toThrow(
      `${POP}, fila 3, columna ubigeo: ubigeo 010101 repetido (ya en la fila 2).`,
    );
  });

  it("stops on a bad ubigeo", async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, POP), `${HEADER}\n01A101,A,1,1,1,1,1\n`);
    await expect(build(dir)).rejects.toThrow(`${POP}, fila 2, columna ubigeo: ubigeo no válido`);
  });

  it("stops when the raw folder does not exist", async () => {
    await expect(build("/nonexistent/raw")).rejects.toThrow("No existe la carpeta de datos brutos");
  });
});

describe("auto-discovery", () => {
  it("turns an undescribed ubigeo-keyed CSV into series keyed <folder>__<column>", async () => {
    const dir = copyFixture();
    const extra = join(dir, "nueva-fuente");
    mkdirSync(extra);
    // Wide file: _YYYY suffix → year; "nombre" is text and is ignored.
    writeFileSync(
      join(extra, "tasas.csv"),
      "UBIGEO,nombre,tasa_2020,tasa_2021\n010101,A,1.5,2\n10102,B,NA,3\n999999,Z,9,9\n",
    );
    // Long file: year from the anio column.
    writeFileSync(
      join(extra, "largo.csv"),
      "cod_distrito,anio,casos\n010101,2020,4\n010101,2021,5\n",
    );
    const out = await build(dir);
    const tasa2020 = out.districts.series.find(
      (s) => s.key === "nueva_fuente__tasa" && s.year === 2020,
    );
    const tasa2021 = out.districts.series.find(
      (s) => s.key === "nueva_fuente__tasa" && s.year === 2021,
    );
    expect(tasa2020?.values).toEqual([1.5, null, null, null, null, null, null]);
    expect(tasa2021?.values).toEqual([2, 3, null, null, null, null, null]);
    const casos = out.districts.series.filter((s) => s.key === "nueva_fuente__casos");
    expect(casos.map((s) => [s.year, s.values[0]])).toEqual([
      [2020, 4],
      [2021, 5],
    ]);
    const src = out.manifest.sources.find((s) => s.files.includes("nueva-fuente/tasas.csv"));
    expect(src).toMatchObject({
      autoDiscovered: true,
      matched: 2,
      repaired: 1,
      unmatched: ["999999"],
    });
    // Start-up growth is reported per discovered file, with its taken and skipped columns.
    const at = out.report.findIndex((l) => l.startsWith("Descubierto: nueva-fuente/tasas.csv"));
    expect(out.report[at]).toMatch(
      /^Descubierto: nueva-fuente\/tasas\.csv añade 2 series \(≈ \d+\.\d KB gzip a districts\.json\)$/,
    );
    expect(out.report.slice(at + 1, at + 3)).toEqual([
      "  columnas tomadas (2): tasa_2020 → nueva_fuente__tasa (2020); tasa_2021 → nueva_fuente__tasa (2021)",
      "  columnas omitidas (2): UBIGEO (clave de ubigeo del archivo); nombre (texto, no numérica)",
    ]);
    expect(out.report).toContain(
      "  columnas omitidas (2): cod_distrito (clave de ubigeo del archivo); anio (año, mes o fecha)",
    );
  });

  it("skips a discovered file with two rows for the same district and year, with an issue", async () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "otra"));
    writeFileSync(join(dir, "otra", "dup.csv"), "ubigeo,valor\n010101,1\n010101,2\n");
    const out = await build(dir);
    expect(out.districts.series.some((s) => s.key.startsWith("otra__"))).toBe(false);
    expect(out.manifest.issues.join("\n")).toContain(
      "otra/dup.csv, fila 3: dos filas para el ubigeo 010101",
    );
  });

  it("does not pick up described files or the sidpol/ folder", async () => {
    const out = await build();
    expect(out.manifest.sources.some((s) => s.autoDiscovered)).toBe(false);
  });
});
