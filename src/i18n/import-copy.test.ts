import { describe, expect, it } from "vitest";
import {
  HEADER_REASON_CODES,
  IMPORT_FAILURE_CODES,
  IMPORT_FORM_ERROR_CODES,
  IMPORT_MESSAGE_CODES,
  type ImportMessage,
  type ImportMessageCode,
} from "../core/import-messages";
import { PROBLEM_KINDS } from "../core/import-report";
import { REGISTER_MESSAGE_CODES } from "../core/register-messages";
import { IMPORT_COPY, describeImportMessage, describeImportProblem } from "./import-copy";

/** Every key path of an object (functions and arrays are leaves). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value)
    .flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

// One sample of every code the core can emit (the Record type makes the compiler list a new code).
const SAMPLES: Record<ImportMessageCode, ImportMessage> = {
  duplicateHeader: {
    code: "duplicateHeader",
    position: 3,
    name: "v",
    firstPosition: 2,
    renamed: "v_2",
  },
  tooManyColumns: { code: "tooManyColumns", requested: 2001, limit: 2000 },
  missingColumns: {
    code: "missingColumns",
    missing: ["ubigeo"],
    available: ["150101"],
    headerGuess: { code: "headerNumeric", value: "150101" },
  },
  noHeader: { code: "noHeader" },
  emptyFile: { code: "emptyFile" },
  notText: { code: "notText" },
  recordTooLong: { code: "recordTooLong" },
  unexpectedError: { code: "unexpectedError", detail: "boom" },
  quotesUnclosed: { code: "quotesUnclosed" },
  quotesMalformed: { code: "quotesMalformed" },
  readError: { code: "readError", detail: "x" },
  shortRow: { code: "shortRow", cells: 1, headerCells: 2 },
  longRow: { code: "longRow", cells: 3, headerCells: 2 },
  badUbigeo: { code: "badUbigeo", reason: "notNumeric", text: "LIMA" },
  provinceCode: { code: "provinceCode", ubigeo: "150100" },
  departmentCode: { code: "departmentCode", ubigeo: "150000" },
  unknownUbigeo: { code: "unknownUbigeo", ubigeo: "999901" },
  emptyDistrictName: { code: "emptyDistrictName" },
  ambiguousName: { code: "ambiguousName", label: "Santa Rosa", codes: ["150139", "220903"] },
  nameNotFound: { code: "nameNotFound", label: "Atlantis" },
  invalidYear: { code: "invalidYear", value: "20x4" },
  invalidMonth: { code: "invalidMonth", value: "13" },
  emptyValue: { code: "emptyValue", column: "n" },
  notANumber: { code: "notANumber", value: "abc", column: "tasa" },
  negativeCount: { code: "negativeCount", value: -2 },
  thousandsGuess: { code: "thousandsGuess", value: "1,234", read: 1234, column: null },
  duplicateKey: { code: "duplicateKey" },
  duplicateDistrict: { code: "duplicateDistrict", ubigeo: "150101" },
  tooManyGroups: { code: "tooManyGroups", column: "modalidad", limit: 300 },
};

describe("import copy", () => {
  it("has the same keys in Spanish and English", () => {
    expect(keyPaths(IMPORT_COPY.en)).toEqual(keyPaths(IMPORT_COPY.es));
    expect(keyPaths(IMPORT_COPY.es).length).toBeGreaterThan(100);
  });

  it("words every code the core, the worker, the form and the register import can emit", () => {
    for (const lang of ["es", "en"] as const) {
      const t = IMPORT_COPY[lang];
      expect(Object.keys(t.messages).sort()).toEqual([...IMPORT_MESSAGE_CODES].sort());
      expect(Object.keys(t.problemKinds).sort()).toEqual([...PROBLEM_KINDS].sort());
      expect(Object.keys(t.headerReasons).sort()).toEqual([...HEADER_REASON_CODES].sort());
      expect(Object.keys(t.failures).sort()).toEqual([...IMPORT_FAILURE_CODES].sort());
      expect(Object.keys(t.form).sort()).toEqual([...IMPORT_FORM_ERROR_CODES].sort());
      expect(Object.keys(t.register).sort()).toEqual([...REGISTER_MESSAGE_CODES].sort());
    }
    expect(Object.keys(SAMPLES).sort()).toEqual([...IMPORT_MESSAGE_CODES].sort());
  });

  it("gives each message a non-empty sentence that differs between the languages", () => {
    for (const m of Object.values(SAMPLES)) {
      const es = describeImportMessage("es", m);
      const en = describeImportMessage("en", m);
      expect(es.length, m.code).toBeGreaterThan(3);
      expect(en, m.code).not.toBe(es);
      expect(en, m.code).not.toMatch(/[áéíóúñ¿¡]|\b(fila|columna|distrito)\b/);
    }
  });

  it("names the values: file, row, column and the offending text", () => {
    const p = { file: "a.csv", row: 7, detail: SAMPLES.notANumber };
    expect(describeImportProblem("es", p)).toBe(
      'a.csv, fila 7: "abc" no es un número (columna "tasa")',
    );
    expect(describeImportProblem("en", p)).toBe(
      'a.csv, row 7: "abc" is not a number (column "tasa")',
    );
    expect(describeImportMessage("es", SAMPLES.missingColumns)).toBe(
      'falta la columna "ubigeo" (columnas del archivo: "150101"); la primera fila contiene el número "150101": no parece un encabezado',
    );
    expect(describeImportMessage("en", SAMPLES.missingColumns)).toBe(
      'missing column "ubigeo" (columns in the file: "150101"); the first row holds the number "150101": it does not look like a header',
    );
  });
});
