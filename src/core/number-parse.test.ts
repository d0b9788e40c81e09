import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSoles } from "../lib/format";
import { parseNumber, parseNumberInput, type NumberInputOptions } from "./number-parse";

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
  it("rejects text, bad grouping and infinities with a problem code", () => {
    for (const raw of ["abc", "12a", "1.23.4,5,6", "1,23,4", "Infinity", "1e999", "--5", "1-2"]) {
      const r = parseNumber(raw);
      expect(r.kind, raw).toBe("invalid");
      expect(r.problem).toBe("notANumber");
    }
  });
  it("rejects bad grouping with an explicit decimal mark", () => {
    expect(v("1.5", ",")).toBeNull(); // "." must group 3 digits when "," is the decimal mark
  });
  it("returns 0, not -0", () => {
    expect(Object.is(v("-0"), 0)).toBe(true);
  });
});

describe("parseNumberInput (form fields)", () => {
  const money: NumberInputOptions = { maxDecimals: 2, min: 0 };
  const read = (text: string, o: NumberInputOptions = money) => {
    const r = parseNumberInput(text, o);
    return r.kind === "number" ? r.value : r.kind === "empty" ? "empty" : r.problem;
  };
  it("reads the budget however it is typed in Peru", () => {
    for (const text of [
      "252.000.000",
      "252,000,000",
      "252 000 000",
      "252\u00a0000\u00a0000",
      "252000000",
      "S/ 252 000 000",
      "S/. 252.000.000",
      "s/252,000,000",
      "PEN 252000000",
      " 252.000.000 ",
    ]) {
      expect(read(text), text).toBe(252_000_000);
    }
  });
  it("takes the last different separator as the decimal mark", () => {
    expect(read("1.500,50")).toBe(1500.5);
    expect(read("1,500.50")).toBe(1500.5);
    expect(read("1 500,50")).toBe(1500.5);
    expect(read("S/ 1.234.567,89")).toBe(1234567.89);
  });
  it("reads a lone separator before 3 digits as thousands, and says it guessed", () => {
    expect(parseNumberInput("1.500", money)).toEqual({
      kind: "number",
      value: 1500,
      thousandsGuessed: true,
    });
    expect(read("252,000")).toBe(252000);
    expect(parseNumberInput("252.000.000", money)).toMatchObject({ thousandsGuessed: false });
  });
  it("reads a lone separator before 1, 2 or 4+ digits, or after 0, as the decimal mark", () => {
    expect(read("12,5")).toBe(12.5);
    expect(read("12.50")).toBe(12.5);
    expect(read("0.5")).toBe(0.5);
    expect(read("0,500", {})).toBe(0.5);
    expect(read("1234.567", {})).toBe(1234.567);
  });
  it("treats blank and a lone currency sign as empty", () => {
    expect(read("")).toBe("empty");
    expect(read("   ")).toBe("empty");
    expect(read("S/")).toBe("empty");
  });
  it("refuses garbage and keeps the text typed for the message", () => {
    for (const text of [
      "abc",
      "12a",
      "25 2",
      "1 5000",
      "1,23,4",
      "1.5.5",
      "1e3",
      "12 %",
      "-",
      "1-2",
    ]) {
      expect(read(text, {}), text).toBe("notANumber");
    }
    expect(parseNumberInput("  S/ doce  ")).toEqual({
      kind: "invalid",
      problem: "notANumber",
      text: "S/ doce",
    });
  });
  it("refuses more decimals than the field holds", () => {
    expect(read("1.500,505")).toBe("tooManyDecimals");
    expect(read("0,125")).toBe("tooManyDecimals");
    expect(read("1.5", { maxDecimals: 0, min: 0 })).toBe("tooManyDecimals");
    expect(read("12,50")).toBe(12.5); // a trailing zero is not a third decimal
  });
  it("refuses values below the minimum and values too large to stay exact", () => {
    expect(read("-5")).toBe("belowMin");
    expect(read("-5", {})).toBe(-5);
    expect(read("- 5", {})).toBe(-5);
    expect(read("100.000.000.000.000")).toBe("tooLarge"); // 10^14 soles = 10^16 céntimos > 2^53
    expect(read("90.000.000.000.000", { maxDecimals: 0, min: 0 })).toBe(90_000_000_000_000);
  });
  it("gives back any amount formatted for the UI (format then parse), to the céntimo", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_000_000_000_000 }),
        fc.constantFrom<"es" | "en">("es", "en"),
        (cents, lang) => {
          const r = parseNumberInput(formatSoles(cents / 100, lang), money);
          return r.kind === "number" && Math.round(r.value * 100) === cents;
        },
      ),
    );
  });
  it("gives back any amount written with '.', ',' or space thousands and either decimal mark", () => {
    const group = (int: string, sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom([".", ","], [",", "."], [" ", ","], [" ", "."], ["", ","], ["", "."]),
        fc.boolean(),
        (soles, cents, [thousands = "", decimal = ","], currency) => {
          const text =
            (currency ? "S/ " : "") +
            group(String(soles), thousands) +
            (cents > 0 ? decimal + String(cents).padStart(2, "0") : "");
          const r = parseNumberInput(text, money);
          return r.kind === "number" && Math.round(r.value * 100) === soles * 100 + cents;
        },
      ),
    );
  });
});
