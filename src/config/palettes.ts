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
