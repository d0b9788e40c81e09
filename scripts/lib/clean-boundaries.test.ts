import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { fixtureDistrict } from "./test-districts";
import { cleanBoundaries } from "./clean-boundaries";
import { buildTopology } from "./topology";

// FIXTURE geometries: two 0.1° squares side by side, drawn separately like the mapsPERU layer.
const rect = (x0: number, x1: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x0, 0],
      [x1, 0],
      [x1, 0.1],
      [x0, 0.1],
      [x0, 0],
    ],
  ],
});
const district = fixtureDistrict;

/** Arcs used by both geometries of the topology. */
function sharedArcs(r: ReturnType<typeof buildTopology>): number {
  const col = r.topology.objects.districts;
  if (col?.type !== "GeometryCollection") return 0;
  const sets = col.geometries.map((g) => {
    const arcs =
      g.type === "Polygon" ? g.arcs.flat() : g.type === "MultiPolygon" ? g.arcs.flat(2) : [];
    return new Set(arcs.map((a) => (a < 0 ? ~a : a)));
  });
  const [a, b] = sets;
  return a && b ? [...a].filter((x) => b.has(x)).length : 0;
}

describe("cleanBoundaries", () => {
  it("closes a thin gap so neighbours share their border arc (no sliver after simplifying)", async () => {
    // A 0.0001° (≈ 11 m) gap between x = 0.1 and x = 0.1001: without cleaning no arc is shared.
    const raw = [district(0, rect(0, 0.1)), district(1, rect(0.1001, 0.2))];
    expect(sharedArcs(buildTopology(raw, 0))).toBe(0);
    const cleaned = await cleanBoundaries(raw, null);
    expect(cleaned.keptOriginal).toEqual([]);
    expect(cleaned.districts.map((d) => d.row.ubigeo)).toEqual(["010101", "010102"]);
    expect(sharedArcs(buildTopology(cleaned.districts, 0))).toBeGreaterThanOrEqual(1);
  });
});
