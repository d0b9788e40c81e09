import type { Map as MlMap } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import type { AppState } from "../store";
import { SRC } from "./layers";

/**
 * Keep MapLibre feature-state in step with the store: class per district ("cls"), the selected
 * district and marked (highlighted) districts. Only changed features are touched, so a weight
 * change costs one setFeatureState per district whose class moved, never a setData.
 */
export function syncFeatureState(map: MlMap, store: UseBoundStore<StoreApi<AppState>>): () => void {
  let applied: Int8Array | null = null;
  let selected: number | null = null;
  let marked = new Set<number>();
  let markedRef: readonly number[] | null = null;

  const apply = (s: AppState) => {
    const layer = s.mapLayer;
    if (layer && layer.classIndex !== applied) {
      const next = layer.classIndex;
      for (let id = 0; id < next.length; id++) {
        const cls = next[id] ?? -1;
        if (applied && applied[id] === cls) continue;
        map.setFeatureState({ source: SRC.districts, id }, { cls });
      }
      applied = next;
    }
    if (s.selectedId !== selected) {
      if (selected !== null) map.setFeatureState({ source: SRC.districts, id: selected }, { selected: false });
      if (s.selectedId !== null)
        map.setFeatureState({ source: SRC.districts, id: s.selectedId }, { selected: true });
      selected = s.selectedId;
    }
    if (s.markedIds === markedRef) return;
    markedRef = s.markedIds;
    const nextMarked = new Set(s.markedIds);
    for (const id of marked)
      if (!nextMarked.has(id)) map.setFeatureState({ source: SRC.districts, id }, { marked: false });
    for (const id of nextMarked)
      if (!marked.has(id)) map.setFeatureState({ source: SRC.districts, id }, { marked: true });
    marked = nextMarked;
  };

  apply(store.getState());
  return store.subscribe(apply);
}
