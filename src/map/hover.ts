import type { Map as MlMap, MapLayerMouseEvent } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import { districtValueText } from "../i18n/layer-title";
import type { AppState } from "../store";
import { FILL_LAYERS } from "./layers";
import { districtFeatures } from "./use-feature-state";

/**
 * Hover highlight (feature-state "hover"), a tooltip with name and value, and click-to-select.
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
    const row = id === null ? undefined : s.table?.districts[id];
    if (!row) {
      tip.hidden = true;
      return;
    }
    const layer = s.mapLayer;
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
