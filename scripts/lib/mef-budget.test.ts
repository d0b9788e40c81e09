import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../src/data/contract";
import { buildMefBudget, MEF_BUDGET_FILE } from "./mef-budget";

// Same convention as scripts/build-data.ts: DATA_DIR, else ../shared/data/raw from the repo root.
const RAW = resolve(__dirname, "../..", process.env.DATA_DIR ?? "../shared/data/raw");
const LAYER = join(RAW, "mapsperu-boundaries-2025/peru_distritos_1891.geojson");

/** Ubigeo → id of the real 1,891 layer, in file order (the test only needs a bijection). */
function loadLayerIds(): Map<string, number> {
  const json: unknown = JSON.parse(readFileSync(LAYER, "utf8"));
  const codes: string[] = [];
  if (typeof json === "object" && json !== null && "features" in json) {
    const features: unknown = json.features;
    if (Array.isArray(features)) {
      for (const f of features) {
        const p: unknown = typeof f === "object" && f !== null ? f.properties : null;
        if (typeof p === "object" && p !== null && "COD_DISTRITO" in p) {
          codes.push(String(p.COD_DISTRITO));
        }
      }
    }
  }
  return new Map(codes.map((u, i) => [u, i]));
}

const valueOf = (
  series: readonly Series[],
  ids: ReadonlyMap<string, number>,
  key: string,
  year: number,
  ubigeo: string,
): number | null | undefined => {
  const id = ids.get(ubigeo);
  const s = series.find((x) => x.key === key && x.year === year);
  return id === undefined || !s ? undefined : s.values[id];
};

const nonNull = (series: readonly Series[], key: string, year: number): number =>
  series.find((s) => s.key === key && s.year === year)?.values.filter((v) => v !== null).length ??
  -1;

