import { VectorTile } from "@mapbox/vector-tile";
import type { Polygon } from "geojson";
import Pbf from "pbf";
import { describe, expect, it } from "vitest";
import { DISTRICT_TILES } from "../../src/config/map";
import { BuildError } from "./errors";
import { fixtureDistrict } from "./test-districts";
import { buildDistrictTiles, latToTileY, lonToTileX, minAreaAtZoom } from "./tiles";
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

  it("writes one z3 tile with every district by id, no properties, and the outlines", () => {
    // Peru's bounds at z3: column ⌊(98.65 / 360) · 8⌋ = ⌊(111.36 / 360) · 8⌋ = 2, row 4.
    const z3 = tiles.filter((t) => t.z === 3);
    expect(z3.map((t) => [t.x, t.y])).toEqual([[2, 4]]);
    const tile = decode(z3[0]!.data);
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
    expect(Math.max(...tiles.map((t) => t.z))).toBe(DISTRICT_TILES.maxzoom);
  });

  it("puts shapes where their coordinates say, neighbours sharing their edge (no gap)", () => {
    const z3 = decode(tiles.find((t) => t.z === 3)!.data).layers[DISTRICT_TILES.layers.districts]!;
    const xsOf = (id: number) => {
      const f = Array.from({ length: z3.length }, (_, i) => z3.feature(i)).find(
        (g) => g.id === id,
      )!;
      return f.loadGeometry()[0]!.map((p) => p.x);
    };
    // Tile (2, 4) at z3 starts at lon −90: lon −76 → (104 / 360 · 8 − 2) · 2048 = 637.2;
    // lon −75 → 682.7; lon −74 → 728.2 (rounded to tile units).
    expect([Math.min(...xsOf(0)), Math.max(...xsOf(0))]).toEqual([637, 683]);
    expect([Math.min(...xsOf(1)), Math.max(...xsOf(1))]).toEqual([683, 728]);
  });

  it("simplifies each zoom to 2 px² in degrees², four times finer per zoom", () => {
    // 2 · (360 / (512 · 32))² = 2 · 0.02197265625² = 9.65595e-4.
    expect(minAreaAtZoom(5)).toBeCloseTo(9.65595e-4, 9);
    expect(minAreaAtZoom(4) / minAreaAtZoom(5)).toBeCloseTo(4, 12);
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
