import type { FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { feature, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { planarRingArea, planarTriangleArea, presimplify, simplify } from "topojson-simplify";
import type { Objects, Topology } from "topojson-specification";

/** Topology of the districts object (geometry properties { ubigeo }). */
export type DistrictTopology = Topology<Objects<{ ubigeo: string }>>;
import type { DistrictFeature } from "./boundaries";

export interface TopologyResult {
  topology: DistrictTopology;
  /** Geometries that are non-empty (every ring keeps ≥ 3 distinct points) after simplification. */
  nonEmpty: number;
  /** Rings that would have collapsed and kept extra points. */
  ringsRescued: number;
  /** Extra polygon parts or holes (cleaning fragments) that collapsed to < 3 points and were dropped. */
  partsDropped: number;
  /** Arcs from topojson-server and after merging single-use runs. */
  arcsBefore: number;
  arcsAfter: number;
  pointsBefore: number;
  pointsAfter: number;
}

/**
 * Default minimum weight: Visvalingam triangle area as a share of the smallest district owning the
 * vertex (5e-3 = 0.5 %). Chosen so the national view keeps its shape, Lima's small districts keep
 * theirs, and all of public/data stays ≤ 600 KB gzip (topology ≈ 340 KB gzip; 370 KB at 3e-3,
 * 310 KB at 1e-2).
 */
export const DEFAULT_MIN_WEIGHT = 5e-3;

type Ring = number[];

/**
 * For each vertex ("x,y"), the planar area (degrees²) of the smallest district it belongs to. The
 * simplification weight is the Visvalingam triangle area divided by this, so a point is dropped when
 * its triangle is small *relative to its district*: large Amazon districts lose detail, the small
 * districts of Lima keep theirs (an absolute threshold turned them into triangles).
 */
function vertexScale(districts: readonly DistrictFeature[]): Map<string, number> {
  const scale = new Map<string, number>();
  for (const d of districts) {
    const polys = d.geometry.type === "Polygon" ? [d.geometry.coordinates] : d.geometry.coordinates;
    const area = polys.reduce((a, poly) => {
      const outer = poly[0];
      return outer ? a + Math.abs(planarRingArea(outer.map((p) => [p[0] ?? 0, p[1] ?? 0]))) : a;
    }, 0);
    if (!(area > 0)) continue;
    for (const poly of polys) {
      for (const ring of poly) {
        for (const p of ring) {
          const key = `${p[0]},${p[1]}`;
          const prev = scale.get(key);
          if (prev === undefined || area < prev) scale.set(key, area);
        }
      }
    }
  }
  return scale;
}
type Geometry = { type: string | null; arcs?: unknown; id?: string | number };

const arcIndex = (i: number): number => (i < 0 ? ~i : i);

function ringsOf(g: Geometry): Ring[] {
  const isRingList = (x: unknown): x is Ring[] =>
    Array.isArray(x) && x.every((r) => Array.isArray(r) && r.every((n) => typeof n === "number"));
  if (g.type === "Polygon" && isRingList(g.arcs)) return g.arcs;
  if (g.type === "MultiPolygon" && Array.isArray(g.arcs)) {
    return g.arcs.flatMap((p: unknown) => (isRingList(p) ? p : []));
  }
  return [];
}

/**
 * District boundaries → TopoJSON. Steps: topology (exact coordinates; arcs shared where neighbours
 * share vertices) → merge runs of arcs used by a single ring (see mergeSingleUseArcs) → Visvalingam
 * presimplify (weight relative to district size, see vertexScale) → keep points with weight ≥
 * minWeight → quantize 1e5.
 * Rings that would keep fewer than 3 distinct points get back their highest-weight points (weights
 * set to Infinity, on the shared arc, so neighbours stay consistent): no district disappears.
 * Geometry id = district id; properties { ubigeo } only.
 */
export function buildTopology(
  districts: readonly DistrictFeature[],
  minWeight = DEFAULT_MIN_WEIGHT,
): TopologyResult {
  const fc: FeatureCollection<Polygon | MultiPolygon, { ubigeo: string }> = {
    type: "FeatureCollection",
    features: districts.map((d) => ({
      type: "Feature",
      id: d.row.id,
      properties: { ubigeo: d.row.ubigeo },
      geometry: d.geometry,
    })),
  };
  // @types/topojson-server types the result with nullable properties, which @types/topojson-simplify
  // does not accept; we built every feature with properties { ubigeo }.
  const topo = topology({ districts: fc }) as DistrictTopology;
  const arcsBefore = topo.arcs.length;
  mergeSingleUseArcs(topo);
  const scale = vertexScale(districts);
  const pre = presimplify(topo, (triangle) => {
    const mid = triangle[1];
    return planarTriangleArea(triangle) / (scale.get(`${mid[0]},${mid[1]}`) ?? 1);
  });
  const collection = pre.objects.districts;
  const geometries: Geometry[] =
    collection && collection.type === "GeometryCollection" ? collection.geometries : [];

  // Arcs after presimplify are [x, y, weight] in absolute coordinates.
  const weightOf = (p: number[]): number => p[2] ?? Infinity;
  let ringsRescued = 0;
  for (const g of geometries) {
    for (const ring of ringsOf(g)) {
      const kept = ring.reduce((n, a) => {
        const arc = pre.arcs[arcIndex(a)] ?? [];
        return n + arc.filter((p) => weightOf(p) >= minWeight).length - 1;
      }, 0);
      if (kept >= 3) continue;
      ringsRescued++;
      const candidates = ring
        .flatMap((a) => (pre.arcs[arcIndex(a)] ?? []).slice(1, -1))
        .filter((p) => weightOf(p) < minWeight)
        .sort((p, q) => weightOf(q) - weightOf(p));
      for (const p of candidates.slice(0, 3 - kept)) p[2] = Infinity;
    }
  }
  const pointsBefore = pre.arcs.reduce((n, a) => n + a.length, 0);
  const simplified = simplify(pre, minWeight);
  const pointsAfter = simplified.arcs.reduce((n, a) => n + a.length, 0);
  const quantized = quantize(simplified, 1e5);
  const partsDropped = dropCollapsedParts(quantized);
  return {
    topology: quantized,
    partsDropped,
    nonEmpty: countNonEmpty(quantized),
    ringsRescued,
    arcsBefore,
    arcsAfter: quantized.arcs.length,
    pointsBefore,
    pointsAfter,
  };
}

/**
 * The raw 1,891-district layer is not topologically clean: neighbours were digitised (or
 * simplified) separately, so their borders coincide only at scattered vertices and topojson cuts
 * each border into many short arcs whose endpoints can never be simplified away (43,788 arcs on
 * the raw 2025 layer). The build now snaps the layer with mapshaper first (clean-boundaries.ts),
 * which leaves 5,804 arcs, and this merge removes only a few more (5,784 in the 2025 build); it
 * stays as a guard for what the snapping misses. It joins, in place, every run of consecutive arcs
 * that belong to one ring only into a single arc; arcs shared by two rings are kept. Expects an
 * unquantized topology (absolute coordinates).
 */
export function mergeSingleUseArcs(topo: DistrictTopology): void {
  const collection = topo.objects.districts;
  if (!collection || collection.type !== "GeometryCollection") return;
  const uses = new Array<number>(topo.arcs.length).fill(0);
  const allRings = collection.geometries.flatMap((g) => ringsOf(g));
  for (const ring of allRings)
    for (const a of ring) uses[arcIndex(a)] = (uses[arcIndex(a)] ?? 0) + 1;
  const single = (a: number): boolean => uses[arcIndex(a)] === 1;
  const points = (a: number): number[][] => {
    const arc = topo.arcs[arcIndex(a)] ?? [];
    return a < 0 ? [...arc].reverse() : arc;
  };
  const newArcs: number[][][] = [];
  const remap = new Map<number, number>();
  const keepShared = (a: number): number => {
    const i = arcIndex(a);
    let j = remap.get(i);
    if (j === undefined) {
      j = newArcs.length;
      newArcs.push(topo.arcs[i] ?? []);
      remap.set(i, j);
    }
    return a < 0 ? ~j : j;
  };
  for (const ring of allRings) {
    // Rotate so the ring starts right after a shared arc (or keep it when all arcs are single-use).
    const firstShared = ring.findIndex((a) => !single(a));
    const rotated =
      firstShared <= 0 ? [...ring] : [...ring.slice(firstShared), ...ring.slice(0, firstShared)];
    const out: number[] = [];
    let run: number[][] | null = null;
    const flush = (): void => {
      if (run) {
        out.push(newArcs.length);
        newArcs.push(run);
        run = null;
      }
    };
    for (const a of rotated) {
      if (!single(a)) {
        flush();
        out.push(keepShared(a));
        continue;
      }
      const pts = points(a);
      run = run === null ? [...pts] : [...run, ...pts.slice(1)];
    }
    flush();
    ring.splice(0, ring.length, ...out);
  }
  topo.arcs = newArcs;
}

/**
 * Drop, in place, polygon parts and holes whose ring decodes to fewer than 3 distinct points after
 * quantization (tiny fragments left by cleaning: sub-pixel at every zoom the app allows). A
 * geometry always keeps one outer ring (a valid one when it has any), so no district disappears.
 * Returns the count.
 */
export function dropCollapsedParts(topo: DistrictTopology): number {
  const collection = topo.objects.districts;
  if (!collection || collection.type !== "GeometryCollection") return 0;
  const ringOk = (ring: number[]): boolean => {
    const probe = { type: "Polygon" as const, arcs: [ring] };
    const f = feature(topo, probe);
    if (f.geometry.type !== "Polygon") return false;
    const outer = f.geometry.coordinates[0] ?? [];
    return new Set(outer.map((p) => `${p[0]},${p[1]}`)).size >= 3;
  };
  let dropped = 0;
  for (const g of collection.geometries) {
    if (g.type === "Polygon") {
      const [outer, ...holes] = g.arcs;
      const kept = holes.filter(ringOk);
      dropped += holes.length - kept.length;
      if (outer) g.arcs = [outer, ...kept];
    } else if (g.type === "MultiPolygon") {
      const anyOk = g.arcs.some((poly) => poly[0] !== undefined && ringOk(poly[0]));
      const polys = g.arcs.map((poly, i) => {
        const [outer, ...holes] = poly;
        if (!outer) return null;
        if ((anyOk || i > 0) && !ringOk(outer)) return null;
        const kept = holes.filter(ringOk);
        dropped += holes.length - kept.length;
        return [outer, ...kept];
      });
      const kept = polys.filter((p): p is number[][] => p !== null);
      dropped += polys.length - kept.length;
      g.arcs = kept;
    }
  }
  return dropped;
}

/** Number of geometries of objects.districts whose decoded rings all have ≥ 3 distinct points. */
export function countNonEmpty(topo: DistrictTopology): number {
  const collection = topo.objects.districts;
  if (!collection || collection.type !== "GeometryCollection") return 0;
  let n = 0;
  for (const g of collection.geometries) {
    const f = feature(topo, g);
    if (!("geometry" in f)) continue;
    const geom = f.geometry;
    if (geom.type !== "Polygon" && geom.type !== "MultiPolygon") continue;
    const polys: Position[][][] = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
    const ok =
      polys.length > 0 &&
      polys.every((poly) =>
        poly.every((ring) => new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3),
      );
    if (ok) n++;
  }
  return n;
}
