import type { AppState } from "./index";
import { computePlainLayer, type MapLayer } from "./map-layer";

/**
 * A feature (IRS, coverage, FESC selection…) that can draw the choropleth returns its MapLayer for
 * the current state, or undefined when the chosen layer is not one of its own.
 */
export type LayerProvider = (s: AppState) => MapLayer | null | undefined;

const PROVIDERS: LayerProvider[] = [];

/** Register a feature's provider (called once at module load by the feature's slice file). */
export function registerLayerProvider(p: LayerProvider): void {
  if (!PROVIDERS.includes(p)) PROVIDERS.push(p);
}

/** The map layer for the state: the first provider that claims the layer id, else a plain layer. */
export function computeMapLayer(s: AppState): MapLayer | null {
  for (const p of PROVIDERS) {
    const layer = p(s);
    if (layer !== undefined) return layer;
  }
  if (!s.table) return null;
  const period = {
    year: s.year,
    window: s.methodology.crimeWindow ?? 1,
    annualise: s.methodology.annualise ?? true,
  };
  return computePlainLayer(s.table, s.indicatorDefs, s.layerId, period, s.layerClassMethod);
}
