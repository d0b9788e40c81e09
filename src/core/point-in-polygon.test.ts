import { describe, expect, it } from "vitest";
import { flattenRings, LOCATION, locatePoint, segmentDistance } from "./point-in-polygon";

// Hand-worked shapes: a 4×4 square with a 2×2 hole in its middle, and a separate unit square.
const square = flattenRings({
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
    [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ],
  ],
});
const multi = flattenRings({
  type: "MultiPolygon",
  coordinates: [
    [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
    ],
    [
      [
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 6],
      ],
    ],
  ],
});

describe("locatePoint", () => {
  it("finds a point inside the ring and outside the square", () => {
    expect(locatePoint(0.5, 0.5, square)).toBe(LOCATION.inside);
    expect(locatePoint(5, 2, square)).toBe(LOCATION.outside);
    expect(locatePoint(-0.5, 2, square)).toBe(LOCATION.outside);
  });
  it("puts a point in the hole outside", () => {
    expect(locatePoint(2, 2, square)).toBe(LOCATION.outside);
  });
  it("answers edge on an outer edge, a hole's edge and a vertex, within the tolerance", () => {
    expect(locatePoint(2, 0, square)).toBe(LOCATION.edge);
    expect(locatePoint(1, 2, square)).toBe(LOCATION.edge);
    expect(locatePoint(4, 4, square)).toBe(LOCATION.edge);
    expect(locatePoint(2, 4 + 5e-7, square)).toBe(LOCATION.edge);
    expect(locatePoint(2, 4 + 2e-6, square)).toBe(LOCATION.outside);
  });
  it("handles the parts of a multipolygon, closed or not", () => {
    expect(locatePoint(0.5, 0.5, multi)).toBe(LOCATION.inside);
    expect(locatePoint(5.5, 5.5, multi)).toBe(LOCATION.inside);
    expect(locatePoint(3, 3, multi)).toBe(LOCATION.outside);
    expect(locatePoint(1, 0.5, multi)).toBe(LOCATION.edge); // the implied closing edge x = 0 … 1
  });
  it("a ray through a vertex counts one crossing", () => {
    // y = 1 passes through the hole's vertices (1,1) and (3,1): x = 0.5 is left of both.
    expect(locatePoint(0.5, 1, square)).toBe(LOCATION.inside);
  });
});

describe("segmentDistance", () => {
  it("is the perpendicular distance inside the segment and the end distance beyond", () => {
    expect(segmentDistance(1, 1, 0, 0, 2, 0)).toBe(1);
    expect(segmentDistance(5, 4, 0, 0, 2, 0)).toBe(5); // 3-4-5 from the end (2, 0)
    expect(segmentDistance(1, 1, 1, 1, 1, 1)).toBe(0);
  });
});
