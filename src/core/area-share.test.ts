import { describe, expect, it } from "vitest";
import { coveredShare01, intersectionLength, lineIntervals, unionIntervals } from "./area-share";

const ring = (x0: number, y0: number, x1: number, y1: number): Float64Array =>
  Float64Array.from([x0, y0, x1, y0, x1, y1, x0, y1]);
// A district near the equator (cos(lat) ≈ 1 across it): the square [0,2]×[0,2] (area 4).
const district = [ring(0, 0, 2, 2)];
const bbox: [number, number, number, number] = [0, 0, 2, 2];

describe("interval helpers", () => {
  it("cuts a ring with a hole into two intervals on a line", () => {
    expect(lineIntervals([ring(0, 0, 4, 4), ring(1, 1, 3, 3)], 2)).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });
  it("merges overlaps and measures intersections", () => {
    expect(
      unionIntervals([
        [0, 1],
        [0.5, 1.5],
        [3, 4],
      ]),
    ).toEqual([
      [0, 1.5],
      [3, 4],
    ]);
    expect(
      intersectionLength(
        [[0, 2]],
        [
          [0, 1.5],
          [3, 4],
        ],
      ),
    ).toBe(1.5);
  });
});

describe("coveredShare01", () => {
  it("counts two overlapping polygons once: [0,1]×[0,2] ∪ [0.5,1.5]×[0,2] = 3 of 4", () => {
    const share = coveredShare01(district, bbox, [[ring(0, 0, 1, 2)], [ring(0.5, 0, 1.5, 2)]]);
    expect(share).toBeCloseTo(0.75, 6);
  });
  it("clips a polygon reaching beyond the district: [1,5]×[1,5] covers 1 of 4 (cos(lat) weighting: ±1e-4 at 0–2°)", () => {
    expect(coveredShare01(district, bbox, [[ring(1, 1, 5, 5)]])).toBeCloseTo(0.25, 3);
  });
  it("is 0 for a polygon elsewhere and 1 for one covering all", () => {
    expect(coveredShare01(district, bbox, [[ring(7, 7, 8, 8)]])).toBe(0);
    expect(coveredShare01(district, bbox, [[ring(-1, -1, 3, 3)]])).toBeCloseTo(1, 9);
  });
  it("a triangle half of the square, within the stated tolerance (1/rows)", () => {
    const tri = [Float64Array.from([0, 0, 2, 0, 0, 2])]; // area 2 of 4
    expect(Math.abs(coveredShare01(district, bbox, [tri]) - 0.5)).toBeLessThan(1 / 400);
  });
  it("leaves a polygon's hole uncovered", () => {
    const withHole = [ring(0, 0, 2, 2), ring(0.5, 0.5, 1.5, 1.5)]; // 4 − 1 = 3 of 4
    expect(coveredShare01(district, bbox, [withHole])).toBeCloseTo(0.75, 3);
  });
});
