import { describe, expect, it } from "vitest";
import { nameKey, parseUbigeo } from "./ubigeo";

describe("parseUbigeo", () => {
  it("keeps a 6-digit district code", () => {
    expect(parseUbigeo("150101")).toEqual({
      ubigeo: "150101",
      level: "district",
      repaired: false,
      problem: null,
    });
  });
  it("restores the leading zero SIDPOL loses", () => {
    expect(parseUbigeo("10202")).toMatchObject({ ubigeo: "010202", repaired: true });
  });
  it("accepts numbers that went through a spreadsheet", () => {
    expect(parseUbigeo(" 10202.0 ")).toMatchObject({ ubigeo: "010202", level: "district" });
  });
  it("recognises province and department codes", () => {
    expect(parseUbigeo("0102")).toMatchObject({ ubigeo: "010200", level: "province" });
    expect(parseUbigeo("150100")).toMatchObject({ ubigeo: "150100", level: "province" });
    expect(parseUbigeo("1")).toMatchObject({
      ubigeo: "010000",
      level: "department",
      repaired: true,
    });
  });
  it("rejects letters, empties, long codes and department 00", () => {
    expect(parseUbigeo("AB0101").ubigeo).toBeNull();
    expect(parseUbigeo("").problem).toBe("empty");
    expect(parseUbigeo("1234567").ubigeo).toBeNull();
    expect(parseUbigeo("000101").ubigeo).toBeNull();
    expect(parseUbigeo(null).ubigeo).toBeNull();
    // Codes the import report words (i18n/import-copy.ts), the same as import-join's classification.
    expect(["AB0101", "1234567", "000101"].map((x) => parseUbigeo(x).problem)).toEqual([
      "notNumeric",
      "tooLong",
      "department00",
    ]);
  });
});

describe("nameKey", () => {
  it("ignores accents, case, punctuation and spacing", () => {
    expect(nameKey("  San Martín de  Porres ")).toBe("san martin de porres");
    expect(nameKey("ÑAÑA")).toBe(nameKey("nana"));
    expect(nameKey("Mi Perú")).toBe("mi peru");
  });
});
