/**
 * Point in polygon by ray casting (even–odd rule), with an "on the edge" answer. Pure; the district
 * assignment of imported points (core/district-index.ts) and the Node bench run this same code.
 *
 * Rings are flat coordinate arrays [x0, y0, x1, y1, …] in degrees (x = longitude, y = latitude); the
 * closing edge (last vertex → first) is implied, and a repeated closing vertex is harmless (a zero-
 * length edge crosses nothing). A polygon with holes, or a multipolygon, is simply all its rings
 * together: under the even–odd rule a hole's ring cancels its outer ring, and disjoint parts add up.
 */

/** Flat ring [x0, y0, x1, y1, …], degrees. */
export type FlatRing = Float64Array;

/**
 * Distance (degrees) within which a point counts as lying ON an edge: 1e-6° ≈ 0.11 m on the
 * ground. Far below the boundaries' own precision (~15 m quantisation), so it only catches points
 * placed on a border on purpose (or snapped to it), never a point a metre inside a district.
 */
export const ON_EDGE_TOLERANCE_DEG = 1e-6;

export const LOCATION = { outside: 0, inside: 1, edge: 2 } as const;
export type PointLocation = (typeof LOCATION)[keyof typeof LOCATION];

/**
 * Where (x, y) lies with respect to the rings: edge when its distance to some edge segment is
 * ≤ `tol` (planar distance in degrees), else inside when a ray towards +x crosses the rings an odd
 * number of times (crossing test: the edge straddles y, half-open so a vertex counts once; the
 * crossing's x = xi + (y − yi)·(xj − xi)/(yj − yi) lies right of x), else outside.
 * Cost: one pass over the edges; the distance is only computed for edges whose bounding box,
 * widened by `tol`, holds the point.
 */
export function locatePoint(
  x: number,
  y: number,
  rings: readonly FlatRing[],
  tol = ON_EDGE_TOLERANCE_DEG,
): PointLocation {
  let inside = false;
  for (const r of rings) {
    const n = r.length;
    if (n < 6) continue;
    let xj = r[n - 2] as number;
    let yj = r[n - 1] as number;
    for (let k = 0; k < n; k += 2) {
      const xi = r[k] as number;
      const yi = r[k + 1] as number;
      const yLo = yi < yj ? yi : yj;
      const yHi = yi < yj ? yj : yi;
      if (y >= yLo - tol && y <= yHi + tol) {
        const xLo = xi < xj ? xi : xj;
        const xHi = xi < xj ? xj : xi;
        if (x >= xLo - tol && x <= xHi + tol && segmentDistance(x, y, xi, yi, xj, yj) <= tol) {
          return LOCATION.edge;
        }
        if (yi > y !== yj > y && x < xi + ((y - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
      }
      xj = xi;
      yj = yi;
    }
  }
  return inside ? LOCATION.inside : LOCATION.outside;
}

/**
 * Planar distance from (px, py) to the segment (ax, ay)–(bx, by): the projection parameter
 * t = ((p − a)·(b − a)) / |b − a|², clamped to [0, 1]; distance = |p − (a + t (b − a))|.
 * A zero-length segment is its point.
 */
export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return Math.sqrt(ex * ex + ey * ey);
}

/** GeoJSON Polygon / MultiPolygon coordinates → flat rings (every ring of every part). */
export function flattenRings(
  geometry:
    | { type: "Polygon"; coordinates: number[][][] }
    | { type: "MultiPolygon"; coordinates: number[][][][] },
): FlatRing[] {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const out: FlatRing[] = [];
  for (const poly of polys) {
    for (const ring of poly) {
      const flat = new Float64Array(ring.length * 2);
      ring.forEach((p, i) => {
        flat[2 * i] = p[0] ?? NaN;
        flat[2 * i + 1] = p[1] ?? NaN;
      });
      out.push(flat);
    }
  }
  return out;
}

/** [minX, minY, maxX, maxY] of the rings ([∞, ∞, −∞, −∞] when empty). */
export function ringsBbox(rings: readonly FlatRing[]): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rings) {
    for (let k = 0; k < r.length; k += 2) {
      const x = r[k] as number;
      const y = r[k + 1] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}
