import { describe, expect, it } from "vitest";
import { papaRecordParser } from "../workers/import-client";
import { describeImportProblem } from "../i18n/import-copy";
import type { ImportProblem } from "./import-report";

/** A problem as the Spanish UI words it. */
const problemText = (p: ImportProblem): string => describeImportProblem("es", p);
import {
  createAggregator,
  createCsvStream,
  type AggregateResult,
  type ImportSpec,
} from "./import-aggregate";
import { createJoinTarget, type DistrictRef } from "./import-join";
import type { ImportReport } from "./import-report";

// Test fixture: four districts.
const districts = (): DistrictRef[] => [
  { id: 0, ubigeo: "150101", name: "Lima", province: "Lima", department: "Lima" },
  { id: 1, ubigeo: "010101", name: "Chachapoyas", province: "Chachapoyas", department: "Amazonas" },
  { id: 2, ubigeo: "020101", name: "Huaraz", province: "Huaraz", department: "Áncash" },
  { id: 3, ubigeo: "130101", name: "Trujillo", province: "Trujillo", department: "La Libertad" },
];

/** Run CSV text through the streaming driver in chunks of `chunk` bytes. */
function runCsv(
  text: string | Uint8Array,
  spec: ImportSpec,
  chunk = 7,
  sniffBytes = 8,
): { report: ImportReport; result: AggregateResult | null } {
  const agg = createAggregator(spec, createJoinTarget(districts()));
  // sniffBytes 8: decide encoding/delimiter early so chunk boundaries are really exercised.
  const stream = createCsvStream(agg, spec, "prueba.csv", papaRecordParser, { sniffBytes });
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < bytes.length; i += chunk) stream.push(bytes.slice(i, i + chunk));
  stream.end();
  return agg.finish();
}

const longSpec = (
  extra: Partial<Extract<ImportSpec["shape"], { kind: "long" }>> = {},
): ImportSpec => ({
  encoding: "auto",
  delimiter: "auto",
  joinBy: { kind: "ubigeo", column: "ubigeo" },
  shape: { kind: "long", valueColumn: "n", ...extra },
});

const col = (r: AggregateResult | null, key: string, year: number | null = null) =>
  r?.columns.find((c) => c.key === key && c.year === year);

