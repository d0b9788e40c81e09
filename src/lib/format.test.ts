import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent } from "./format";

describe("formatNumber", () => {
  it("uses es-PE grouping and decimal separators", () => {
    // es-PE groups thousands with "," and uses "." for decimals (Intl CLDR data for Peru).
    expect(formatNumber(1234567.891, "es", 1)).toBe("1,234,567.9");
    expect(formatNumber(0.5, "en", 2)).toBe("0.5");
  });
  it("shows a dash for missing values", () => {
    expect(formatNumber(null, "es")).toBe("—");
    expect(formatNumber(Number.NaN, "es")).toBe("—");
  });
  it("formats shares as percentages", () => {
    expect(formatPercent(0.256, "es", 1)).toBe("25.6 %");
  });
});
