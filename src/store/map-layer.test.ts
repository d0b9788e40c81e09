import { describe, expect, it } from "vitest";
import { buildMapLayer, partialYearCaption } from "./map-layer";

const base = {
  layerId: "robbery_rate",
  label: { es: "Robo", en: "Robbery" },
  unit: { es: "por 10 000 hab.", en: "per 10,000" },
  year: 2026,
  sourceIds: [],
  values: [1, 2, 3, null],
  method: "quantile" as const,
  palette: "risk" as const,
};
const partial = { years: [2026], populationYears: [2022], months: [1, 2], annualised: true };

describe("partialYearCaption", () => {
  it("is the year and months of a period shorter than 12 months", () => {
    expect(partialYearCaption(partial)).toEqual({
      code: "partial-year",
      year: 2026,
      months: [1, 2],
      annualised: true,
    });
  });

  it("is null for complete years, pooled windows and undated layers", () => {
    const full = { ...partial, months: null };
    expect(partialYearCaption(full)).toBeNull();
    expect(partialYearCaption({ ...partial, years: [2023, 2024, 2025], months: null })).toBeNull();
    const twelve = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(partialYearCaption({ ...partial, months: twelve })).toBeNull();
    expect(partialYearCaption(undefined)).toBeNull();
  });
});

describe("buildMapLayer captions", () => {
  it("adds the partial year to the layer's caption, after the feature's own", () => {
    const register = {
      code: "partial-register" as const,
      located: 35,
      documentBarrios: 99,
      zeroIsAbsent: false,
    };
    const layer = buildMapLayer({ ...base, period: partial, caption: [register] });
    expect(layer.caption?.map((c) => c.code)).toEqual(["partial-register", "partial-year"]);
  });

  it("has no caption when nothing is partial", () => {
    expect(buildMapLayer(base).caption).toBeUndefined();
    expect(
      buildMapLayer({ ...base, period: { ...partial, months: null } }).caption,
    ).toBeUndefined();
  });
});
