import { describe, expect, it } from "vitest";
import { createReportBuilder, formatProblem, unjoinedToCsv } from "./import-report";

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
  it("formats file, row and detail", () => {
    expect(formatProblem("a.csv", 4, "x")).toBe("a.csv, fila 4: x");
    expect(formatProblem("a.csv", 0, "vacío")).toBe("a.csv: vacío");
  });
  it("keeps exact counts but only the first N problems per kind", () => {
    const b = createReportBuilder(2);
    for (let row = 2; row <= 6; row++) b.addProblem("negative", "a.csv", row, "conteo negativo");
    const r = b.build(base);
    expect(r.problemCounts.negative).toBe(5);
    expect(r.problems.map((p) => p.row)).toEqual([2, 3]);
    expect(r.problemsTruncated).toBe(true);
    expect(r.summary).toContain("Conteo negativo: 5 filas.");
  });
  it("counts distinct unjoined codes, most rows first", () => {
    const b = createReportBuilder();
    for (const c of ["999901", "888801", "999901"]) b.addUnjoinedCode(c);
    expect(b.build(base).unjoinedCodes).toEqual([
      { code: "999901", rows: 2 },
      { code: "888801", rows: 1 },
    ]);
  });
  it("keeps the first fatal error only", () => {
    const b = createReportBuilder();
    b.setFatal("a.csv", 1, "primero");
    b.setFatal("a.csv", 2, "segundo");
    expect(b.build(base).fatal).toBe("a.csv, fila 1: primero");
  });
});

describe("unjoinedToCsv", () => {
  it("lists unjoined rows as ;-CSV, quoting and neutralising formulas", () => {
    const b = createReportBuilder();
    b.addProblem("unjoined", "a.csv", 3, "el ubigeo 999901 no existe", "999901");
    b.addProblem("unjoined", "a.csv", 4, 'nombre "raro"; sí', "=HYPERLINK(1)");
    b.addProblem("negative", "a.csv", 5, "conteo negativo", "-1");
    const csv = unjoinedToCsv(b.build(base));
    expect(csv.split("\n")).toEqual([
      "archivo;fila;tipo;valor;mensaje",
      "a.csv;3;Código o nombre sin distrito en la capa;999901;a.csv, fila 3: el ubigeo 999901 no existe",
      `a.csv;4;Código o nombre sin distrito en la capa;'=HYPERLINK(1);"a.csv, fila 4: nombre ""raro""; sí"`,
      "",
    ]);
  });
});
