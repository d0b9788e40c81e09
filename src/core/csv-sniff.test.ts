import { describe, expect, it } from "vitest";
import { detectHeader, lastRecordBoundary, sniffDelimiter } from "./csv-sniff";

describe("sniffDelimiter", () => {
  it("finds ';' in a file with decimal commas", () => {
    // Header has 2 ';' and no ','; data rows have 2 ';' and 1 ','. ';' is consistent on 3/3 lines.
    const g = sniffDelimiter("ubigeo;nombre;tasa\n150101;Lima;1,5\n150132;SJL;2,25\n");
    expect(g).toMatchObject({ delimiter: ";", consistency01: 1, fieldCount: 3 });
  });
  it("finds ',' in a plain CSV", () => {
    expect(sniffDelimiter("a,b,c\n1,2,3\n4,5,6").delimiter).toBe(",");
  });
  it("finds tab and pipe", () => {
    expect(sniffDelimiter("a\tb\n1\t2\n").delimiter).toBe("\t");
    expect(sniffDelimiter("a|b|c\n1|2|3\n").delimiter).toBe("|");
  });
  it("ignores delimiters inside quotes", () => {
    expect(sniffDelimiter('nombre;valor\n"Lima, Perú";1\n"Ica, Perú";2\n').delimiter).toBe(";");
  });
  it("returns ',' with consistency 0 for a single column or empty text", () => {
    expect(sniffDelimiter("solo\n1\n2\n")).toMatchObject({ delimiter: ",", consistency01: 0 });
    expect(sniffDelimiter("")).toMatchObject({ delimiter: ",", consistency01: 0 });
  });
});

describe("detectHeader", () => {
  it("accepts distinct non-numeric names", () => {
    expect(detectHeader([["ubigeo", "valor"]]).hasHeader).toBe(true);
  });
  it("rejects a first row with numbers", () => {
    const g = detectHeader([["150101", "Lima", "12,5"]]);
    expect(g.hasHeader).toBe(false);
    expect(g.reason).toEqual({ code: "headerNumeric", value: "150101" });
  });
  it("rejects empty and repeated names", () => {
    expect(detectHeader([["a", ""]]).hasHeader).toBe(false);
    expect(detectHeader([["a", "A"]]).hasHeader).toBe(false);
    expect(detectHeader([]).hasHeader).toBe(false);
  });
});

describe("lastRecordBoundary", () => {
  it("cuts after the last line break outside quotes", () => {
    // "a\nb\nc": breaks at 1 and 3 → boundary 4.
    expect(lastRecordBoundary("a\nb\nc")).toBe(4);
  });
  it("does not cut inside a quoted field spanning lines", () => {
    // 'x\n"y\nz' : break at 1 is outside quotes; the break at 4 is inside → 2.
    expect(lastRecordBoundary('x\n"y\nz')).toBe(2);
  });
  it("treats an escaped quote as text", () => {
    expect(lastRecordBoundary('"a""b"\nc')).toBe(7);
  });
  it("returns -1 without a complete record", () => {
    expect(lastRecordBoundary("abc")).toBe(-1);
  });
});
