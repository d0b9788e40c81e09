import { describe, expect, it } from "vitest";
import {
  assignPoints,
  assignPointsNaive,
  buildDistrictIndex,
  POINT_STATUS,
  shapeOf,
} from "./district-index";

// Three hand-drawn districts: A = [0,2]×[0,2], B = [2,4]×[0,2] (shares the edge x = 2 with A),
// C = [10,11]×[10,11] with a hole [10.4,10.6]² (far away: another grid cell).
const ring = (x0: number, y0: number, x1: number, y1: number): Float64Array =>
  Float64Array.from([x0, y0, x1, y0, x1, y1, x0, y1]);
const shapes = [
  shapeOf(0, [ring(0, 0, 2, 2)]),
  shapeOf(1, [ring(2, 0, 4, 2)]),
  shapeOf(2, [ring(10, 10, 11, 11), ring(10.4, 10.4, 10.6, 10.6)]),
];
const lon = [1, 3, 2, 10.2, 10.5, 50, 1, NaN, 2.0000005];
const lat = [1, 1, 1, 10.2, 10.5, 1, 95, 1, 0.5];

describe("assignPoints", () => {
  const index = buildDistrictIndex(shapes, 0.5);
  const r = assignPoints(index, lon, lat);
  it("assigns inside points to their district", () => {
    expect([...r.district.slice(0, 2)]).toEqual([0, 1]);
    expect(r.status[0]).toBe(POINT_STATUS.inside);
    expect(r.district[3]).toBe(2);
  });
  it("lists a point on the shared edge as border, counted in the lowest id", () => {
    expect(r.status[2]).toBe(POINT_STATUS.border);
    expect(r.district[2]).toBe(0);
    expect(r.status[8]).toBe(POINT_STATUS.border); // 5e-7 off the edge: within 1e-6
  });
  it("puts the hole, far points and bad coordinates nowhere", () => {
    expect([r.status[4], r.status[5]]).toEqual([POINT_STATUS.outside, POINT_STATUS.outside]);
    expect([r.district[4], r.district[5]]).toEqual([-1, -1]);
    expect([r.status[6], r.status[7]]).toEqual([POINT_STATUS.invalid, POINT_STATUS.invalid]);
  });
  it("gives the same answers as the naive loop", () => {
    const naive = assignPointsNaive(shapes, lon, lat);
    expect([...naive.district]).toEqual([...r.district]);
    expect([...naive.status]).toEqual([...r.status]);
  });
  it("reports progress up to the total", () => {
    const seen: number[] = [];
    assignPoints(index, lon, lat, { onProgress: (d) => seen.push(d), progressEvery: 4 });
    expect(seen).toEqual([4, 8, 9]);
  });
});
