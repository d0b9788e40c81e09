import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import {
  BACKGROUND_COLOR,
  CATEGORY_PALETTE,
  HIGHLIGHT_COLOR,
  NEUTRAL_PALETTE,
  NO_DATA_COLOR,
  OUTLINE_DEPARTMENT,
  OUTLINE_DISTRICT,
  OUTLINE_PROVINCE,
  QUADRANT_PALETTE,
  RISK_PALETTE,
  TRAFFIC_PALETTE,
} from "../config/palettes";

/** Source and layer ids: the map, tests and the feature-state hook agree on them. */
export const SRC = { districts: "districts", provinces: "provinces", departments: "departments" };
export const LAYER = {
  background: "background",
  fill: "district-fill",
  outline: "district-outline",
  provinces: "province-outline",
  departments: "department-outline",
} as const;

export type PaletteName = "risk" | "neutral" | "quadrant" | "category" | "traffic";

export function paletteColors(name: PaletteName): readonly string[] {
  if (name === "quadrant") return QUADRANT_PALETTE;
  if (name === "category") return CATEGORY_PALETTE;
  if (name === "traffic") return TRAFFIC_PALETTE;
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

const SELECTED_COLOR = "#000000";
const MARKED_COLOR = "#6a00a8";

/** Outline width at a zoom stop: wider when selected, hovered or marked. */
function outlineWidth(base: number): ExpressionSpecification {
  return [
    "case",
    ["boolean", ["feature-state", "selected"], false],
    3,
    ["boolean", ["feature-state", "hover"], false],
    2.5,
    ["boolean", ["feature-state", "marked"], false],
    2.2,
    base,
  ];
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
      // One line layer for all district outlines: hover, selection and marks are feature-state
      // cases inside it, so MapLibre builds one line bucket for 1,891 polygons instead of four.
      id: LAYER.outline,
      type: "line",
      source: SRC.districts,
      paint: {
        "line-color": [
          "case",
          ["boolean", ["feature-state", "selected"], false],
          SELECTED_COLOR,
          ["boolean", ["feature-state", "hover"], false],
          HIGHLIGHT_COLOR,
          ["boolean", ["feature-state", "marked"], false],
          MARKED_COLOR,
          OUTLINE_DISTRICT,
        ],
        "line-width": [
          "interpolate",
          ["linear"],
          ["zoom"],
          4,
          outlineWidth(0.2),
          8,
          outlineWidth(0.8),
          11,
          outlineWidth(1.2),
        ],
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
  ];
}
