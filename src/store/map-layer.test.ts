import { describe, expect, it } from "vitest";
import { buildMapLayer, colorSlot, partialYearCaption } from "./map-layer";

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

describe("buildMapLayer with tied values", () => {
  it("keeps the districts at 0 in the lowest class and spreads fewer classes over the ramp", () => {
    // [0×8, 5, 5], k = 5: the tied 0 is class 0 (break 0); the values above 0 are all 5 = the max,
    // so no further break → 2 classes.
    const layer = buildMapLayer({ ...base, values: [0, 0, 0, 0, 0, 0, 0, 0, 5, 5] });
    expect(layer.breaks).toEqual([0]);
    expect(layer.classCount).toBe(2);
    expect([...layer.classIndex]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    // 2 classes on the 5-colour risk ramp: round(c · 4 / 1) → 0, 4 (the top stays darkest).
    expect([0, 1].map((c) => colorSlot(layer, c))).toEqual([0, 4]);
    const four = { classCount: 4, palette: "risk" as const };
    expect([0, 1, 2, 3].map((c) => colorSlot(four, c))).toEqual([0, 1, 3, 4]);
    expect(colorSlot(layer, -1)).toBe(-1);
  });
  it("leaves categorical layers and full ramps untouched", () => {
    const full = buildMapLayer(base);
    expect(full.classCount).toBe(5);
    expect(colorSlot(full, 3)).toBe(3);
    expect(colorSlot({ classCount: 2, palette: "category", classLabels: [] }, 1)).toBe(1);
  });
});
