import type { FeatureCollection, Geometry, MultiLineString } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { DistrictRow } from "../data/contract";

export interface MapGeometry {
  districts: FeatureCollection<Geometry, { ubigeo: string }>;
  /** Province and department outlines in one source (one tiling pass in the map's worker). */
  borders: FeatureCollection<MultiLineString, { level: "province" | "department" }>;
}

/**
 * Districts as GeoJSON with numeric feature ids (for feature-state) and the province/department
 * outlines meshed from the shared arcs: the outlines sit exactly on district edges, no gaps.
 * The national border (arcs used once) is drawn with the departments.
 */
export function buildMapGeometry(topology: Topology, rows: readonly DistrictRow[]): MapGeometry {
  const object = topology.objects.districts;
  if (object?.type !== "GeometryCollection")
    throw new Error("boundaries: falta el objeto districts");
  const districts = object as GeometryCollection<{ ubigeo: string }>;
  const fc = feature(topology, districts);
  const idOf = (g: { id?: string | number }): number => Number(g.id);
  const prov = (g: { id?: string | number }) => rows[idOf(g)]?.provinceCode;
  const dep = (g: { id?: string | number }) => rows[idOf(g)]?.departmentCode;
  const provinces = mesh(topology, districts, (a, b) => a !== b && prov(a) !== prov(b));
  const departments = mesh(topology, districts, (a, b) => a === b || dep(a) !== dep(b));
  return {
    districts: fc,
    borders: {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { level: "province" }, geometry: provinces },
        { type: "Feature", properties: { level: "department" }, geometry: departments },
      ],
    },
  };
}
