import type { FeatureIdentifier, Map as MlMap } from "maplibre-gl";
import type { StoreApi, UseBoundStore } from "zustand";
import { DISTRICT_TILES } from "../config/map";
import type { AppState } from "../store";
import { colorSlot } from "../store/map-layer";
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
  // Per source: the classIndex last applied and the colour slots it gave (slots, not classes, are
  // compared: the same class can take another colour on a layer with fewer classes).
  const applied = new Map<string, { classIndex: Int8Array; slots: Int8Array }>();

  const apply = (s: AppState) => {
    const layer = s.mapLayer;
    if (!layer) return;
    const next = layer.classIndex;
    let slots: Int8Array | null = null;
    for (const source of [SRC.districts, SRC.detail]) {
      if (!map.getSource(source)) continue;
      const before = applied.get(source);
      if (before?.classIndex === next) continue;
      slots ??= Int8Array.from(next, (c) => colorSlot(layer, c));
      const sourceLayer = source === SRC.districts ? DISTRICT_TILES.layers.districts : undefined;
      for (let id = 0; id < slots.length; id++) {
        const cls = slots[id] ?? -1;
        if (before && before.slots[id] === cls) continue;
        map.setFeatureState({ source, sourceLayer, id }, { cls });
      }
      applied.set(source, { classIndex: next, slots });
    }
  };

  apply(store.getState());
  return { resync: () => apply(store.getState()), dispose: store.subscribe(apply) };
}
