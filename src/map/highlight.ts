import type { Feature, FeatureCollection, Geometry, Point } from "geojson";
import type { DistrictRow } from "../data/contract";
import type { GeoJSONSource, Map as MlMap } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import type { AppState } from "../store";
import { SRC } from "./layers";

type Kind = "selected" | "marked";

/**
 * The selected district and the marked ones (presentation highlights, FESC selection) as a small
 * GeoJSON of their own, drawn with thick outlines. Only these few features are re-sent when the
 * selection changes; colours of all districts still change through feature-state only.
 */
export function buildHighlight(
  districts: readonly Feature<Geometry, { ubigeo: string }>[],
  selectedId: number | null,
  markedIds: readonly number[],
): FeatureCollection<Geometry, { kind: Kind }> {
  const features: Feature<Geometry, { kind: Kind }>[] = [];
  const add = (id: number, kind: Kind) => {
    const f = districts[id];
    if (f) features.push({ type: "Feature", id, properties: { kind }, geometry: f.geometry });
  };
  for (const id of markedIds) if (id !== selectedId) add(id, "marked");
  if (selectedId !== null) add(selectedId, "selected"); // last: drawn on top
  return { type: "FeatureCollection", features };
}

/**
 * Names of the selected and marked districts at their label points, for a symbol layer that is
 * always drawn (LAYER.labelsHighlight), whatever the zoom and the collisions of other names.
 */
export function buildHighlightLabels(
  rows: readonly DistrictRow[],
  selectedId: number | null,
  markedIds: readonly number[],
): FeatureCollection<Point, { kind: Kind; name: string }> {
  const features: Feature<Point, { kind: Kind; name: string }>[] = [];
  const add = (id: number, kind: Kind) => {
    const r = rows[id];
    if (!r) return;
    const geometry: Point = { type: "Point", coordinates: [r.label[0], r.label[1]] };
    features.push({ type: "Feature", id, properties: { kind, name: r.name }, geometry });
  };
  for (const id of markedIds) if (id !== selectedId) add(id, "marked");
  if (selectedId !== null) add(selectedId, "selected");
  return { type: "FeatureCollection", features };
}

export function syncHighlight(
  map: MlMap,
  store: UseBoundStore<StoreApi<AppState>>,
  districts: readonly Feature<Geometry, { ubigeo: string }>[],
): () => void {
  let selected: number | null | undefined;
  let marked: readonly number[] | undefined;
  const apply = (s: AppState) => {
    if (s.selectedId === selected && s.markedIds === marked) return;
    selected = s.selectedId;
    marked = s.markedIds;
    const source = map.getSource<GeoJSONSource>(SRC.highlight);
    source?.setData(buildHighlight(districts, s.selectedId, s.markedIds));
    map
      .getSource<GeoJSONSource>(SRC.highlightLabels)
      ?.setData(buildHighlightLabels(s.table?.districts ?? [], s.selectedId, s.markedIds));
  };
  apply(store.getState());
  return store.subscribe(apply);
}