describe("buildMefBudget on the real raw file", () => {
  let ids = new Map<string, number>();
  let out: ReturnType<typeof buildMefBudget>;
  beforeAll(() => {
    ids = loadLayerIds();
    // Both final years are read here to check the values; the app ships MEF_BUDGET_YEARS (2023).
    out = buildMefBudget(RAW, ids, [2022, 2023]);
  });

  it("writes four keys for 2022 and 2023 only", () => {
    expect(ids.size).toBe(1891);
    expect(out.series.map((s) => `${s.key} ${s.year}`)).toEqual([
      "muni_devengado 2022",
      "muni_devengado 2023",
      "muni_pim 2022",
      "muni_pim 2023",
      "muni_prov_devengado 2022",
      "muni_prov_devengado 2023",
      "muni_prov_pim 2022",
      "muni_prov_pim 2023",
    ]);
    expect(out.series.every((s) => s.values.length === 1891 && s.unit === "S/")).toBe(true);
  });

  // Expected amounts read once, independently of the build, with awk over the raw file:
  //   awk -F, '($1=="2022"||$1=="2023") && ($2=="150101"||$2=="150132"||$2=="010102"||
  //     $2=="130112"||$2=="160801") {print $1, $2, $4, $5, "pim="$9, "devengado="$13}' \
  //     mef-presupuesto-municipal-2015-2025/mef_municipal_budget_2015_2025.csv
  // (column 9 = pim, column 13 = devengado; the file has no quoted fields) and copied here by hand.
  it("copies devengado and PIM of district municipalities unchanged", () => {
    const v = (key: string, year: number, ubigeo: string) =>
      valueOf(out.series, ids, key, year, ubigeo);
    // 2022 010102 MUNICIPALIDAD DISTRITAL DE ASUNCION: pim=1159435 devengado=1043963
    expect(v("muni_pim", 2022, "010102")).toBe(1159435);
    expect(v("muni_devengado", 2022, "010102")).toBe(1043963);
    // 2023 010102: pim=804839 devengado=787410
    expect(v("muni_pim", 2023, "010102")).toBe(804839);
    expect(v("muni_devengado", 2023, "010102")).toBe(787410);
    // 2023 150132 SAN JUAN DE LURIGANCHO: pim=366439754 devengado=275912549
    expect(v("muni_pim", 2023, "150132")).toBe(366439754);
    expect(v("muni_devengado", 2023, "150132")).toBe(275912549);
    // 2022 150132: pim=312404070 devengado=216199444
    expect(v("muni_devengado", 2022, "150132")).toBe(216199444);
    // 2023 130112 ALTO TRUJILLO (created 2023): pim=10525412 devengado=2304073; no 2022 row.
    expect(v("muni_devengado", 2023, "130112")).toBe(2304073);
    expect(v("muni_pim", 2023, "130112")).toBe(10525412);
    expect(v("muni_devengado", 2022, "130112")).toBeNull();
    // District municipalities have no provincial value.
    expect(v("muni_prov_devengado", 2023, "150132")).toBeNull();
  });

  it("puts provincial municipalities (150101 Lima Metropolitana, 160801 Putumayo) only in muni_prov_*", () => {
    const v = (key: string, year: number, ubigeo: string) =>
      valueOf(out.series, ids, key, year, ubigeo);
    // 2023 150101 MUNICIPALIDAD METROPOLITANA DE LIMA PROVINCIAL: pim=1443207124 devengado=1182965570
    expect(v("muni_prov_pim", 2023, "150101")).toBe(1443207124);
    expect(v("muni_prov_devengado", 2023, "150101")).toBe(1182965570);
    // 2022 150101: pim=1767598234 devengado=1489523183
    expect(v("muni_prov_devengado", 2022, "150101")).toBe(1489523183);
    expect(v("muni_prov_pim", 2022, "150101")).toBe(1767598234);
    // 2023 160801 MUNICIPALIDAD PROVINCIAL DE PUTUMAYO: pim=6141247 devengado=5855667
    expect(v("muni_prov_devengado", 2023, "160801")).toBe(5855667);
    for (const key of ["muni_devengado", "muni_pim"]) {
      expect(v(key, 2023, "150101")).toBeNull();
      expect(v(key, 2022, "150101")).toBeNull();
      expect(v(key, 2023, "160801")).toBeNull();
    }
  });

  it("counts 196 provincial and 1,695 district municipalities in 2023 (1,891 in all)", () => {
    // awk -F, '$1=="2023"{n++; if($5=="PROVINCIAL")p++} END{print n, p}' → 1891 196
    expect(nonNull(out.series, "muni_prov_devengado", 2023)).toBe(196);
    expect(nonNull(out.series, "muni_devengado", 2023)).toBe(1891 - 196);
    expect(nonNull(out.series, "muni_pim", 2023)).toBe(1891 - 196);
    // 2022: 1,890 municipalities (no Alto Trujillo yet), 196 provincial.
    expect(nonNull(out.series, "muni_prov_pim", 2022)).toBe(196);
    expect(nonNull(out.series, "muni_devengado", 2022)).toBe(1890 - 196);
    expect(out.issues).toEqual([]);
  });

  it("reports rows read, municipalities per year and the 2015 code 160109 as unmatched", () => {
    // wc -l = 20,675 lines = header + 20,674 rows.
    expect(out.coverage).toEqual({
      rowsRead: 20674,
      matched: 1891,
      unmatched: ["160109"],
      repaired: 0,
      missing: 0,
    });
    const text = out.report.join("\n");
    expect(text).toContain("20,674 filas leídas");
    expect(text).toContain("2015: 1,854 (196)");
    expect(text).toContain("2023: 1,891 (196)");
    expect(text).toContain("2023: 1,695 distritales + 196 provinciales = 1,891 de 1,891 distritos");
    expect(text).toContain("160109 (2015: MUNICIPALIDAD DISTRITAL DE PUTUMAYO)");
  });
});

