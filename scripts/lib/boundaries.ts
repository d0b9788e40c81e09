import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import turfArea from "@turf/area";
import turfBbox from "@turf/bbox";
import pointOnFeature from "@turf/point-on-feature";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { DistrictRow } from "../../src/data/contract";
import { parseUbigeo } from "../../src/core/ubigeo";
import { BuildError } from "./errors";

export const BOUNDARY_FILE = "mapsperu-boundaries-2025/peru_distritos_1891.geojson";

/** A district of the boundary layer with its geometry (id = index after sorting by ubigeo). */
export interface DistrictFeature {
  row: DistrictRow;
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryResult {
  districts: DistrictFeature[];
  /** Features read from the file. */
  featuresRead: number;
  /** Features left out (null or invalid geometry), with the reason (Spanish). */
  dropped: string[];
  /** Codes repaired by parseUbigeo (lost leading zero). */
  repaired: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === "number" &&
  typeof p[1] === "number" &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  Math.abs(p[0]) <= 180 &&
  Math.abs(p[1]) <= 90;

/** Why a linear ring is invalid, or null when it is a closed ring of ≥ 4 valid positions. */
function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return "anillo que no es una lista";
  if (ring.length < 4) return `anillo con ${ring.length} posiciones (mínimo 4)`;
  if (!ring.every(isPosition)) return "coordenada no válida";
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) return "anillo no cerrado";
  return null;
}

function polygonProblem(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return "polígono sin anillos";
  for (const ring of rings) {
    const p = ringProblem(ring);
    if (p) return p;
  }
  return null;
}

const isPolygonCoordinates = (c: unknown): c is Position[][] => polygonProblem(c) === null;
const isMultiPolygonCoordinates = (c: unknown): c is Position[][][] =>
  Array.isArray(c) && c.length > 0 && c.every(isPolygonCoordinates);

/** Validate a GeoJSON geometry as Polygon / MultiPolygon; returns it or a problem. */
export function checkGeometry(
  g: unknown,
): { geometry: Polygon | MultiPolygon; problem: null } | { geometry: null; problem: string } {
  if (g === null || g === undefined) return { geometry: null, problem: "geometría nula" };
  if (!isRecord(g)) return { geometry: null, problem: "geometría no es un objeto" };
  const c = g.coordinates;
  if (g.type === "Polygon") {
    if (isPolygonCoordinates(c))
      return { geometry: { type: "Polygon", coordinates: c }, problem: null };
    return { geometry: null, problem: polygonProblem(c) ?? "polígono no válido" };
  }
  if (g.type === "MultiPolygon") {
    if (isMultiPolygonCoordinates(c)) {
      return { geometry: { type: "MultiPolygon", coordinates: c }, problem: null };
    }
    const first = Array.isArray(c) ? c.map(polygonProblem).find((p) => p !== null) : null;
    return { geometry: null, problem: first ?? "multipolígono vacío" };
  }
  return { geometry: null, problem: `tipo de geometría ${String(g.type)} (se esperaba Polygon)` };
}

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Read a text property, stopping the build when it is absent. */
function textProp(props: Record<string, unknown>, key: string, at: string): string {
  const v = props[key];
  if (typeof v !== "string" || v.trim() === "") {
    throw new BuildError(`${at}: falta la propiedad ${key}.`);
  }
  return v.trim();
}

/**
 * Read the 1,891-district layer: validate, sort by ubigeo, id = index, and compute with Turf the area
 * (km², 2 decimals), a label point inside the polygon and the bbox (5 decimals) and the queen
 * neighbours. Null/invalid geometries are left out and listed in `dropped`; a missing or duplicate
 * code stops the build.
 */
