import type { Map as MlMap } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import { pickSeries } from "../core/indicator-values";
import type { AppState } from "../store";
import { FILL_LAYERS, fillOpacityExpression, SRC } from "./layers";
import { populationAlphas } from "./population-alpha";
import { districtFeatures } from "./use-feature-state";

/**
 * Value-by-alpha on the map: each district's opacity goes to feature-state "alpha" (set when the
 * view is first turned on, and again for a source added later via `resync`), and the toggle only
 * swaps the fill layers' opacity expression. No GeoJSON is re-sent.
 */
export function syncPopulationAlpha(
  map: MlMap,
  store: UseBoundStore<StoreApi<AppState>>,
): { resync: () => void; dispose: () => void } {
  let table: AppState["table"] = null;
  let detailDone = false;
  let on: boolean | undefined;
  const setStates = (s: AppState) => {
    if (!s.table) return;
    const newTable = s.table !== table;
    const hasDetail = map.getSource(SRC.detail) !== undefined;
    if (!newTable && (detailDone || !hasDetail)) return;
    table = s.table;
    detailDone = hasDetail;
    const pop = pickSeries(s.table.series, "population")?.values ?? [];
    const alphas = populationAlphas(
      pop,
      s.table.districts.map((d) => d.areaKm2),
    );
    alphas.forEach((alpha, id) => {
      for (const f of districtFeatures(map, id)) map.setFeatureState(f, { alpha });
    });
  };
  const apply = (s: AppState) => {
    if (s.populationAlpha) setStates(s);
    if (s.populationAlpha === on) return;
    on = s.populationAlpha;
    for (const id of FILL_LAYERS)
      if (map.getLayer(id)) map.setPaintProperty(id, "fill-opacity", fillOpacityExpression(on));
  };
  apply(store.getState());
  return {
    resync: () => {
      const s = store.getState();
      if (s.populationAlpha) setStates(s);
    },
    dispose: store.subscribe(apply),
  };
}