describe("long shape", () => {
  it("sums values per district (chunked stream, repaired zero)", () => {
    // 150101: 2 + 3 = 5; 010101 written 10101: 4 (repaired).
    const { report, result } = runCsv("ubigeo;n\n150101;2\n10101;4\n150101;3\n", longSpec());
    expect(col(result, "n")?.values).toEqual([5, 4, null, null]);
    expect(report).toMatchObject({
      rowsRead: 3,
      rowsJoined: 3,
      districtsJoined: 2,
      repairedCodes: 1,
    });
    expect(report.delimiter).toBe(";");
  });
  it("groups by a column and by year, with zero fill", () => {
    const csv = "anio,ubigeo,tipo,n\n2023,150101,Robo,2\n2023,150101,robo,1\n2024,130101,Hurto,5\n";
    const { result } = runCsv(
      csv,
      longSpec({ groupColumn: "tipo", yearColumn: "anio", zeroFill: true }),
    );
    // "Robo"/"robo" merge: 2 + 1 = 3; zero fill creates hurto 2023 and robo 2024. Lima (0) and
    // Trujillo (3) appear in the file, so they get 0 where they have no row; Chachapoyas (1) and
    // Huaraz (2) never appear: null (no data, not zero).
    expect(col(result, "robo", 2023)?.values).toEqual([3, null, null, 0]);
    expect(col(result, "robo", 2024)?.values).toEqual([0, null, null, 0]);
    expect(col(result, "hurto", 2024)?.values).toEqual([0, null, null, 5]);
    expect(col(result, "hurto", 2023)?.values).toEqual([0, null, null, 0]);
    expect(result?.columns).toHaveLength(4);
    expect(result?.years).toEqual([2023, 2024]);
  });
  it("zero fill gives no column to a mapped group with no row in the file", () => {
    const mapping = {
      groups: [
        { id: "robo", patterns: ["ROBO"] },
        { id: "homicidio", patterns: ["HOMICIDIO"] },
      ],
      fallback: "otro",
    };
    const csv = "anio,ubigeo,tipo,n\n2023,150101,ROBO,2\n2024,130101,SECUESTRO,1\n";
    const { report, result } = runCsv(
      csv,
      longSpec({ groupColumn: "tipo", groupMapping: mapping, yearColumn: "anio", zeroFill: true }),
    );
    // robo and otro (fallback, SECUESTRO) occur; homicidio never does: no column, not zeros.
    expect(result?.columns.map((c) => `${c.key} ${c.year}`)).toEqual([
      "otro 2023",
      "otro 2024",
      "robo 2023",
      "robo 2024",
    ]);
    expect(col(result, "otro", 2024)?.values).toEqual([0, null, null, 1]);
    expect(col(result, "robo", 2024)?.values).toEqual([0, null, null, 0]);
    expect(report.unmappedGroups).toEqual([{ value: "SECUESTRO", rows: 1, total: 1 }]);
  });
  it("zero fill leaves null a district whose only rows were rejected", () => {
    // Huaraz (20101) has one row, with a negative count: dropped, so it never joined.
    const csv = "anio,ubigeo,n\n2023,150101,4\n2023,20101,-1\n";
    const { result } = runCsv(csv, longSpec({ yearColumn: "anio", zeroFill: true }));
    expect(col(result, "n", 2023)?.values).toEqual([4, null, null, null]);
  });
  it("applies a filter and counts the filtered rows", () => {
    const csv = "ubigeo,tipo,n\n150101,ROBO,2\n150101,Hurto,7\n150101,robó,1\n";
    const { report, result } = runCsv(
      csv,
      longSpec({ filter: { column: "tipo", values: ["Robo"] } }),
    );
    // ROBO (2) and robó (1) pass (accent-insensitive); Hurto is filtered: 3.
    expect(col(result, "n")?.values[0]).toBe(3);
    expect(report.rowsFiltered).toBe(1);
  });
  it("reports non-numeric, negative and unjoined rows with row numbers, and skips them", () => {
    const csv = "ubigeo,n\n150101,x\n150101,-2\n999901,1\n0101,1\n150101,4\n";
    const { report, result } = runCsv(csv, longSpec());
    expect(col(result, "n")?.values[0]).toBe(4);
    const byKind = (k: string) => report.problems.filter((p) => p.kind === k).map(problemText);
    expect(byKind("non-numeric")).toEqual(['prueba.csv, fila 2: "x" no es un número']);
    expect(byKind("negative")).toEqual(["prueba.csv, fila 3: conteo negativo (-2)"]);
    expect(byKind("unjoined")).toEqual([
      "prueba.csv, fila 4: el ubigeo 999901 no existe en la capa de distritos",
    ]);
    expect(byKind("province-level")[0]).toContain("fila 5");
    expect(report.unjoinedCodes).toEqual([
      { code: "010100", rows: 1 },
      { code: "999901", rows: 1 },
    ]);
  });
  it("skips duplicates of the unique key (same district after repair)", () => {
    const csv = "ubigeo,mes,n\n10101,1,4\n010101,1,4\n010101,2,1\n";
    const { report, result } = runCsv(csv, longSpec({ uniqueKey: ["mes"] }));
    // Row 3 repeats (010101, mes 1): 4 + 1 = 5, not 9.
    expect(col(result, "n")?.values[1]).toBe(5);
    expect(report.problemCounts.duplicate).toBe(1);
    expect(report.problems.find((p) => p.kind === "duplicate")?.row).toBe(3);
  });
  it("maps groups and lists unmapped values with counts", () => {
    const mapping = { groups: [{ id: "prop", patterns: ["ROBO"] }], fallback: "otro" };
    const csv =
      "ubigeo,tipo,n\n150101,ROBO AGRAVADO,2\n150101,Estafa rara,3\n150101,Estafa rara,1\n";
    const { report, result } = runCsv(
      csv,
      longSpec({ groupColumn: "tipo", groupMapping: mapping }),
    );
    expect(col(result, "prop")?.values[0]).toBe(2);
    expect(col(result, "otro")?.values[0]).toBe(4);
    expect(report.unmappedGroups).toEqual([{ value: "Estafa rara", rows: 2, total: 4 }]);
  });
  it("records months per year and rejects bad years/months", () => {
    const csv =
      "anio,mes,ubigeo,n\n2024,1,150101,1\n2024,junio,150101,1\n20x4,1,150101,1\n2024,13,150101,1\n";
    const { report, result } = runCsv(csv, longSpec({ yearColumn: "anio", monthColumn: "mes" }));
    expect(result?.monthsByYear).toEqual({ "2024": [1, 6] });
    expect(col(result, "n", 2024)?.months).toEqual([1, 6]);
    expect(report.problemCounts["invalid-year"]).toBe(1);
    expect(report.problemCounts["invalid-month"]).toBe(1);
  });
  it("keeps quoted fields with delimiters and line breaks across chunks", () => {
    const csv = 'ubigeo,nota,n\n150101,"a, b\nc",2\n150101,"x ""y""",3\n';
    const { report, result } = runCsv(csv, longSpec(), 3);
    expect(col(result, "n")?.values[0]).toBe(5);
    expect(report.rowsRead).toBe(2);
  });
  it("handles CRLF and a Latin-1 file", () => {
    const bytes = Uint8Array.from(Buffer.from("ubigeo;dpto;n\r\n20101;ÁNCASH;7\r\n", "latin1"));
    // Default sniff window (64 KB): the Latin-1 "Á" is seen before the encoding is decided.
    const { report, result } = runCsv(bytes, longSpec(), 7, 64 * 1024);
    expect(report.encoding).toBe("windows-1252");
    expect(col(result, "n")?.values[2]).toBe(7);
  });
});

