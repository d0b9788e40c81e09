/**
 * Assign points to districts: a uniform grid over the districts' bounding boxes (prefilter), then
 * ray casting (core/point-in-polygon.ts) against the few districts whose box holds the point. Pure;
 * the points worker and the Node bench (scripts/bench-points.ts) run this same code, and the bench
 * compares it with `assignPointsNaive` (ray casting against every district, no prefilter).
 */
import {
  locatePoint,
  LOCATION,
  ON_EDGE_TOLERANCE_DEG,
  ringsBbox,
  type FlatRing,
} from "./point-in-polygon";

/** One district's geometry: all rings of all its parts (even–odd), with its bounding box. */
export interface DistrictShape {
  /** District id (row index of the district table). */
  id: number;
  rings: FlatRing[];
  bbox: [number, number, number, number];
}

/** Outcome per point. */
export const POINT_STATUS = {
  /** Strictly inside one district. */
  inside: 0,
  /** Inside no district: outside Peru, at sea, or between districts' simplified edges. */
  outside: 1,
  /** Within the edge tolerance of a district's edge (a border between districts, or the coast). */
  border: 2,
  /** No usable coordinate (empty, not a number, latitude beyond ±90 or longitude beyond ±180). */
  invalid: 3,
} as const;
export type PointStatus = (typeof POINT_STATUS)[keyof typeof POINT_STATUS];

export interface DistrictIndex {
  shapes: readonly DistrictShape[];
  x0: number;
  y0: number;
  cellDeg: number;
  cols: number;
  rows: number;
  /** CSR layout: the districts of cell c are ids[offsets[c] … offsets[c + 1]). */
  offsets: Int32Array;
  ids: Int32Array;
}

export interface PointAssignment {
  /** District id per point; −1 when outside or invalid. Border points: the lowest id touched. */
  district: Int32Array;
  status: Uint8Array;
}

export function shapeOf(id: number, rings: FlatRing[]): DistrictShape {
  return { id, rings, bbox: ringsBbox(rings) };
}

/**
 * Grid index: cells of `cellDeg` degrees over the union of the boxes; each cell lists the districts
 * whose box (widened by `tol`) overlaps it. A point's candidates are its cell's list (a handful in
 * Lima at 0.05°, one or two elsewhere), instead of all 1,891 districts.
 */
export function buildDistrictIndex(
  shapes: readonly DistrictShape[],
  cellDeg = 0.05,
  tol = ON_EDGE_TOLERANCE_DEG,
): DistrictIndex {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of shapes) {
    if (!(s.bbox[0] <= s.bbox[2])) continue;
    x0 = Math.min(x0, s.bbox[0] - tol);
    y0 = Math.min(y0, s.bbox[1] - tol);
    x1 = Math.max(x1, s.bbox[2] + tol);
    y1 = Math.max(y1, s.bbox[3] + tol);
  }
  if (!(x0 <= x1)) {
    return {
      shapes,
      x0: 0,
      y0: 0,
      cellDeg,
      cols: 0,
      rows: 0,
      offsets: new Int32Array(1),
      ids: new Int32Array(0),
    };
  }
  const cols = Math.max(1, Math.ceil((x1 - x0) / cellDeg));
  const rows = Math.max(1, Math.ceil((y1 - y0) / cellDeg));
  const cellRange = (s: DistrictShape): [number, number, number, number] => [
    clamp(Math.floor((s.bbox[0] - tol - x0) / cellDeg), cols),
    clamp(Math.floor((s.bbox[1] - tol - y0) / cellDeg), rows),
    clamp(Math.floor((s.bbox[2] + tol - x0) / cellDeg), cols),
    clamp(Math.floor((s.bbox[3] + tol - y0) / cellDeg), rows),
  ];
  const counts = new Int32Array(cols * rows + 1);
  const valid = shapes.flatMap((s, i) => (s.bbox[0] <= s.bbox[2] ? [i] : []));
  for (const i of valid) {
    const s = shapes[i] as DistrictShape;
    const [c0, r0, c1, r1] = cellRange(s);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) counts[r * cols + c + 1]! += 1;
  }
  const offsets = new Int32Array(cols * rows + 1);
  for (let i = 1; i < offsets.length; i++) offsets[i] = offsets[i - 1]! + counts[i]!;
  const ids = new Int32Array(offsets[offsets.length - 1]!);
  const fill = offsets.slice(0, -1);
  for (const i of valid) {
    const [c0, r0, c1, r1] = cellRange(shapes[i] as DistrictShape);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) ids[fill[r * cols + c]!++] = i;
  }
  return { shapes, x0, y0, cellDeg, cols, rows, offsets, ids };
}

