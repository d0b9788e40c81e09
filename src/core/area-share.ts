/**
 * Share of a district's area covered by a set of (possibly overlapping) polygons, e.g. Barrio
 * Seguro intervention areas. Pure.
 *
 * Method — scanline integration: the district's bounding box is cut into `rows` horizontal lines
 * (at the centre of each band). On each line the district and each polygon become x-intervals
 * (even–odd rule over their rings: sorted edge crossings taken in pairs); the polygons' intervals
 * are merged (union, so an overlap counts once) and intersected with the district's. Each line is
 * weighted by its band height × cos(latitude) (a degree of longitude shrinks with latitude), so
 *
 *   share = Σ_lines w · |D ∩ (P₁ ∪ … ∪ Pₖ)| / Σ_lines w · |D|,   w = cos(y)
 *
 * Exact along x; along y the error is that of the midpoint rule: at most about one band's height
 * times the length of the boundaries crossing the band, i.e. ≲ 1/rows of the district per boundary
 * (rows = 400 → ≲ 0.25 % per boundary; exact for edges that are horizontal or vertical).
 */
import type { FlatRing } from "./point-in-polygon";

export type Interval = [number, number];

/** Default number of scanlines per district. */
export const AREA_SHARE_ROWS = 400;

/** Even–odd x-intervals of the rings on the horizontal line y (sorted crossings, taken in pairs). */
export function lineIntervals(rings: readonly FlatRing[], y: number): Interval[] {
  const xs: number[] = [];
  for (const r of rings) {
    const n = r.length;
    if (n < 6) continue;
    let xj = r[n - 2] as number;
    let yj = r[n - 1] as number;
    for (let k = 0; k < n; k += 2) {
      const xi = r[k] as number;
      const yi = r[k + 1] as number;
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      xj = xi;
      yj = yi;
    }
  }
  xs.sort((a, b) => a - b);
  const out: Interval[] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i] as number, xs[i + 1] as number]);
  return out;
}

/** Union of intervals (sorted, overlapping or touching ones merged). */
export function unionIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Total length of the intersection of two sorted, disjoint interval lists. */
export function intersectionLength(a: readonly Interval[], b: readonly Interval[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const p = a[i] as Interval;
    const q = b[j] as Interval;
    const lo = Math.max(p[0], q[0]);
    const hi = Math.min(p[1], q[1]);
    if (hi > lo) total += hi - lo;
    if (p[1] < q[1]) i++;
    else j++;
  }
  return total;
}

/**
 * Covered share (0–1) of `district` by the union of `polygons` (each a list of rings, even–odd).
 * `bbox` is the district's [minX, minY, maxX, maxY]. A district of zero area → 0.
 */
export function coveredShare01(
  district: readonly FlatRing[],
  bbox: readonly [number, number, number, number],
  polygons: readonly (readonly FlatRing[])[],
  rows = AREA_SHARE_ROWS,
): number {
  const [, y0, , y1] = bbox;
  const h = (y1 - y0) / rows;
  if (!(h > 0) || polygons.length === 0) return 0;
  let covered = 0;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const y = y0 + (r + 0.5) * h;
    const d = lineIntervals(district, y);
    if (d.length === 0) continue;
    const w = Math.cos((y * Math.PI) / 180);
    let len = 0;
    for (const [a, b] of d) len += b - a;
    total += w * len;
    const cover = unionIntervals(polygons.flatMap((p) => lineIntervals(p, y)));
    if (cover.length > 0) covered += w * intersectionLength(unionIntervals(d), cover);
  }
  return total > 0 ? Math.min(1, covered / total) : 0;
}
