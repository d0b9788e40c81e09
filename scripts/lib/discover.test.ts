import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeColumns, discoverSources } from "./discover";
import type { SourceSpec } from "./sources";

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A raw folder holding the given files (path relative to it → content). */
function rawWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "discover-"));
  temps.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const spec = (id: string, folder: string, files: string[], ignoredFiles: string[] = []) =>
  ({
    id,
    name: id,
    publisher: "",
    url: "",
    licence: "",
    years: [],
    folder,
    files,
    ignoredFiles,
    level: "district",
    note: "",
  }) satisfies SourceSpec;

const ids = new Map([
  ["010101", 0],
  ["010102", 1],
]);

// The MEF layout (mef_municipal_budget_2015_2025.csv) in a folder nobody declared.
const BUDGET =
  "anio,ubigeo,sec_ejec,municipalidad,tipo,pim,devengado,avance_pct\n" +
  "2022,010101,300001,MUNI A,PROVINCIAL,100,80,80.0\n" +
  "2022,010102,300002,MUNI B,DISTRITAL,50,25,50.0\n";

describe("discoverSources", () => {
  it("takes amounts and skips codes, executing units, years, text and progress %", () => {
    const raw = rawWith({ "presupuesto/budget.csv": BUDGET });
    const { found } = discoverSources(raw, [], ids);
    expect(found.length).toBe(1);
    const d = found[0];
    if (!d) throw new Error("no file found");
    expect(d.series.map((s) => `${s.key} ${s.year}`)).toEqual([
      "presupuesto__devengado 2022",
      "presupuesto__pim 2022",
    ]);
    expect(d.columns.filter((c) => !c.take)).toEqual([
      { column: "anio", take: false, reason: "time" },
      { column: "ubigeo", take: false, reason: "key" },
      { column: "sec_ejec", take: false, reason: "executingUnit" },
      { column: "municipalidad", take: false, reason: "text" },
      { column: "tipo", take: false, reason: "text" },
      { column: "avance_pct", take: false, reason: "progress" },
    ]);
  });

  it("describes taken and skipped columns for the build report", () => {
    const raw = rawWith({ "presupuesto/budget.csv": BUDGET });
    const d = discoverSources(raw, [], ids).found[0];
    if (!d) throw new Error("no file found");
    expect(describeColumns(d)).toEqual([
      "presupuesto/budget.csv:",
      "  columnas tomadas (2): pim → presupuesto__pim (2022); devengado → presupuesto__devengado (2022)",
      "  columnas omitidas (6): anio (año, mes o fecha); ubigeo (clave de ubigeo del archivo); sec_ejec (unidad ejecutora o pliego, código SIAF); municipalidad (texto, no numérica); tipo (texto, no numérica); avance_pct (porcentaje de avance)",
    ]);
  });

  it("writes consecutive years of a taken column as a range", () => {
    const raw = rawWith({
      "largo/l.csv": "ubigeo,anio,casos\n010101,2020,1\n010101,2021,2\n010101,2023,3\n",
    });
    const d = discoverSources(raw, [], ids).found[0];
    if (!d) throw new Error("no file found");
    expect(describeColumns(d)[1]).toBe(
      "  columnas tomadas (1): casos → largo__casos (2020–2021, 2023)",
    );
  });

  it("never discovers a file declared in sources.json (files or ignoredFiles, ./ or \\ paths)", () => {
    const raw = rawWith({ "mef/budget.csv": BUDGET, "otra/b.csv": BUDGET });
    const r = discoverSources(
      raw,
      [spec("mef", "mef", ["./mef/budget.csv"]), spec("otra", "otra/", [], ["otra\\b.csv"])],
      ids,
    );
    expect(r.found).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  it("does not discover an unlisted CSV inside a declared source's folder, and says so", () => {
    const raw = rawWith({ "mef/budget.csv": BUDGET, "mef/extra.csv": BUDGET });
    const r = discoverSources(raw, [spec("mef", "mef", ["mef/budget.csv"])], ids);
    expect(r.found).toEqual([]);
    expect(r.skipped.map((s) => s.line)).toEqual([
      "mef/extra.csv: está en la carpeta de la fuente declarada «mef» pero no figura en sus files ni ignoredFiles (data/sources.json); no se descubre.",
    ]);
  });

  it("lists the columns of a ubigeo file that gives no series", () => {
    const raw = rawWith({ "codigos/c.csv": "ubigeo,id_n,sec_ejec,nombre\n010101,1,300001,A\n" });
    const r = discoverSources(raw, [], ids);
    expect(r.found).toEqual([]);
    expect(r.skipped).toEqual([
      {
        line: "codigos/c.csv: tiene ubigeo pero ninguna columna utilizable.",
        details: [
          "  columnas tomadas (0): ninguna",
          "  columnas omitidas (4): ubigeo (clave de ubigeo del archivo); id_n (nombre de código o identificador); sec_ejec (unidad ejecutora o pliego, código SIAF); nombre (texto, no numérica)",
        ],
      },
    ]);
  });
});
