import { describe, expect, it } from "vitest";
import { annualTotals, monthAt, monthIndex, yearOnYear } from "./crime-trend";

// Hand-made series: Jan 2024 … Feb 2026 (26 months). 2024: 10 a month (120); 2025: 12 a month (144)
// except March 2025 = 0 (132); Jan–Feb 2026: 20 and 16.
const start: [number, number] = [2024, 1];
const values = [
  ...new Array<number>(12).fill(10),
  12,
  12,
  0,
  12,
  12,
  12,
  12,
  12,
  12,
  12,
  12,
  12,
  20,
  16,
];

describe("monthly calendar", () => {
  it("maps indices to months across years", () => {
    expect(monthAt(start, 0)).toEqual([2024, 1]);
    expect(monthAt(start, 13)).toEqual([2025, 2]);
    expect(monthAt([2018, 11], 2)).toEqual([2019, 1]);
    expect(monthIndex(start, 2026, 2)).toBe(25);
  });
});

describe("yearOnYear", () => {
  it("compares complete years: 132 vs 120 = +10 %", () => {
    const r = yearOnYear(values, start, 2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r?.current).toBe(132);
    expect(r?.previous).toBe(120);
    expect(r?.change).toBeCloseTo(0.1, 12);
  });
  it("compares a partial year on the same months: Jan–Feb 2026 (36) vs Jan–Feb 2025 (24) = +50 %", () => {
    const r = yearOnYear(values, start, 2026, [1, 2]);
    expect(r).toMatchObject({ current: 36, previous: 24 });
    expect(r?.change).toBeCloseTo(0.5, 12);
  });
  it("is null before the series starts and has no change over a zero base", () => {
    expect(yearOnYear(values, start, 2024, [1])).toBeNull();
    expect(yearOnYear([0, 0, 0, 5], [2024, 11], 2025, [11])?.change ?? "none").toBe("none");
  });
});

describe("annualTotals", () => {
  it("sums each calendar year and counts its months", () => {
    expect(annualTotals(values, start)).toEqual([
      { year: 2024, total: 120, months: 12 },
      { year: 2025, total: 132, months: 12 },
      { year: 2026, total: 36, months: 2 },
    ]);
  });
});
