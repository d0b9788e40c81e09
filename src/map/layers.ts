import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import {
  BACKGROUND_COLOR,
  HIGHLIGHT_COLOR,
  NEUTRAL_PALETTE,
  NO_DATA_COLOR,
  OUTLINE_DEPARTMENT,
  OUTLINE_DISTRICT,
  OUTLINE_PROVINCE,
  QUADRANT_PALETTE,
  RISK_PALETTE,
} from "../config/palettes";

/** Source and layer ids: the map, tests and the feature-state hook agree on them. */
export const SRC = { districts: "districts", provinces: "provinces", departments: "departments" };
export const LAYER = {
  background: "background",
  fill: "district-fill",
  outline: "district-outline",
  provinces: "province-outline",
  departments: "department-outline",
  hover: "district-hover",
  selected: "district-selected",
  marked: "district-marked",
} as const;

export type PaletteName = "risk" | "neutral" | "quadrant";

export function paletteColors(name: PaletteName): readonly string[] {
  if (name === "quadrant") return QUADRANT_PALETTE;
  return name === "risk" ? RISK_PALETTE : NEUTRAL_PALETTE;
}

/**
 * Fill colour from feature-state "cls" (class index, -1/absent = no data). Recolouring a weight
 * change is then setFeatureState only: the GeoJSON is uploaded once.
 */
export function fillColorExpression(palette: readonly string[]): ExpressionSpecification {
  const stops: (number | string)[] = [];
  palette.forEach((c, i) => stops.push(i, c));
  return [
    "match",
    ["coalesce", ["feature-state", "cls"], -1],
    ...stops,
    NO_DATA_COLOR,
  ] as unknown as ExpressionSpecification;
}

/** A style with no remote sources, glyphs or sprites: the app works offline. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: LAYER.background, type: "background", paint: { "background-color": BACKGROUND_COLOR } }],
  };
}

/** Data layers, bottom to top. Province and department outlines are meshed from the districts. */
export function dataLayers(palette: PaletteName): LayerSpecification[] {
  return [
    {
      id: LAYER.fill,
      type: "fill",
      source: SRC.districts,
      paint: { "fill-color": fillColorExpression(paletteColors(palette)), "fill-opacity": 0.92 },
    },
    {
      id: LAYER.outline,
      type: "line",
      source: SRC.districts,
      paint: {
        "line-color": OUTLINE_DISTRICT,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.2, 8, 0.8, 11, 1.2],
      },
    },
    {
      id: LAYER.provinces,
      type: "line",
      source: SRC.provinces,
      paint: {
        "line-color": OUTLINE_PROVINCE,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.4, 8, 1.2],
      },
    },
    {
      id: LAYER.departments,
      type: "line",
      source: SRC.departments,
      paint: {
        "line-color": OUTLINE_DEPARTMENT,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1, 8, 2.2],
      },
    },
    {
      id: LAYER.marked,
      type: "line",
      source: SRC.districts,
      paint: {
        "line-color": "#1b1b1b",
        "line-width": ["case", ["boolean", ["feature-state", "marked"], false], 2, 0],
        "line-dasharray": [1, 1],
      },
    },
    {
      id: LAYER.hover,
      type: "line",
      source: SRC.districts,
      paint: {
        "line-color": HIGHLIGHT_COLOR,
        "line-width": ["case", ["boolean", ["feature-state", "hover"], false], 2.5, 0],
      },
    },
    {
      id: LAYER.selected,
      type: "line",
      source: SRC.districts,
      paint: {
        "line-color": "#000000",
        "line-width": ["case", ["boolean", ["feature-state", "selected"], false], 3, 0],
      },
    },
  ];
}
