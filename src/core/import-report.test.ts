import { describe, expect, it } from "vitest";
import { describeImportProblem, summarizeImport, unjoinedCsvWords } from "../i18n/import-copy";
import { createReportBuilder, unjoinedToCsv } from "./import-report";

const base = {
  files: ["a.csv"],
  encoding: "utf-8",
  delimiter: ";",
  rowsRead: 3,
  rowsFiltered: 0,
  rowsJoined: 1,
  districtsJoined: 1,
  repairedCodes: 0,
  unmappedGroups: [],
  categorical: [],
  years: [],
  monthsByYear: {},
};

describe("report builder", () => {
  it("keeps file, row and a coded detail; the UI words them (row 0 = whole file)", () => {
    const b = createReportBuilder();
    b.addProblem("negative", "a.csv", 4, { code: "negativeCount", value: -2 }, "-2");
    b.addProblem("fatal", "a.csv", 0, { code: "emptyFile" });
    const [negative, empty] = b.build(base).problems.slice().reverse();
    expect(negative).toEqual({
      kind: "negative",
      file: "a.csv",
      row: 4,
      value: "-2",
      detail: { code: "negativeCount", value: -2 },
    });
    expect(describeImportProblem("es", negative!)).toBe("a.csv, fila 4: conteo negativo (-2)");
    expect(describeImportProblem("en", negative!)).toBe("a.csv, row 4: negative count (-2)");
    expect(describeImportProblem("es", empty!)).toBe("a.csv: el archivo está vacío");
  });
  it("keeps exact counts but only the first N problems per kind", () => {
    const b = createReportBuilder(2);
    for (let row = 2; row <= 6; row++)
      b.addProblem("negative", "a.csv", row, { code: "negativeCount", value: -1 });
    const r = b.build(base);
    expect(r.problemCounts.negative).toBe(5);
    expect(r.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(r.problemsTruncated).toBe(true);
    expect(summarizeImport("es", r)).toContain("Conteo negativo: 5 filas.");
    expect(summarizeImport("en", r)).toContain("Negative count: 5 rows.");
  });
  it("counts distinct unjoined codes, most rows first", () => {
    const b = createReportBuilder();
    for (const c of ["999901", "888801", "999901"]) b.addUnjoinedCode(c);
    const r = b.build(base);
    expect(r.unjoinedCodes).toEqual([
      { code: "999901", rows: 2 },
      { code: "888801", rows: 1 },
    ]);
    expect(r.unjoinedOverflowRows).toBe(0);
  });
  it("keeps the first fatal error only", () => {
    const b = createReportBuilder();
    b.setFatal("a.csv", 1, { code: "noHeader" });
    b.setFatal("a.csv", 2, { code: "emptyFile" });
    const r = b.build(base);
    expect(r.fatal).toMatchObject({
      kind: "fatal",
      file: "a.csv",
      row: 1,
      detail: { code: "noHeader" },
    });
    expect(describeImportProblem("es", r.fatal!)).toBe("a.csv, fila 1: no hay encabezado");
    expect(r.problemCounts.fatal).toBe(1);
  });
});

describe("unjoinedToCsv", () => {
  it("lists unjoined rows as ;-CSV, quoting and neutralising formulas", () => {
    const b = createReportBuilder();
    b.addProblem("unjoined", "a.csv", 3, { code: "unknownUbigeo", ubigeo: "999901" }, "999901");
    b.addProblem(
      "unjoined",
      "a.csv",
      4,
      { code: "nameNotFound", label: 'nombre "raro"; sí' },
      "=HYPERLINK(1)",
    );
    b.addProblem("negative", "a.csv", 5, { code: "negativeCount", value: -1 }, "-1");
    const report = b.build(base);
    expect(unjoinedToCsv(report, unjoinedCsvWords("es")).split("\n")).toEqual([
      "archivo;fila;tipo;valor;mensaje",
      "a.csv;3;Código o nombre sin distrito en la capa;999901;a.csv, fila 3: el ubigeo 999901 no existe en la capa de distritos",
      `a.csv;4;Código o nombre sin distrito en la capa;'=HYPERLINK(1);"a.csv, fila 4: no se encontró el distrito ""nombre ""raro""; sí"" en la capa"`,
      "",
    ]);
    expect(unjoinedToCsv(report, unjoinedCsvWords("en")).split("\n")[0]).toBe(
      "file;row;kind;value;message",
    );
  });
});
