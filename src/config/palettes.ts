/**
 * Colour-blind-safe sequential palettes (ColorBrewer YlOrRd and PuBu, 5 classes; both readable
 * for deuteranopia/protanopia as they vary in lightness). Index 0 = lowest class.
 */
export const RISK_PALETTE = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"] as const;
export const NEUTRAL_PALETTE = ["#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"] as const;
export const NO_DATA_COLOR = "#c8c8c8";
export const OUTLINE_DISTRICT = "rgba(60,60,60,0.25)";
export const OUTLINE_PROVINCE = "#6b6b6b";
export const OUTLINE_DEPARTMENT = "#222222";
export const HIGHLIGHT_COLOR = "#00b3ff";
export const BACKGROUND_COLOR = "#dfe9f0";
/**
 * Categorical palette of the Barrio Seguro gap quadrants (Okabe–Ito hues, colour-blind safe):
 * lower risk uncovered (pale), graduation (sky blue), covered high risk (blue), gap (vermillion).
 */
export const QUADRANT_PALETTE = ["#f3efe2", "#56b4e9", "#0072b2", "#d55e00"] as const;
/** Police station points. */
export const POLICE_POINT_COLOR = "#1a1a1a";
/**
 * Categorical palette of imported category layers (Okabe–Ito hues, colour-blind safe; the eighth,
 * brown, is "otros" when a column has more than seven categories).
 */
export const CATEGORY_PALETTE = [
  "#e69f00",
  "#56b4e9",
  "#009e73",
  "#f0e442",
  "#0072b2",
  "#d55e00",
  "#cc79a7",
  "#8c6d31",
] as const;
/** Traffic-light categories (semáforo verde / ámbar / rojo), ColorBrewer RdYlGn ends. */
export const TRAFFIC_PALETTE = ["#1a9850", "#fdae61", "#d73027"] as const;

/** Palettes a map layer can use (MapLayer.palette). */
export type PaletteName = "risk" | "neutral" | "quadrant" | "category" | "traffic" | "lisa";

/**
 * Local Moran (LISA) classes, GeoDa's convention: High-Low light red, Low-High light blue, Low-Low
 * blue, High-High red, not significant a pale grey distinct from the no-data grey.
 */
export const LISA_PALETTE = ["#f4a3a8", "#9ecae1", "#2166ac", "#d7191c", "#eeeeee"] as const;

export function paletteColors(name: PaletteName): readonly string[] {
  if (name === "quadrant") return QUADRANT_PALETTE;
  if (name === "lisa") return LISA_PALETTE;
  if (name === "category") return CATEGORY_PALETTE;
  if (name === "traffic") return TRAFFIC_PALETTE;
  return name === "risk" ? RISK_PALETTE : NEUTRAL_PALETTE;
}
