import { describe, expect, it } from "vitest";
import { hash53, memo, parseMonth, parseYear, slugKey } from "./import-cells";

describe("import cells", () => {
  it("reads years 1900–2100, with a spreadsheet's .0", () => {
    expect(parseYear(" 2024 ")).toBe(2024);
    expect(parseYear("2024.0")).toBe(2024);
    expect(parseYear("1899")).toBeNull();
    expect(parseYear("2101")).toBeNull();
    expect(parseYear("24")).toBeNull();
  });
  it("reads months as 1–12 or Spanish names in any case or accent", () => {
    expect(parseMonth("9")).toBe(9);
    expect(parseMonth("09.0")).toBe(9);
    expect(parseMonth("SETIEMBRE")).toBe(9);
    expect(parseMonth("Septiembre")).toBe(9);
    expect(parseMonth("13")).toBeNull();
    expect(parseMonth("0")).toBeNull();
    expect(parseMonth("sept")).toBeNull();
  });
  it("slugs labels to keys", () => {
    expect(slugKey("Robo agravado")).toBe("robo_agravado");
    expect(slugKey("Tasa (%) 2024")).toBe("tasa_2024");
    expect(slugKey("¿?")).toBe("columna");
  });
  it("memoises a function, bounded", () => {
    let calls = 0;
    const f = memo((s: string) => {
      calls++;
      return s.length;
    }, 1);
    f("a");
    f("a");
    f("bb");
    f("bb");
    // "a" was cached (first), "bb" is beyond the bound of 1 and computed each time.
    expect(calls).toBe(3);
  });
  it("hashes strings to 53-bit integers that tell close strings apart", () => {
    const a = hash53("150101\u0001robo");
    expect(Number.isSafeInteger(a)).toBe(true);
    expect(a).toBe(hash53("150101\u0001robo"));
    expect(a).not.toBe(hash53("150101\u0001robO"));
    expect(a).not.toBe(hash53("150102\u0001robo"));
  });
});
