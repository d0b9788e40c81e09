import { Marker, type Map as MlMap } from "maplibre-gl";
import type { DistrictRow } from "../data/contract";

/**
 * Department names as HTML markers (textContent), so the map needs no remote glyph server.
 * Placed at the label point of the department's capital district (ubigeo DD0101), which lies
 * inside the department; falls back to the first district of the department.
 */
export function attachDepartmentLabels(map: MlMap, rows: readonly DistrictRow[]): () => void {
  const byDep = new Map<string, DistrictRow>();
  for (const r of rows) {
    const current = byDep.get(r.departmentCode);
    if (!current || r.ubigeo === `${r.departmentCode}0101`) byDep.set(r.departmentCode, r);
  }
  const markers = [...byDep.values()].map((r) => {
    const el = document.createElement("div");
    el.className = "dep-label";
    el.textContent = r.department;
    return new Marker({ element: el }).setLngLat(r.label).addTo(map);
  });
  const toggle = () => {
    const hide = map.getZoom() > 8.5;
    for (const m of markers) m.getElement().style.display = hide ? "none" : "";
  };
  map.on("zoomend", toggle);
  toggle();
  return () => {
    map.off("zoomend", toggle);
    markers.forEach((m) => m.remove());
  };
}
