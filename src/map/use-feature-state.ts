import type { Map as MlMap } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import type { AppState } from "../store";
import { SRC } from "./layers";

/**
 * Keep MapLibre feature-state in step with the store's class per district ("cls"). Only changed
 * features are touched, so a weight change costs one setFeatureState per district whose class
 * moved, never a setData. (Selection and marks: highlight.ts.)
 */
export function syncFeatureState(map: MlMap, store: UseBoundStore<StoreApi<AppState>>): () => void {
  let applied: Int8Array | null = null;

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
  };

  apply(store.getState());
  return store.subscribe(apply);
}
