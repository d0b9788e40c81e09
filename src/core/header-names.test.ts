import { describe, expect, it } from "vitest";
import { disambiguateHeader, foldHeaderName } from "./header-names";

describe("foldHeaderName", () => {
  it("folds case, accents and spacing", () => {
    expect(foldHeaderName(" Válor ")).toBe("valor");
  });
});

describe("disambiguateHeader", () => {
  it("renames case/accent repeats with their occurrence and reports positions", () => {
    const r = disambiguateHeader(["valor", "valor", "Valor", "VALOR", "válor"]);
    expect(r.header).toEqual(["valor", "valor_2", "Valor_3", "VALOR_4", "válor_5"]);
    expect(r.duplicates.map((d) => d.position)).toEqual([2, 3, 4, 5]);
    expect(r.duplicates.every((d) => d.firstPosition === 1)).toBe(true);
  });
  it("skips a suffix already taken by another column", () => {
    expect(disambiguateHeader(["a", "a_2", "a"]).header).toEqual(["a", "a_2", "a_3"]);
  });
  it("leaves a header without repeats (and blank names) unchanged", () => {
    const r = disambiguateHeader(["ubigeo", "", "", "x"]);
    expect(r.header).toEqual(["ubigeo", "", "", "x"]);
    expect(r.duplicates).toEqual([]);
  });
});
