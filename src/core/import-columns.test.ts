import { describe, expect, it } from "vitest";
import { columnFinder, requiredColumns, resolveColumns } from "./import-columns";
import type { ImportSpec } from "./import-spec";

const long: ImportSpec = {
  encoding: "auto",
  delimiter: "auto",
  joinBy: { kind: "names", district: "DIST", department: "DEP" },
  shape: { kind: "long", valueColumn: "n", yearColumn: "año", uniqueKey: ["mes", "tipo"] },
};

describe("import columns", () => {
  it("lists the roles a spec reads, join first", () => {
    expect(requiredColumns(long)).toEqual([
      ["district", "DIST"],
      ["department", "DEP"],
      ["value", "n"],
      ["year", "año"],
      ["key0", "mes"],
      ["key1", "tipo"],
    ]);
  });
  it("finds a column by exact name first, then ignoring case, accents and a BOM", () => {
    const find = columnFinder(["\ufeffUbigeo", "Año", "ano", "n"]);
    expect(find("Ubigeo")).toBe(0);
    expect(find("ano")).toBe(2); // exact beats the key match of "Año"
    expect(find("AÑO ")).toBe(1);
    expect(find("mes")).toBe(-1);
  });
  it("resolves every role, or names what is missing and the file's columns", () => {
    const ok = resolveColumns(long, ["DEP", "DIST", "n", "ANO", "mes", "tipo"]);
    expect(ok).toEqual({
      ok: true,
      columns: { district: 1, department: 0, value: 2, year: 3, key0: 4, key1: 5 },
    });
    const missing = resolveColumns(long, ["150101", "Lima", "3"]);
    expect(missing).toEqual({
      ok: false,
      detail: {
        code: "missingColumns",
        missing: ["DIST", "DEP", "n", "año", "mes", "tipo"],
        available: ["150101", "Lima", "3"],
        headerGuess: { code: "headerNumeric", value: "150101" },
      },
    });
  });
});
