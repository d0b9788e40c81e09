import { GeoJSONVT } from "@maplibre/geojson-vt";
import { fromGeojsonVt } from "@maplibre/vt-pbf";
import { presimplify, simplify } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";
import { DISTRICT_TILES } from "../../src/config/map";
import type { DistrictRow } from "../../src/data/contract";
import { buildMapGeometry } from "../../src/map/geometry";
import { BuildError } from "./errors";

export interface VectorTile {
  z: number;
  x: number;
  y: number;
  /** Uncompressed Mapbox Vector Tile (PBF), version 2. */
  data: Uint8Array;
}

/** Web-Mercator tile column of a longitude: x = ⌊(lon + 180) / 360 · 2^z⌋. */
export function lonToTileX(lon: number, z: number): number {
  return Math.floor(((lon + 180) / 360) * 2 ** z);
}

/** Web-Mercator tile row of a latitude: y = ⌊(1 − ln(tan φ + sec φ) / π) / 2 · 2^z⌋. */
export function latToTileY(lat: number, z: number): number {
  const phi = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * 2 ** z);
}

/**
 * Visvalingam area kept per zoom, in square pixels of a 512-px tile: a vertex whose triangle is
 * under 2 px² hardly shows at that zoom. Measured on the real data (z5, the national view):
 * ¼ px² kept 30,810 points and made the first draw ~170 ms slower; 2 px² keeps 25,502.
 */
const MIN_AREA_PX2 = 2;

/**
 * geojson-vt's own per-polygon simplification, in tile units (2048 per 512 px: 2 = ½ px, 1 px at
 * the 2× over-zoom before the detail takes over). Kept small because it does not know the
 * topology: beyond dropping the duplicate points quantization leaves, it could open gaps.
 */
const TOLERANCE = 2;

/** Minimum Visvalingam triangle area (degrees²) at zoom z: MIN_AREA_PX2 · (360 / (512 · 2^z))². */
export function minAreaAtZoom(z: number): number {
  const degPerPx = 360 / (512 * 2 ** z);
  return MIN_AREA_PX2 * degPerPx * degPerPx;
}

/**
 * Cut the simplified district topology into vector tiles z = minzoom … maxzoom over `bounds`
 * (the app's DISTRICT_TILES.bounds; tests pass their fixture's): layer "districts" (polygons,
 * id = district id, no properties — the app joins everything else by id) and layer "borders"
 * (province and department outlines meshed from the shared arcs, property level). Each zoom is
 * simplified on the topology (minAreaAtZoom), so neighbours still share every vertex — no gaps
 * or slivers wider than ½ px — and geojson-vt only clips and quantizes. Empty tiles inside the
 * bounds are written as zero-byte files. Throws BuildError when a district lies outside `bounds`.
 */
export function buildDistrictTiles(
  topology: Topology,
  rows: readonly DistrictRow[],
  bounds: readonly [number, number, number, number] = DISTRICT_TILES.bounds,
): { tiles: VectorTile[]; bytes: number } {
  const [west, south, east, north] = bounds;
  for (const r of rows) {
    const [w, s, e, n] = r.bbox;
    if (w < west || s < south || e > east || n > north)
      throw new BuildError(
        `teselas: el distrito ${r.ubigeo} (${r.name}) sale del rectángulo DISTRICT_TILES.bounds (src/config/map.ts)`,
      );
  }
  const weighted = presimplify(topology as Topology<Objects<{ ubigeo: string }>>);
  const tiles: VectorTile[] = [];
  let bytes = 0;
  for (let z = DISTRICT_TILES.minzoom; z <= DISTRICT_TILES.maxzoom; z++) {
    const geo = buildMapGeometry(simplify(weighted, minAreaAtZoom(z)), rows);
    const districts = {
      type: "FeatureCollection" as const,
      features: geo.districts.features.map((f) => ({ ...f, properties: {} })),
    };
    const borders = {
      type: "FeatureCollection" as const,
      features: geo.source.features.filter((f) => "level" in f.properties),
    };
    const options = {
      maxZoom: z + 1, // at its maxZoom geojson-vt would not apply TOLERANCE
      indexMaxZoom: z,
      indexMaxPoints: 0,
      extent: DISTRICT_TILES.extent,
      tolerance: TOLERANCE,
      buffer: 16,
    };
    const districtIndex = new GeoJSONVT(districts, options);
    const borderIndex = new GeoJSONVT(borders, options);
    for (let x = lonToTileX(west, z); x <= lonToTileX(east, z); x++) {
      for (let y = latToTileY(north, z); y <= latToTileY(south, z); y++) {
        const d = districtIndex.getTile(z, x, y);
        if (!d || d.features.length === 0) {
          // Zero bytes, not a 404: the map asks for every tile inside the bounds and logs
          // missing ones as errors; MapLibre reads an empty body as an empty tile.
          tiles.push({ z, x, y, data: new Uint8Array(0) });
          continue;
        }
        const b = borderIndex.getTile(z, x, y);
        const layers = {
          [DISTRICT_TILES.layers.districts]: d,
          ...(b ? { [DISTRICT_TILES.layers.borders]: b } : {}),
        };
        const data = fromGeojsonVt(layers, { version: 2, extent: DISTRICT_TILES.extent });
        tiles.push({ z, x, y, data });
        bytes += data.length;
      }
    }
  }
  return { tiles, bytes };
}
