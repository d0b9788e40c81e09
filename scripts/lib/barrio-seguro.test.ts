import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseBarrioSeguro, type BarrioSeguroData } from "../../src/core/barrio-seguro";
import {
  buildBarrioSeguro,
  PRESS_FILE,
  REGIONS_FILE,
  REGISTER_FILE,
  type DistrictName,
} from "./barrio-seguro";

const REPO_DATA = resolve(__dirname, "../../data");
// Same convention as scripts/build-data.ts: DATA_DIR, else ../shared/data/raw from the repo root.
const RAW = resolve(__dirname, "../..", process.env.DATA_DIR ?? "../shared/data/raw");
const LAYER = join(RAW, "mapsperu-boundaries-2025/peru_distritos_1891.geojson");

/** District names from the real 1,891 layer (read-only raw folder). */
function loadLayer(): DistrictName[] {
  const json: unknown = JSON.parse(readFileSync(LAYER, "utf8"));
  if (
    typeof json !== "object" ||
    json === null ||
    !("features" in json) ||
    !Array.isArray(json.features)
  ) {
    throw new Error("capa inválida");
  }
  return json.features.flatMap((f: unknown) => {
    if (typeof f !== "object" || f === null || !("properties" in f)) return [];
    const p: unknown = f.properties;
    if (typeof p !== "object" || p === null) return [];
    const props = new Map<string, unknown>(Object.entries(p));
    const get = (k: string) => {
      const v = props.get(k);
      return typeof v === "string" ? v : "";
    };
    return [
      {
        ubigeo: get("COD_DISTRITO"),
        name: get("DISTRITO"),
        province: get("PROVINCIA"),
        department: get("DEPARTAMENTO"),
      },
    ];
  });
}

let districts: DistrictName[] = [];
let ids = new Map<string, number>();
beforeAll(() => {
  districts = loadLayer();
  ids = new Map(districts.map((d, i) => [d.ubigeo, i]));
});

const parsed = (json: unknown): BarrioSeguroData => {
  const r = parseBarrioSeguro(json);
  expect(r.issues).toEqual([]);
  if (!r.data) throw new Error("sin datos");
  return r.data;
};

/**
 * Data rows of a CSV counted from its raw lines, independently of the build's parser: non-empty lines
 * minus the header. Both files have one record per line (no quoted line breaks).
 */
function countDataLines(path: string): number {
  return (
    readFileSync(path, "utf8")
      .split(/\r?\n/)
      .filter((l) => l.trim() !== "").length - 1
  );
}

/** Distinct non-empty values of the 5th field (ubigeo), read from the raw lines. */
function distinctUbigeosOfLines(path: string): number {
  const [, ...lines] = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  // barrio, departamento, provincia, distrito hold no quotes or commas, so field 5 is the ubigeo.
  return new Set(lines.map((l) => l.split(",")[4] ?? "").filter((u) => u !== "")).size;
}

describe("buildBarrioSeguro on the real raw folder and the repo register", () => {
  it("merges the 12 register rows and the 27 press rows into 36 barrios", async () => {
    expect(districts.length).toBe(1891);
    const registerRows = countDataLines(join(REPO_DATA, REGISTER_FILE));
    const pressRows = countDataLines(join(RAW, PRESS_FILE));
    // SOURCES.md (barrio-seguro-prensa): 27 rows, 26 distinct ubigeos (only Chincha has none).
    expect([registerRows, pressRows]).toEqual([12, 27]);
    expect(distinctUbigeosOfLines(join(RAW, PRESS_FILE))).toBe(26);
    const r = await buildBarrioSeguro(RAW, REPO_DATA, ids, districts);
    const data = parsed(r.json);
    // 12 + 27 = 39 rows, minus three merges (each reported): the El Milagro press row (same name and
    // district as register row 13), the unnamed 2022 schedule row of Huanchaco (joins El Milagro,
    // no. 105) and the unnamed 2022 schedule row of Pillco Marca (joins the press row Cayhuayna,
    // no. 106). 39 − 3 = 36. No other unnamed row shares a district with another row.
    expect(data.rows.length).toBe(registerRows + pressRows - 3);
    expect(data.rows.length).toBe(36);
    // Register: 12 rows in 11 districts (El Milagro and the Huanchaco schedule row share 130104).
    // Press: 26 distinct ubigeos, all in the layer.
    expect(r.sources.map((s) => [s.id, s.rowsRead, s.matched])).toEqual([
      ["barrio-seguro-registro", 12, 11],
      ["barrio-seguro-prensa", 27, 26],
    ]);
    // 36 barrios − Chincha (province only) = 35 with a district; 11 + 26 − 2 shared districts
    // (Huanchaco 130104, Pillco Marca 100111) = 35 distinct districts, one barrio each.
    expect(r.report[0]).toContain("35 de 99 barrios con distrito identificado");
    expect(new Set(data.rows.flatMap((x) => (x.ubigeo ? [x.ubigeo] : []))).size).toBe(35);
    expect(r.report.filter((l) => /se une a|unidos\./.test(l)).length).toBe(3);
  });

  it("keeps every source of a merged barrio", async () => {
    const data = parsed((await buildBarrioSeguro(RAW, REPO_DATA, ids, districts)).json);
    const milagro = data.rows.find((x) => x.barrio === "El Milagro");
    expect(milagro?.ubigeo).toBe("130104");
    expect(milagro?.nationalNumber).toBe(105);
    expect(milagro?.status).toBe("operativo");
    expect(milagro?.sources.length).toBe(3);
    expect(milagro?.origins.sort()).toEqual(["prensa", "registro"]);
    const cayhuayna = data.rows.find((x) => x.barrio === "Cayhuayna");
    expect(cayhuayna?.ubigeo).toBe("100111");
    expect(cayhuayna?.year).toBe(2022);
  });

  it("resolves names to ubigeos and ids, and locates the Chincha row by province", async () => {
    const data = parsed((await buildBarrioSeguro(RAW, REPO_DATA, ids, districts)).json);
    const byUbigeo = (u: string) => data.rows.find((x) => x.ubigeo === u);
    expect(byUbigeo("150119")?.district).toBe("LURIN");
    expect(byUbigeo("210501")?.district).toBe("ILAVE");
    expect(byUbigeo("250101")?.districtId).toBe(ids.get("250101"));
    expect(data.rows.every((x) => x.ubigeo === null || x.districtId !== null)).toBe(true);
    const chincha = data.rows.filter((x) => x.ubigeo === null);
    expect(chincha.map((x) => [x.provinceCode, x.departmentCode])).toEqual([["1102", "11"]]);
  });

  it("reports the hand-set ubigeos whose names differ from the layer", async () => {
    const r = await buildBarrioSeguro(RAW, REPO_DATA, ids, districts);
    expect(r.report.some((l) => l.includes('"SURCO"') && l.includes("Santiago de Surco"))).toBe(
      true,
    );
    expect(r.report.some((l) => l.includes('"PILCOMARCA"') && l.includes("Pillco Marca"))).toBe(
      true,
    );
  });

  it("attaches the document's region table: 19 regions, 99 barrios, 93 districts", async () => {
    const data = parsed((await buildBarrioSeguro(RAW, REPO_DATA, ids, districts)).json);
    expect(data.regionTotals.length).toBe(19);
    expect(data.regionTotals.reduce((s, x) => s + x.barrios, 0)).toBe(99);
    expect(data.documentTotal).toEqual({ barrios: 99, districts: 93, regions: 19 });
    const lp = data.regionTotals.find((x) => x.region === "LIMA PROVINCIAS");
    expect([lp?.prefixes, lp?.excludePrefixes]).toEqual([["15"], ["1501"]]);
  });
});

