import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MultiPolygon, Polygon } from "geojson";
import mapshaper from "mapshaper";
import type { DistrictFeature } from "./boundaries";

/**
 * The mapsPERU layer draws neighbouring districts separately: their common borders meet only at
 * scattered vertices, leaving ~50,000 thin gaps and overlaps. Shared arcs (and so a gap-free,
 * sliver-free simplification) need identical borders, so the geometry is cleaned first with
 * mapshaper: snap vertices closer than SNAP_DEG, then `-clean`, which removes overlaps and gives
 * each gap under GAP_FILL to the neighbour with the longest shared border.
 */
export const SNAP_DEG = 0.0003; // ≈ 33 m; the source's coordinates have ~5 decimals (≈ 1 m)
export const GAP_FILL = "10km2";

export interface CleanResult {
  districts: DistrictFeature[];
  /** Districts whose cleaned geometry came back empty and kept the original geometry. */
  keptOriginal: string[];
  cached: boolean;
  ms: number;
}

const isPolygonal = (g: unknown): g is Polygon | MultiPolygon =>
  typeof g === "object" &&
  g !== null &&
  "type" in g &&
  (g.type === "Polygon" || g.type === "MultiPolygon") &&
  "coordinates" in g &&
  Array.isArray(g.coordinates);

/**
 * Clean all district geometries (order and rows kept). The result is cached under cacheDir by a
 * hash of the input geometry and the options, since cleaning takes seconds and the build runs
 * before every dev server, build and test.
 */
export async function cleanBoundaries(
  districts: readonly DistrictFeature[],
  cacheDir: string | null,
): Promise<CleanResult> {
  const start = performance.now();
  const input = {
    type: "FeatureCollection",
    features: districts.map((d) => ({
      type: "Feature",
      properties: { ubigeo: d.row.ubigeo },
      geometry: d.geometry,
    })),
  };
  const text = JSON.stringify(input);
  const hash = createHash("sha256").update(`${SNAP_DEG}|${GAP_FILL}|${text}`).digest("hex");
  const cacheFile = cacheDir ? join(cacheDir, `clean-${hash.slice(0, 16)}.json`) : null;
  let outText: string | null;
  let cached = false;
  if (cacheFile && existsSync(cacheFile)) {
    outText = readFileSync(cacheFile, "utf8");
    cached = true;
  } else {
    const out = await mapshaper.applyCommands(
      `-i in.json snap-interval=${SNAP_DEG} -clean gap-fill-area=${GAP_FILL} -o out.json format=geojson precision=0.000001`,
      { "in.json": input },
    );
    outText = out["out.json"] ?? null;
    if (outText === null) throw new Error("mapshaper no devolvió geometría limpia");
    if (cacheFile && cacheDir) {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(cacheFile, outText);
    }
  }
  const parsed: unknown = JSON.parse(outText);
  const features =
    typeof parsed === "object" &&
    parsed !== null &&
    "features" in parsed &&
    Array.isArray(parsed.features)
      ? (parsed.features as unknown[])
      : [];
  const byUbigeo = new Map<string, Polygon | MultiPolygon>();
  for (const f of features) {
    if (typeof f !== "object" || f === null || !("properties" in f) || !("geometry" in f)) continue;
    const props = f.properties;
    const ubigeo =
      typeof props === "object" && props !== null && "ubigeo" in props
        ? String(props.ubigeo)
        : null;
    if (ubigeo && isPolygonal(f.geometry)) byUbigeo.set(ubigeo, f.geometry);
  }
  const keptOriginal: string[] = [];
  const cleaned = districts.map((d) => {
    const g = byUbigeo.get(d.row.ubigeo);
    if (!g) keptOriginal.push(d.row.ubigeo);
    return { row: d.row, geometry: g ?? d.geometry };
  });
  return { districts: cleaned, keptOriginal, cached, ms: performance.now() - start };
}
