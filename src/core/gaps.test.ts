import { describe, expect, it } from "vitest";
import { classifyGap, classifyGaps, type GapInput } from "./gaps";

const g = (
  ubigeo: string,
  risk: number | null,
  covered: boolean,
  population: number | null = 1000,
  classIndex: number | null = null,
): GapInput => ({
  ubigeo,
  departmentCode: ubigeo.slice(0, 2),
  population,
  risk,
  covered,
  classIndex,
});

describe("classifyGap", () => {
  const t = { kind: "value", min: 50 } as const;
  it("high risk without coverage is a gap", () =>
    expect(classifyGap(g("010101", 70, false), t)).toBe("gap"));
  it("high risk with coverage is covered-high", () =>
    expect(classifyGap(g("010101", 70, true), t)).toBe("covered-high"));
  it("low risk with coverage is a graduation candidate", () =>
    expect(classifyGap(g("010101", 30, true), t)).toBe("graduation"));
  it("low risk without coverage is low-uncovered", () =>
    expect(classifyGap(g("010101", 30, false), t)).toBe("low-uncovered"));
  it("the threshold itself counts as high (≥)", () =>
    expect(classifyGap(g("010101", 50, false), t)).toBe("gap"));
  it("missing risk has no quadrant", () =>
    expect(classifyGap(g("010101", null, true), t)).toBeNull());
  it("uses the class index for class thresholds (top quintile = class 4)", () => {
    const c = { kind: "class", minClass: 4 } as const;
    expect(classifyGap(g("010101", 10, false, 1, 4), c)).toBe("gap");
    expect(classifyGap(g("010101", 99, false, 1, 3), c)).toBe("low-uncovered");
    expect(classifyGap(g("010101", 99, false, 1, null), c)).toBeNull();
  });
});

describe("classifyGaps", () => {
  it("tallies districts and population by department", () => {
    const r = classifyGaps(
      [
        g("010101", 80, false, 100),
        g("010102", 60, false, 250),
        g("010103", 20, true, 50),
        g("020101", 90, true, 1000),
        g("020102", null, false, 7),
        g("020103", 10, false, null),
      ],
      { kind: "value", min: 50 },
    );
    expect(r.rows.map((x) => x.quadrant)).toEqual([
      "gap",
      "gap",
      "graduation",
      "covered-high",
      null,
      "low-uncovered",
    ]);
    // dept 01: gap 2 districts, 100 + 250 = 350 inhabitants
    expect(r.byDepartment[0]?.counts.gap).toEqual({ districts: 2, population: 350 });
    expect(r.byDepartment[0]?.counts.graduation).toEqual({ districts: 1, population: 50 });
    // dept 02: no-data 1 (7); low-uncovered with null population adds 0
    expect(r.byDepartment[1]?.counts["no-data"]).toEqual({ districts: 1, population: 7 });
    expect(r.byDepartment[1]?.counts["low-uncovered"]).toEqual({ districts: 1, population: 0 });
    expect(r.total.gap).toEqual({ districts: 2, population: 350 });
    expect(r.total["covered-high"]).toEqual({ districts: 1, population: 1000 });
  });
});
