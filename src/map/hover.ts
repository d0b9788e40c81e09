import type { Map as MlMap, MapGeoJSONFeature, MapLayerMouseEvent, PointLike } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import { districtValueText } from "../i18n/layer-title";
import { LABELS_COPY } from "../i18n/labels-copy";
import { formatNumber } from "../lib/format";
import type { AppState } from "../store";
import { FILL_LAYERS } from "./layers";
import { POLICE_LAYER } from "./police-layer";
import { districtFeatures } from "./use-feature-state";

/** Pixels around the pointer that still count as over a station dot (dots are 3–6 px wide). */
const STATION_HIT_PX = 5;

/** The police station dot under the pointer, if the stations are shown. */
function stationAt(map: MlMap, p: { x: number; y: number }): MapGeoJSONFeature | undefined {
  if (!map.getLayer(POLICE_LAYER)) return undefined;
  if (map.getLayoutProperty(POLICE_LAYER, "visibility") === "none") return undefined;
  const box: [PointLike, PointLike] = [
    [p.x - STATION_HIT_PX, p.y - STATION_HIT_PX],
    [p.x + STATION_HIT_PX, p.y + STATION_HIT_PX],
  ];
  return map.queryRenderedFeatures(box, { layers: [POLICE_LAYER] })[0];
}

/** Tooltip lines of a station: what the census gives (record, officers, district), not a name. */
function stationLines(f: MapGeoJSONFeature, s: AppState): [string, string[]] {
  const t = LABELS_COPY[s.lang];
  const p = f.properties as { id?: unknown; officers?: unknown; districtId?: unknown };
  const officers = typeof p.officers === "number" && p.officers >= 0 ? p.officers : null;
  const row = typeof p.districtId === "number" ? s.table?.districts[p.districtId] : undefined;
  const lines = [
    t.stationRecord(String(p.id ?? "—")),
    officers === null
      ? t.stationOfficersUnknown
      : t.stationOfficers(formatNumber(officers, s.lang, 0)),
  ];
  if (row) lines.push(t.stationDistrict(row.name, row.province));
  lines.push(t.stationNoName);
  return [t.stationTitle, lines];
}

/**
 * Hover highlight (feature-state "hover"), a tooltip with name and value, and click-to-select.
 * Over a police station dot the tooltip describes the station, not the district beneath.
 * The tooltip is filled with textContent: names come from data files and are never parsed as HTML.
 */
export function attachHover(map: MlMap, store: UseBoundStore<StoreApi<AppState>>): () => void {
  let hovered: number | null = null;
  const tip = document.createElement("div");
  tip.className = "map-tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  map.getContainer().appendChild(tip);

  const setHover = (id: number | null) => {
    if (hovered === id) return;
    if (hovered !== null)
      for (const f of districtFeatures(map, hovered)) map.setFeatureState(f, { hover: false });
    if (id !== null)
      for (const f of districtFeatures(map, id)) map.setFeatureState(f, { hover: true });
    hovered = id;
  };

  const onMove = (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    const id = typeof f?.id === "number" ? f.id : null;
    setHover(id);
    map.getCanvas().style.cursor = id === null ? "" : "pointer";
    const s = store.getState();
    const station = stationAt(map, e.point);
    if (station) {
      const [head, lines] = stationLines(station, s);
      tip.textContent = "";
      const title = document.createElement("strong");
      title.textContent = head;
      tip.append(title);
      for (const line of lines) {
        const div = document.createElement("div");
        div.textContent = line;
        tip.append(div);
      }
      tip.dataset.kind = "station";
      tip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
      tip.hidden = false;
      return;
    }
    const row = id === null ? undefined : s.table?.districts[id];
    if (!row) {
      tip.hidden = true;
      return;
    }
    const layer = s.mapLayer;
    tip.dataset.kind = "district";
    tip.textContent = "";
    const title = document.createElement("strong");
    title.textContent = row.name;
    const sub = document.createElement("div");
    sub.textContent = `${row.province}, ${row.department}`;
    const val = document.createElement("div");
    // Category names, not codes; "not in the partial register", not "0 barrios".
    val.textContent = layer
      ? `${layer.label[s.lang]}: ${districtValueText(layer, row.id, s.lang)}`
      : "";
    tip.append(title, sub, val);
    tip.style.transform = `translate(${e.point.x + 14}px, ${e.point.y + 14}px)`;
    tip.hidden = false;
  };
  const onLeave = () => {
    setHover(null);
    tip.hidden = true;
    map.getCanvas().style.cursor = "";
  };
  const onClick = (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    if (typeof f?.id === "number") store.getState().selectDistrict(f.id);
  };

  // Both fill layers (tiles, detail): only one is drawn at a zoom, so only one answers.
  map.on("mousemove", FILL_LAYERS, onMove);
  map.on("mouseleave", FILL_LAYERS, onLeave);
  map.on("click", FILL_LAYERS, onClick);
  return () => {
    map.off("mousemove", FILL_LAYERS, onMove);
    map.off("mouseleave", FILL_LAYERS, onLeave);
    map.off("click", FILL_LAYERS, onClick);
    tip.remove();
  };
}
