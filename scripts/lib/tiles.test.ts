import { VectorTile } from "@mapbox/vector-tile";
import type { Polygon } from "geojson";
import Pbf from "pbf";
import { describe, expect, it } from "vitest";
import { DISTRICT_TILES } from "../../src/config/map";
import { BuildError } from "./errors";
import { fixtureDistrict } from "./test-districts";
import { buildDistrictTiles, latToTileY, lonToTileX } from "./tiles";
import { buildTopology } from "./topology";

// FIXTURE: three 1° squares in central Peru; 0 and 1 share an edge, 2 is in another department.
const square = (x0: number, y0: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x0, y0],
      [x0 + 1, y0],
      [x0 + 1, y0 + 1],
      [x0, y0 + 1],
      [x0, y0],
    ],
  ],
});
const fixture = () => {
  const ds = [square(-76, -10), square(-75, -10), square(-74, -10)].map((g, i) => {
    const d = fixtureDistrict(i, g);
    const [w, s] = [g.coordinates[0]![0]![0]!, g.coordinates[0]![0]![1]!];
    d.row.bbox = [w, s, w + 1, s + 1];
    if (i === 2) Object.assign(d.row, { provinceCode: "0201", departmentCode: "02" });
    return d;
  });
  return { topology: buildTopology(ds, 0).topology, rows: ds.map((d) => d.row) };
};
const decode = (data: Uint8Array) => new VectorTile(new Pbf(data));

describe("tile coordinates", () => {
  it("match hand-worked Web-Mercator columns and rows", () => {
    // x = ⌊(−81.5 + 180) / 360 · 32⌋ = ⌊8.756⌋ = 8; the equator is row 2^z / 2.
    expect(lonToTileX(-81.5, 5)).toBe(8);
    expect(lonToTileX(-68.64, 5)).toBe(9);
    expect(latToTileY(-0.03, 5)).toBe(16);
    // φ = −18.36°: ln(tan φ + sec φ) = −0.3259 → (1 + 0.3259/π) / 2 · 32 = 17.66.
    expect(latToTileY(-18.36, 5)).toBe(17);
    expect(lonToTileX(-75, 0)).toBe(0);
  });
});

describe("buildDistrictTiles", () => {
  const { topology, rows } = fixture();
  const { tiles, bytes } = buildDistrictTiles(topology, rows);

  it("writes one z0 tile with every district by id, no properties, and the outlines", () => {
    const z0 = tiles.filter((t) => t.z === 0);
    expect(z0.map((t) => [t.x, t.y])).toEqual([[0, 0]]);
    const tile = decode(z0[0]!.data);
    const d = tile.layers[DISTRICT_TILES.layers.districts]!;
    expect(d.extent).toBe(DISTRICT_TILES.extent);
    const feats = Array.from({ length: d.length }, (_, i) => d.feature(i));
    expect(feats.map((f) => f.id).sort()).toEqual([0, 1, 2]);
    expect(feats.every((f) => f.type === 3 && Object.keys(f.properties).length === 0)).toBe(true);
    const b = tile.layers[DISTRICT_TILES.layers.borders]!;
    const levels = Array.from({ length: b.length }, (_, i) => b.feature(i).properties.level);
    expect(levels.sort()).toEqual(["department", "province"]);
    expect(bytes).toBe(tiles.reduce((a, t) => a + t.data.length, 0));
  });

  it("covers every district at every zoom up to maxzoom", () => {
    for (let z = DISTRICT_TILES.minzoom; z <= DISTRICT_TILES.maxzoom; z++) {
      const ids = new Set<number>();
      for (const t of tiles.filter((t) => t.z === z && t.data.length > 0)) {
        const layer = decode(t.data).layers[DISTRICT_TILES.layers.districts]!;
        expect(layer.length).toBeGreaterThan(0);
        for (let i = 0; i < layer.length; i++) ids.add(Number(layer.feature(i).id));
      }
      expect([...ids].sort()).toEqual([0, 1, 2]);
    }
    // The 3° × 1° block spans z6 columns ⌊(104 / 360) · 64⌋ = 18 … ⌊(107 / 360) · 64⌋ = 19.
    const z6 = tiles.filter((t) => t.z === 6 && t.data.length > 0);
    expect(new Set(z6.map((t) => t.x))).toEqual(new Set([18, 19]));
    expect(Math.max(...tiles.map((t) => t.z))).toBe(DISTRICT_TILES.maxzoom);
  });

  it("puts a district's shape where its coordinates say (tile-local units)", () => {
    const z0 = decode(tiles.find((t) => t.z === 0)!.data).layers[DISTRICT_TILES.layers.districts]!;
    const f = Array.from({ length: z0.length }, (_, i) => z0.feature(i)).find((g) => g.id === 0)!;
    const xs = f.loadGeometry()[0]!.map((p) => p.x);
    // lon −76 → (104 / 360) · 2048 = 591.6; lon −75 → 597.3 (geojson-vt rounds to units).
    expect(Math.min(...xs)).toBe(592);
    expect(Math.max(...xs)).toBe(597);
  });

  it("writes every tile inside Peru's bounds, the empty ones as zero bytes (no 404s)", () => {
    // z5 over DISTRICT_TILES.bounds: columns 8–9, rows 16–17 (see "tile coordinates").
    const z5 = tiles.filter((t) => t.z === 5).map((t) => [t.x, t.y, t.data.length > 0]);
    expect(z5).toEqual([
      [8, 16, false],
      [8, 17, false],
      [9, 16, true],
      [9, 17, false],
    ]);
  });

  it("refuses a district outside the declared bounds, naming it", () => {
    const far = fixture();
    far.rows[1]!.bbox = [-90, -10, -89, -9];
    expect(() => buildDistrictTiles(far.topology, far.rows)).toThrow(BuildError);
    expect(() => buildDistrictTiles(far.topology, far.rows)).toThrow(/010102/);
  });
});