describe("buildBarrioSeguro on temporary folders", () => {
  const setup = (register: string) => {
    const dir = mkdtempSync(join(tmpdir(), "bs-"));
    const data = join(dir, "data");
    const raw = join(dir, "raw");
    mkdirSync(data);
    mkdirSync(raw);
    writeFileSync(join(data, REGISTER_FILE), register);
    copyFileSync(join(REPO_DATA, REGIONS_FILE), join(data, REGIONS_FILE));
    return { data, raw };
  };
  const header =
    "barrio,departamento,provincia,distrito,ubigeo,numero_nacional,fecha,estado,fuente,nota\n";

  it("goes on without the press file and says so", async () => {
    const { data, raw } = setup(`${header}X,LIMA,LIMA,RIMAC,,,2017,operativo,fixture,\n`);
    const r = await buildBarrioSeguro(raw, data, ids, districts);
    expect(r.report.some((l) => l.startsWith(PRESS_FILE) && l.includes("no está"))).toBe(true);
    expect(r.sources.length).toBe(1);
    expect(parsed(r.json).rows[0]?.ubigeo).toBe("150128");
  });

  it("stops on a bad date, naming file, row and column", async () => {
    const { data, raw } = setup(`${header}X,LIMA,LIMA,RIMAC,,,09/06/2022,operativo,fixture,\n`);
    await expect(buildBarrioSeguro(raw, data, ids, districts)).rejects.toThrow(
      /data\/barrio-seguro-register\.csv, fila 2, columna fecha: fecha "09\/06\/2022" inválida/,
    );
  });

  it("stops on a row without source", async () => {
    const { data, raw } = setup(`${header}X,LIMA,LIMA,RIMAC,,,2017,operativo,,\n`);
    await expect(buildBarrioSeguro(raw, data, ids, districts)).rejects.toThrow(/columna fuente/);
  });

  it("reports a name not found in the layer and a row without the districts list", async () => {
    const { data, raw } = setup(`${header}X,LIMA,LIMA,ATLANTIDA,,,2017,operativo,fixture,\n`);
    const r = await buildBarrioSeguro(raw, data, ids, districts);
    expect(r.report.some((l) => l.includes("ATLANTIDA") && l.includes("no se encontró"))).toBe(
      true,
    );
    const r2 = await buildBarrioSeguro(raw, data, ids);
    expect(r2.report.some((l) => l.includes("sin lista de distritos"))).toBe(true);
  });

  it("does not merge two named barrios of the same district", async () => {
    const { data, raw } = setup(
      `${header}A,LIMA,LIMA,RIMAC,,,2017,operativo,f1,\nB,LIMA,LIMA,RIMAC,,,2017,operativo,f2,\na,LIMA,LIMA,RIMAC,150128,,,operativo,f3,\n`,
    );
    const rows = parsed((await buildBarrioSeguro(raw, data, ids, districts)).json).rows;
    // "A" and "a" are the same barrio (nameKey); B stays apart
    expect(rows.map((x) => [x.barrio, x.sources])).toEqual([
      ["A", ["f1", "f3"]],
      ["B", ["f2"]],
    ]);
  });
});
