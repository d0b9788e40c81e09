import type { FeatureIdentifier, Map as MlMap } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import { DISTRICT_TILES } from "../config/map";
import type { AppState } from "../store";
import { SRC } from "./layers";

/**
 * Where a district's feature-state lives: the tiles always, the detailed boundaries once added
 * (both use the district id as feature id, so one id addresses the district in each).
 */
export function districtFeatures(map: MlMap, id: number): FeatureIdentifier[] {
  const targets: FeatureIdentifier[] = [
    { source: SRC.districts, sourceLayer: DISTRICT_TILES.layers.districts, id },
  ];
  if (map.getSource(SRC.detail)) targets.push({ source: SRC.detail, id });
  return targets;
}

/**
 * Keep MapLibre feature-state in step with the store's class per district ("cls"). Only changed
 * features are touched, so a weight change costs one setFeatureState per district whose class
 * moved, never a setData. A source added later (the detail) gets every class on `resync()`.
 * (Selection and marks: highlight.ts.)
 */
export function syncFeatureState(
  map: MlMap,
  store: UseBoundStore<StoreApi<AppState>>,
): { resync: () => void; dispose: () => void } {
  const applied = new Map<string, Int8Array>();

  const apply = (s: AppState) => {
    const next = s.mapLayer?.classIndex;
    if (!next) return;
    for (const source of [SRC.districts, SRC.detail]) {
      if (!map.getSource(source)) continue;
      const before = applied.get(source);
      if (before === next) continue;
      const sourceLayer = source === SRC.districts ? DISTRICT_TILES.layers.districts : undefined;
      for (let id = 0; id < next.length; id++) {
        const cls = next[id] ?? -1;
        if (before && before[id] === cls) continue;
        map.setFeatureState({ source, sourceLayer, id }, { cls });
      }
      applied.set(source, next);
    }
  };

  apply(store.getState());
  return { resync: () => apply(store.getState()), dispose: store.subscribe(apply) };
}
