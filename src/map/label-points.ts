import type { Feature, FeatureCollection, Point } from "geojson";
import type { DistrictRow } from "../data/contract";

export type PlaceKind = "department" | "province" | "district";

/** One name on the map. `rank`: 0 = most populous of its kind (MapLibre places low keys first). */
export interface PlaceLabelProps {
  kind: PlaceKind;
  name: string;
  rank: number;
}

/**
 * Where each department, province and district name goes, as one GeoJSON of points (no geometry
 * work: every district already has a point inside it, DistrictRow.label).
 * - district: its own label point;
 * - province: the label point of its capital district (INEI numbers it DDPP01), which lies inside
 *   the province; the province's first district if no DDPP01 exists;
 * - department: the label point of its district nearest (in degrees) to the area-weighted mean of
 *   its districts' label points (≈ its centre): capitals often sit on an edge (Chiclayo, Lima on
 *   the coast) where the names of neighbours crowd at the national view;
 * rank orders names of one kind by population, largest first (district: its own; province and
 * department: sum of their districts, missing populations counting 0); ties and unknown populations
 * keep ubigeo order. A district with an unknown population ranks after every known one.
 * `population[i]` is district id i (null = unknown).
 */
export function buildPlaceLabels(
  rows: readonly DistrictRow[],
  population: readonly (number | null)[],
): FeatureCollection<Point, PlaceLabelProps> {
  const pop = (r: DistrictRow) => population[r.id] ?? null;
  const provinces = () => {
    const byCode = new Map<string, { anchor: DistrictRow; name: string; pop: number }>();
    for (const r of rows) {
      const code = r.provinceCode;
      const g = byCode.get(code);
      if (!g) byCode.set(code, { anchor: r, name: r.province, pop: pop(r) ?? 0 });
      else {
        g.pop += pop(r) ?? 0;
        if (r.ubigeo === `${code}01`) g.anchor = r;
      }
    }
    return [...byCode.values()].map((g) => ({ name: g.name, at: g.anchor.label, pop: g.pop }));
  };
  const departments = () => {
    const byCode = new Map<string, DistrictRow[]>();
    for (const r of rows)
      byCode.set(r.departmentCode, [...(byCode.get(r.departmentCode) ?? []), r]);
    return [...byCode.values()].map((members) => {
      const first = members[0] as DistrictRow;
      return {
        name: first.department,
        at: nearestToWeightedMean(members).label,
        pop: members.reduce((sum, r) => sum + (pop(r) ?? 0), 0),
      };
    });
  };
  const districts = rows.map((r) => ({ name: r.name, at: r.label, pop: pop(r) }));
  const features: Feature<Point, PlaceLabelProps>[] = [];
  const add = (
    kind: PlaceKind,
    items: { name: string; at: [number, number]; pop: number | null }[],
  ) =>
    rankByPopulation(items.map((i) => i.pop)).forEach((rank, i) => {
      const item = items[i];
      if (!item) return;
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [item.at[0], item.at[1]] },
        properties: { kind, name: item.name, rank },
      });
    });
  add("department", departments());
  add("province", provinces());
  add("district", districts);
  return { type: "FeatureCollection", features };
}

/**
 * Rank of each value, largest first (0 = largest); nulls after all numbers; ties keep input order.
 * E.g. [5, null, 9, 5] → [1, 3, 0, 2].
 */
export function rankByPopulation(values: readonly (number | null)[]): number[] {
  const order = values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => {
      if (a.v === null || b.v === null)
        return (a.v === null ? 1 : 0) - (b.v === null ? 1 : 0) || a.i - b.i;
      return b.v - a.v || a.i - b.i;
    });
  const rank = new Array<number>(values.length);
  order.forEach((o, r) => (rank[o.i] = r));
  return rank;
}

/**
 * The district whose label point is nearest (squared degrees) to the mean of the label points
 * weighted by area (km²; all areas 0 → plain mean). Ties: the first in input order. `rows` non-empty.
 */
export function nearestToWeightedMean(rows: readonly DistrictRow[]): DistrictRow {
  const total = rows.reduce((s, r) => s + Math.max(r.areaKm2, 0), 0);
  const w = (r: DistrictRow) => (total > 0 ? Math.max(r.areaKm2, 0) / total : 1 / rows.length);
  const mx = rows.reduce((s, r) => s + w(r) * r.label[0], 0);
  const my = rows.reduce((s, r) => s + w(r) * r.label[1], 0);
  let best = rows[0] as DistrictRow;
  let bestD = Infinity;
  for (const r of rows) {
    const d = (r.label[0] - mx) ** 2 + (r.label[1] - my) ** 2;
    if (d < bestD) [best, bestD] = [r, d];
  }
  return best;
}