describe("line endings", () => {
  it("reads an old-Mac file with lone CR line ends", () => {
    // 150101: 1 + 2 = 3, rows 2 and 3.
    const { report, result } = runCsv("ubigeo,n\r150101,1\r150101,2\r", longSpec());
    expect(col(result, "n")?.values[0]).toBe(3);
    expect(report.rowsRead).toBe(2);
  });
  it("counts blank lines in row numbers", () => {
    const { report } = runCsv("ubigeo,n\n\n\n150101,x\n", longSpec(), 1);
    expect(report.problems[0]).toMatchObject({ kind: "non-numeric", row: 4 });
  });
});

describe("wide shape", () => {
  const wide = (columns: string[]): ImportSpec => ({
    encoding: "auto",
    delimiter: "auto",
    joinBy: { kind: "names", department: "dep", province: "prov", district: "dist" },
    shape: { kind: "wide", columns },
  });
  it("joins by names and reads numbers and categories", () => {
    const csv =
      "dep;prov;dist;tasa;semaforo\nLima;Lima;Lima;1,5;verde\nANCASH;HUARAZ;HUARAZ;2;rojo\nAmazonas;Chachapoyas;Chachapoyas;x;ámbar\n";
    const { report, result } = runCsv(csv, wide(["tasa", "semaforo"]));
    expect(col(result, "tasa")).toMatchObject({ kind: "numeric", values: [1.5, null, 2, null] });
    expect(col(result, "semaforo")).toMatchObject({
      kind: "categorical",
      categories: ["verde", "ámbar", "rojo", null],
    });
    // "x" in the numeric column is reported; the categorical column's text is not.
    expect(report.problemCounts["non-numeric"]).toBe(1);
    expect(problemText(report.problems.find((p) => p.kind === "non-numeric")!)).toContain("fila 4");
    expect(report.categorical[0]?.categories).toHaveLength(3);
  });
  it("keeps the first row of a repeated district and reports the duplicate", () => {
    const csv = "dep,prov,dist,v\nLima,Lima,Lima,1\nLIMA,LIMA,LIMA,2\n";
    const { report, result } = runCsv(csv, wide(["v"]));
    expect(col(result, "v")?.values[0]).toBe(1);
    expect(report.problems.find((p) => p.kind === "duplicate")?.row).toBe(3);
  });
});

describe("fatal errors", () => {
  it("names missing columns and lists the file's columns", () => {
    const { report, result } = runCsv("codigo,n\n150101,1\n", longSpec());
    expect(result).toBeNull();
    expect(report.fatal?.detail).toEqual({
      code: "missingColumns",
      missing: ["ubigeo"],
      available: ["codigo", "n"],
      headerGuess: null,
    });
    expect(problemText(report.fatal!)).toBe(
      'prueba.csv, fila 1: falta la columna "ubigeo" (columnas del archivo: "codigo", "n")',
    );
  });
  it("reports an empty file and a header-only file", () => {
    expect(runCsv("", longSpec()).report.fatal?.detail).toEqual({ code: "emptyFile" });
    const headerOnly = runCsv("ubigeo,n\n", longSpec());
    expect(headerOnly.report.fatal).toBeNull();
    expect(headerOnly.report.rowsRead).toBe(0);
  });
  it("reports short rows as parse problems", () => {
    const { report } = runCsv("ubigeo,n\n150101\n", longSpec());
    expect(report.problems[0]).toMatchObject({ kind: "parse", row: 2 });
  });
});
