import { describe, expect, it } from "vitest";
import { keyFigures } from "./key-figures";

// Fixture layer of 5 districts (not real data).
const VALUES = [4, null, 10, 2, 10];
const CLASSES = Int8Array.from([1, -1, 4, 0, 4]);

describe("keyFigures", () => {
  it("counts districts with data, finds the maximum (first on ties) and the median", () => {
    const k = keyFigures(VALUES, CLASSES, null, []);
    expect(k.withData).toBe(4);
    expect(k.total).toBe(5);
    expect(k.max).toEqual({ value: 10, id: 2 });
    // Sorted present values 2, 4, 10, 10 → median (4 + 10) / 2 = 7.
    expect(k.median).toBe(7);
    expect(k.selected).toBeNull();
  });

  it("gives the selected district's value and class, null value when it has none", () => {
    expect(keyFigures(VALUES, CLASSES, 0, []).selected).toEqual({ id: 0, value: 4, classIndex: 1 });
    expect(keyFigures(VALUES, CLASSES, 1, []).selected).toEqual({
      id: 1,
      value: null,
      classIndex: -1,
    });
    expect(keyFigures(VALUES, CLASSES, 9, []).selected).toBeNull();
  });

  it("counts highlighted districts with data", () => {
    expect(keyFigures(VALUES, CLASSES, null, [1, 2, 3]).marked).toEqual({ withData: 2, total: 3 });
  });

  it("has no maximum or median without values", () => {
    const k = keyFigures([null, Number.NaN], Int8Array.from([-1, -1]), null, []);
    expect(k.max).toBeNull();
    expect(k.median).toBeNull();
    expect(k.withData).toBe(0);
  });

  it("restricts the figures to a scope (a department)", () => {
    // Scope ids 0, 1, 3: values 4, null, 2 → 2 with data of 3, max 4 at id 0, median (2 + 4) / 2 = 3.
    const k = keyFigures(VALUES, CLASSES, null, [], [0, 1, 3]);
    expect(k).toMatchObject({ withData: 2, total: 3, max: { value: 4, id: 0 }, median: 3 });
  });
});