export function readBoundaries(rawDir: string, file = BOUNDARY_FILE): BoundaryResult {
  const path = join(rawDir, file);
  if (!existsSync(path)) throw new BuildError(`${file}: falta el archivo (buscado en ${path}).`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new BuildError(
      `${file}: JSON no válido (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    throw new BuildError(`${file}: se esperaba un FeatureCollection de GeoJSON.`);
  }
  if (json.features.length === 0) throw new BuildError(`${file}: no tiene entidades.`);

  const dropped: string[] = [];
  const seen = new Map<string, number>();
  let repaired = 0;
  const parsed: {
    ubigeo: string;
    props: Record<string, unknown>;
    geometry: Polygon | MultiPolygon;
  }[] = [];
  json.features.forEach((f: unknown, i: number) => {
    const at = `${file}, entidad ${i + 1}`;
    if (!isRecord(f) || !isRecord(f.properties)) throw new BuildError(`${at}: sin propiedades.`);
    const props = f.properties;
    const code = parseUbigeo(props.COD_DISTRITO);
    if (code.ubigeo === null || code.level !== "district") {
      throw new BuildError(
        `${at}, COD_DISTRITO: ${code.problem ?? `"${String(props.COD_DISTRITO)}" no es un distrito`}.`,
      );
    }
    if (code.repaired) repaired++;
    const prev = seen.get(code.ubigeo);
    if (prev !== undefined) {
      throw new BuildError(`${at}: ubigeo ${code.ubigeo} repetido (ya en la entidad ${prev}).`);
    }
    seen.set(code.ubigeo, i + 1);
    const checked = checkGeometry(f.geometry);
    if (checked.geometry === null) {
      dropped.push(`${code.ubigeo} (${String(props.DISTRITO ?? "")}): ${checked.problem}`);
      return;
    }
    parsed.push({ ubigeo: code.ubigeo, props, geometry: checked.geometry });
  });
  parsed.sort((a, b) => (a.ubigeo < b.ubigeo ? -1 : a.ubigeo > b.ubigeo ? 1 : 0));

  const districts = parsed.map((p, id): DistrictFeature => {
    const at = `${file}, ubigeo ${p.ubigeo}`;
    const feature: Feature<Polygon | MultiPolygon> = {
      type: "Feature",
      properties: {},
      geometry: p.geometry,
    };
    const [minX, minY, maxX, maxY] = turfBbox(feature);
    const label = pointOnFeature(feature).geometry.coordinates;
    const provinceCode = textProp(p.props, "COD_PROVINCIA", at).slice(0, 4);
    const departmentCode = textProp(p.props, "COD_DEPARTAMENTO", at).slice(0, 2);
    return {
      geometry: p.geometry,
      row: {
        id,
        ubigeo: p.ubigeo,
        name: textProp(p.props, "DISTRITO", at),
        province: textProp(p.props, "PROVINCIA", at),
        department: textProp(p.props, "DEPARTAMENTO", at),
        provinceCode,
        departmentCode,
        naturalRegion: textProp(p.props, "REGION_NATURAL", at),
        areaKm2: round(turfArea(feature) / 1e6, 2),
        label: [round(label[0] ?? NaN, 5), round(label[1] ?? NaN, 5)],
        bbox: [round(minX, 5), round(minY, 5), round(maxX, 5), round(maxY, 5)],
        neighbors: [],
      },
    };
  });
  const neighbours = computeQueenNeighbors(districts.map((d) => d.geometry));
  districts.forEach((d, i) => {
    d.row.neighbors = neighbours[i] ?? [];
  });
  return { districts, featuresRead: json.features.length, dropped, repaired };
}

/**
 * Queen contiguity: two polygons are neighbours when they share at least one vertex. Vertices are
 * hashed on coordinates rounded to 1e-6 degrees (≈ 0.1 m), so the cost is linear in the number of
 * vertices. Returns, for each geometry index, the sorted indexes of its neighbours.
 */
export function computeQueenNeighbors(
  geometries: readonly (Polygon | MultiPolygon)[],
  gapToleranceDeg = GAP_TOLERANCE_DEG,
): number[][] {
  const owners = new Map<string, number[]>();
  geometries.forEach((g, id) => {
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    for (const poly of polygons) {
      for (const ring of poly) {
        for (const p of ring) {
          const key = `${Math.round((p[0] ?? 0) * 1e6)},${Math.round((p[1] ?? 0) * 1e6)}`;
          const list = owners.get(key);
          if (list === undefined) owners.set(key, [id]);
          else if (list[list.length - 1] !== id && !list.includes(id)) list.push(id);
        }
      }
    }
  });
  const sets = geometries.map(() => new Set<number>());
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    for (const a of list) for (const b of list) if (a !== b) sets[a]?.add(b);
  }
  // Fallback for districts left without neighbours: the layer is not topologically clean, and a few
  // districts (La Punta, Ollaraya) are separated from their land neighbours by gaps of 5-40 m. Join
  // them to districts whose boundary comes within gapToleranceDeg; true islands stay alone.
  const boxes = geometries.map(ringsBbox);
  sets.forEach((set, id) => {
    if (set.size > 0 || gapToleranceDeg <= 0) return;
    const g = geometries[id];
    const box = boxes[id];
    if (!g || !box) return;
    geometries.forEach((other, j) => {
      const ob = boxes[j];
      if (j === id || !ob) return;
      const t = gapToleranceDeg;
      if (ob[0] > box[2] + t || ob[2] < box[0] - t || ob[1] > box[3] + t || ob[3] < box[1] - t)
        return;
      if (boundaryDistance(g, other, t) <= t) {
        set.add(j);
        sets[j]?.add(id);
      }
    });
  });
  return sets.map((s) => [...s].sort((a, b) => a - b));
}

/** ≈ 55 m: larger than the gaps seen in the layer (≤ 40 m), far smaller than any lake or sea strait. */
export const GAP_TOLERANCE_DEG = 5e-4;

const ringsOf = (g: Polygon | MultiPolygon): Position[][] =>
  g.type === "Polygon" ? g.coordinates : g.coordinates.flat(1);

function ringsBbox(g: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(g)) {
    for (const p of ring) {
      const x = p[0] ?? 0;
      const y = p[1] ?? 0;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** Planar distance (degrees) from point p to segment a–b. */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Smallest vertex-to-segment distance between two boundaries (both directions), early exit at `stop`. */
function boundaryDistance(
  g: Polygon | MultiPolygon,
  h: Polygon | MultiPolygon,
  stop: number,
): number {
  let best = Infinity;
  for (const [u, v] of [
    [g, h],
    [h, g],
  ] as const) {
    for (const ring of ringsOf(u)) {
      for (const p of ring) {
        for (const other of ringsOf(v)) {
          for (let i = 0; i + 1 < other.length; i++) {
            const a = other[i];
            const b = other[i + 1];
            if (!a || !b) continue;
            best = Math.min(best, segmentDistance(p, a, b));
            if (best <= stop) return best;
          }
        }
      }
    }
  }
  return best;
}
