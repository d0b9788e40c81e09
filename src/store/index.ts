import { create } from "zustand";
import type { Text } from "../core/types";
import { createCoverageSlice, type CoverageSlice } from "./coverage-slice";
import { createDataSlice, type DataSlice } from "./data-slice";
import { createFescSlice, type FescSlice } from "./fesc-slice";
import { computeMapLayer } from "./layer-providers";
import type { MapLayer } from "./map-layer";
import { createPresentationSlice, type PresentationSlice } from "./presentation-slice";
import { createViewSlice, type ViewSlice } from "./view-slice";

export interface DerivedSlice {
  /** Derived cache, rebuilt only by recompute(). */
  mapLayer: MapLayer | null;
  /** Layers added by features (IRS, stability, coverage…), listed first in the layer picker. */
  extraLayerOptions: { id: string; label: Text }[];
  recompute: () => void;
}

export type AppState = DataSlice & ViewSlice & DerivedSlice & PresentationSlice & CoverageSlice & FescSlice;

export const useAppStore = create<AppState>()((...a) => {
  const [set, get] = a;
  return {
    ...createDataSlice(...a),
    ...createViewSlice(...a),
    ...createPresentationSlice(...a),
    ...createCoverageSlice(...a),
    ...createFescSlice(...a),
    mapLayer: null,
    extraLayerOptions: [],
    recompute: () => {
      if (!get().table) return;
      set({ mapLayer: computeMapLayer(get()) });
    },
  };
});

/** Back to the initial state (tests). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true);
}