describe("buildMefBudget on temporary files", () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });
  const HEADER =
    "anio,ubigeo,sec_ejec,municipalidad,tipo,departamento,provincia,pia,pim,certificacion,compromiso_anual,atencion_compromiso_mensual,devengado,girado,avance_pct";
  const row = (year: number, ubigeo: string, tipo: string, pim: string, dev: string): string =>
    `${year},${ubigeo},300001,MUNI ${ubigeo},${tipo},D,P,1,${pim},1,1,1,${dev},1,50.0`;
  const rawWith = (lines: string[]): string => {
    const dir = mkdtempSync(join(tmpdir(), "mef-"));
    temps.push(dir);
    mkdirSync(dirname(join(dir, MEF_BUDGET_FILE)), { recursive: true });
    writeFileSync(join(dir, MEF_BUDGET_FILE), `${[HEADER, ...lines].join("\n")}\n`);
    return dir;
  };
  // Two provinces 0101 (capital 010101) and 0102 (capital 010201).
  const ids = new Map([
    ["010101", 0],
    ["010102", 1],
    ["010201", 2],
    ["010202", 3],
  ]);

  it("splits by type, keeps only the asked years, repairs a lost zero, empty cell → null", () => {
    const raw = rawWith([
      row(2021, "010102", "DISTRITAL", "9", "9"),
      row(2022, "010101", "PROVINCIAL", "100", "80"),
      row(2022, "10102", "DISTRITAL", "50", ""),
      row(2022, "010201", "PROVINCIAL", "70", "60"),
      row(2022, "999999", "DISTRITAL", "1", "1"),
    ]);
    const out = buildMefBudget(raw, ids, [2022]);
    const values = (key: string) => out.series.find((s) => s.key === key)?.values;
    expect(values("muni_pim")).toEqual([null, 50, null, null]);
    expect(values("muni_devengado")).toEqual([null, null, null, null]);
    expect(values("muni_prov_pim")).toEqual([100, null, 70, null]);
    expect(values("muni_prov_devengado")).toEqual([80, null, 60, null]);
    expect(out.series.every((s) => s.year === 2022)).toBe(true);
    expect(out.coverage).toEqual({
      rowsRead: 5,
      matched: 3,
      unmatched: ["999999"],
      repaired: 1,
      missing: 1,
    });
    expect(out.issues).toEqual([]);
  });

  it("warns when the provincial count differs from the provinces of the layer", () => {
    const raw = rawWith([row(2022, "010101", "PROVINCIAL", "1", "1")]);
    expect(buildMefBudget(raw, ids, [2022]).issues.join("\n")).toContain(
      "1 municipalidades provinciales en 2022 y 2 provincias",
    );
  });

  it("stops on an unknown type, naming file, row and column", () => {
    const raw = rawWith([row(2022, "010101", "REGIONAL", "1", "1")]);
    expect(() => buildMefBudget(raw, ids, [2022])).toThrow(
      `${MEF_BUDGET_FILE}, fila 2, columna tipo: se esperaba PROVINCIAL o DISTRITAL y hay "REGIONAL".`,
    );
  });

  it("stops on two rows for the same ubigeo and year", () => {
    const raw = rawWith([
      row(2022, "010102", "DISTRITAL", "1", "1"),
      row(2022, "010102", "DISTRITAL", "2", "2"),
    ]);
    expect(() => buildMefBudget(raw, ids, [2022])).toThrow(
      "fila 3, columna ubigeo: ubigeo 010102 repetido en el año 2022 (ya en la fila 2)",
    );
  });

  it("stops on a non-numeric amount in a year it writes", () => {
    const raw = rawWith([row(2022, "010102", "DISTRITAL", "abc", "1")]);
    expect(() => buildMefBudget(raw, ids, [2022])).toThrow(
      `${MEF_BUDGET_FILE}, fila 2, columna pim: se esperaba un número y hay "abc".`,
    );
  });
});