const clamp = (v: number, n: number): number => (v < 0 ? 0 : v >= n ? n - 1 : v);

/** True when (lon, lat) is a usable WGS84 coordinate. */
export const isValidLonLat = (lon: number, lat: number): boolean =>
  Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/**
 * The district of one point among candidate shapes. Rule: if the point lies within `tol` of an
 * edge of any candidate, it is a border point, counted in the touched district with the lowest id
 * (rows are sorted by ubigeo, so: the lowest ubigeo), so it is counted once and only once; else
 * the district whose rings hold it (even–odd); else outside.
 */
function locateAmong(
  x: number,
  y: number,
  candidates: ArrayLike<number>,
  from: number,
  to: number,
  shapes: readonly DistrictShape[],
  tol: number,
): [number, PointStatus] {
  let insideId = -1;
  let edgeId = -1;
  for (let k = from; k < to; k++) {
    const s = shapes[candidates[k] as number] as DistrictShape;
    const b = s.bbox;
    if (x < b[0] - tol || x > b[2] + tol || y < b[1] - tol || y > b[3] + tol) continue;
    const loc = locatePoint(x, y, s.rings, tol);
    if (loc === LOCATION.edge) {
      if (edgeId === -1 || s.id < edgeId) edgeId = s.id;
    } else if (loc === LOCATION.inside && insideId === -1) insideId = s.id;
  }
  if (edgeId !== -1) return [edgeId, POINT_STATUS.border];
  if (insideId !== -1) return [insideId, POINT_STATUS.inside];
  return [-1, POINT_STATUS.outside];
}

/**
 * Assign every point (lon[i], lat[i]) with the grid prefilter. `onProgress(done, total)` is called
 * every `progressEvery` points (the worker forwards it to the page).
 */
export function assignPoints(
  index: DistrictIndex,
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  options: {
    tol?: number;
    onProgress?: (done: number, total: number) => void;
    progressEvery?: number;
  } = {},
): PointAssignment {
  const tol = options.tol ?? ON_EDGE_TOLERANCE_DEG;
  const every = options.progressEvery ?? 10_000;
  const n = lon.length;
  const district = new Int32Array(n).fill(-1);
  const status = new Uint8Array(n);
  const { x0, y0, cellDeg, cols, rows, offsets, ids, shapes } = index;
  for (let i = 0; i < n; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    if (!isValidLonLat(x, y)) {
      status[i] = POINT_STATUS.invalid;
    } else {
      const c = Math.floor((x - x0) / cellDeg);
      const r = Math.floor((y - y0) / cellDeg);
      if (c < 0 || r < 0 || c >= cols || r >= rows) status[i] = POINT_STATUS.outside;
      else {
        const cell = r * cols + c;
        const [id, st] = locateAmong(
          x,
          y,
          ids,
          offsets[cell] as number,
          offsets[cell + 1] as number,
          shapes,
          tol,
        );
        district[i] = id;
        status[i] = st;
      }
    }
    if (options.onProgress && (i + 1) % every === 0) options.onProgress(i + 1, n);
  }
  options.onProgress?.(n, n);
  return { district, status };
}

/**
 * The baseline of the bench: the same rule, with ray casting against EVERY district for every point
 * (no grid, no bounding-box test). Same answers as `assignPoints`, only slower.
 */
export function assignPointsNaive(
  shapes: readonly DistrictShape[],
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  tol = ON_EDGE_TOLERANCE_DEG,
): PointAssignment {
  const n = lon.length;
  const district = new Int32Array(n).fill(-1);
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    if (!isValidLonLat(x, y)) {
      status[i] = POINT_STATUS.invalid;
      continue;
    }
    let insideId = -1;
    let edgeId = -1;
    for (const s of shapes) {
      const loc = locatePoint(x, y, s.rings, tol);
      if (loc === LOCATION.edge) {
        if (edgeId === -1 || s.id < edgeId) edgeId = s.id;
      } else if (loc === LOCATION.inside && insideId === -1) insideId = s.id;
    }
    const st =
      edgeId !== -1
        ? POINT_STATUS.border
        : insideId !== -1
          ? POINT_STATUS.inside
          : POINT_STATUS.outside;
    district[i] = edgeId !== -1 ? edgeId : insideId;
    status[i] = st;
  }
  return { district, status };
}
