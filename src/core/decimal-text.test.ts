import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, parseDecimalText } from "./decimal-text";

describe("formatDecimal", () => {
  it("writes large and tiny numbers without an exponent", () => {
    expect(formatDecimal(1e30)).toBe("1000000000000000019884624838656");
    expect(formatDecimal(-1e21)).toBe("-1000000000000000000000");
    expect(formatDecimal(1e-7)).toBe("0.0000001");
    expect(formatDecimal(-1.5e-9)).toBe("-0.0000000015");
    expect(formatDecimal(252_000_000)).toBe("252000000");
    expect(formatDecimal(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(formatDecimal(-0)).toBe("0");
  });

  it("has no decimal text for NaN and infinities (the parser refuses them)", () => {
    expect(parseDecimalText(formatDecimal(Infinity))).toBeNull();
    expect(parseDecimalText(formatDecimal(NaN))).toBeNull();
  });

  it("property: every finite number reads back as itself (−0 as 0)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = formatDecimal(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(parseDecimalText(text)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseDecimalText", () => {
  it("accepts plain decimals only", () => {
    expect(parseDecimalText(" 12 ")).toBe(12);
    expect(parseDecimalText("-0.5")).toBe(-0.5);
    for (const bad of ["", "1e3", "1e+30", "0x10", "+1", "1.", ".5", "1,5", "Infinity"])
      expect(parseDecimalText(bad)).toBeNull();
  });
});
