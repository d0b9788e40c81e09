import { create } from "zustand";
import type { Text } from "../core/types";
import { createCoverageSlice, type CoverageSlice } from "./coverage-slice";
import { createCrimeSlice, type CrimeSlice } from "./crime-slice";
import { createDataSlice, type DataSlice } from "./data-slice";
import { createDatasetSlice, type DatasetSlice } from "./dataset-slice";
import { createFescSlice, type FescSlice } from "./fesc-slice";
import { createHotspotSlice, type HotspotSlice } from "./hotspot-slice";
import { computeIndexState, createIndexSlice, type IndexSlice } from "./index-slice";
import { createImportSlice, type ImportSlice } from "./import-slice";
import { computeMapLayer } from "./layer-providers";
import type { MapLayer } from "./map-layer";
import { createPointsSlice, type PointsSlice } from "./points-slice";
import { createPresentationSlice, type PresentationSlice } from "./presentation-slice";
import { createSimilarSlice, type SimilarSlice } from "./similar-slice";
import { createViewSlice, type ViewSlice } from "./view-slice";

export interface DerivedSlice {
  /** Derived cache, rebuilt only by recompute(). */
  mapLayer: MapLayer | null;
  /** Layers added by features (IRS, stability, coverage…), listed first in the layer picker. */
  extraLayerOptions: { id: string; label: Text }[];
  recompute: () => void;
}

export type AppState = DataSlice &
  ViewSlice &
  DerivedSlice &
  PresentationSlice &
  CoverageSlice &
  FescSlice &
  IndexSlice &
  ImportSlice &
  CrimeSlice &
  HotspotSlice &
  SimilarSlice &
  DatasetSlice &
  PointsSlice;

export const useAppStore = create<AppState>()((...a) => {
  const [set, get] = a;
  return {
    ...createDataSlice(...a),
    ...createViewSlice(...a),
    ...createPresentationSlice(...a),
    ...createCoverageSlice(...a),
    ...createFescSlice(...a),
    ...createIndexSlice(...a),
    ...createImportSlice(...a),
    ...createCrimeSlice(...a),
    ...createHotspotSlice(...a),
    ...createSimilarSlice(...a),
    ...createDatasetSlice(...a),
    ...createPointsSlice(...a),
    mapLayer: null,
    extraLayerOptions: [],
    recompute: () => {
      if (!get().table) return;
      // Scores first (the IRS layer and other features read them), then the map layer; one set.
      const t0 = performance.now();
      const index = computeIndexState(get());
      const mapLayer = computeMapLayer({ ...get(), ...index });
      set({ ...index, mapLayer, recomputeMs: performance.now() - t0 });
    },
  };
});

/** Back to the initial state (tests). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
