import { describe, expect, it } from "vitest";
import { parseNumber } from "./number-parse";

const v = (raw: string, d?: "auto" | "," | ".") => parseNumber(raw, d).value;

describe("parseNumber", () => {
  it("reads plain numbers, signs and exponents", () => {
    expect(v("42")).toBe(42);
    expect(v("-3.5")).toBe(-3.5);
    expect(v("+7")).toBe(7);
    expect(v("1e3")).toBe(1000);
    expect(v(".5")).toBe(0.5);
  });
  it("reads Spanish and English grouping", () => {
    expect(v("1.234,5")).toBe(1234.5);
    expect(v("1,234.5")).toBe(1234.5);
    expect(v("1.234.567")).toBe(1234567);
    expect(v("1 234,5")).toBe(1234.5);
    expect(v("1\u00a0234")).toBe(1234);
  });
  it("reads a decimal comma", () => {
    expect(v("12,5")).toBe(12.5);
    expect(v("0,125")).toBe(0.125);
  });
  it("flags '1,234' as ambiguous and reads it as thousands in auto mode", () => {
    expect(parseNumber("1,234")).toMatchObject({ value: 1234, ambiguous: true });
    expect(v("1,234", ",")).toBe(1.234);
    expect(v("1.234", ",")).toBe(1234);
  });
  it("keeps percentages in percent units", () => {
    expect(parseNumber("12,5 %")).toMatchObject({ value: 12.5, percent: true });
    expect(parseNumber("%3")).toMatchObject({ value: 3, percent: true });
  });
  it("treats blanks and missing markers as empty, not invalid", () => {
    for (const raw of ["", "  ", "-", "NA", "n/a", "s/d", "NaN"]) {
      expect(parseNumber(raw)).toMatchObject({ value: null, kind: "empty", problem: null });
    }
  });
  it("rejects text, bad grouping and infinities with a Spanish problem", () => {
    for (const raw of ["abc", "12a", "1.23.4,5,6", "1,23,4", "Infinity", "1e999", "--5", "1-2"]) {
      const r = parseNumber(raw);
      expect(r.kind, raw).toBe("invalid");
      expect(r.problem).toMatch(/no es un número/);
    }
  });
  it("rejects bad grouping with an explicit decimal mark", () => {
    expect(v("1.5", ",")).toBeNull(); // "." must group 3 digits when "," is the decimal mark
  });
  it("returns 0, not -0", () => {
    expect(Object.is(v("-0"), 0)).toBe(true);
  });
});
