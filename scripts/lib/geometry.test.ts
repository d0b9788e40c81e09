import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { fixtureDistrict } from "./test-districts";
import { computeQueenNeighbors } from "./boundaries";
import { buildTopology } from "./topology";

// FIXTURE geometries: unit squares in lon/lat.
const square = (x0: number, y0: number, size = 1): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x0, y0],
      [x0 + size, y0],
      [x0 + size, y0 + size],
      [x0, y0 + size],
      [x0, y0],
    ],
  ],
});

describe("computeQueenNeighbors", () => {
  it("joins squares that share an edge or only a corner", () => {
    // (0,0)-(1,1) and (1,1)-(2,2) touch at the single vertex (1, 1).
    expect(computeQueenNeighbors([square(0, 0), square(1, 1), square(5, 5)])).toEqual([
      [1],
      [0],
      [],
    ]);
  });

  it("bridges a gap narrower than the tolerance only for districts left alone", () => {
    // Gap of 0.0001° (≈ 11 m) < 5e-4° tolerance → neighbours; gap of 0.01° → still alone.
    expect(computeQueenNeighbors([square(0, 0), square(1.0001, 0)])).toEqual([[1], [0]]);
    expect(computeQueenNeighbors([square(0, 0), square(1.01, 0)])).toEqual([[], []]);
  });
});

describe("buildTopology", () => {
  const district = fixtureDistrict;

  it("keeps every district non-empty even with an absurd simplification weight", () => {
    const r = buildTopology([district(0, square(0, 0)), district(1, square(1, 0))], 1e9);
    // Each square ring keeps ≥ 3 distinct points thanks to the rescue step.
    expect(r.nonEmpty).toBe(2);
    expect(r.topology.transform).toBeDefined();
    const geoms = r.topology.objects.districts;
    expect(geoms?.type === "GeometryCollection" && geoms.geometries.map((g) => g.id)).toEqual([
      0, 1,
    ]);
  });

  it("shares the common edge of two neighbours as one arc", () => {
    const r = buildTopology([district(0, square(0, 0)), district(1, square(1, 0))], 0);
    // Left square ring = [shared edge, own 3 sides]; right = [own, shared reversed] → 3 arcs.
    expect(r.topology.arcs).toHaveLength(3);
  });
});
