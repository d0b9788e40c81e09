import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import {
  BACKGROUND_COLOR,
  CATEGORY_PALETTE,
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
export const SRC = {
  districts: "districts",
  highlight: "highlight",
};
export const LAYER = {
  background: "background",
  fill: "district-fill",
  highlight: "district-highlight",
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

/** A style with no remote sources, glyphs or sprites: the app works offline. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    // No paint transitions: a recolour is final at the next frame (presenters, benchmarks, PNGs).
    transition: { duration: 0, delay: 0 },
    sources: {},
    layers: [
      { id: LAYER.background, type: "background", paint: { "background-color": BACKGROUND_COLOR } },
    ],
  };
}

/** Data layers, bottom to top. Province and department outlines are meshed from the districts. */
export function dataLayers(palette: PaletteName): LayerSpecification[] {
  return [
    {
      id: LAYER.fill,
      type: "fill",
      source: SRC.districts,
      // The source also holds the province/department outlines (geometry.ts): polygons only here.
      filter: ["!", ["has", "level"]],
      paint: {
        "fill-color": fillColorExpression(paletteColors(palette)),
        // Hover lightens the district (feature-state, no re-upload).
        "fill-opacity": ["case", ["boolean", ["feature-state", "hover"], false], 0.55, 1],
        // District borders come free with the fill's antialiased 1 px outline: a separate line
        // layer over 1,891 polygons doubled the worker's tiling time on load and on every import.
        "fill-outline-color": OUTLINE_DISTRICT,
      },
    },
    {
      id: LAYER.provinces,
      type: "line",
      source: SRC.districts,
      filter: ["==", ["get", "level"], "province"],
      paint: {
        "line-color": OUTLINE_PROVINCE,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.4, 8, 1.2],
      },
    },
    {
      id: LAYER.departments,
      type: "line",
      source: SRC.districts,
      filter: ["==", ["get", "level"], "department"],
      paint: {
        "line-color": OUTLINE_DEPARTMENT,
        "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1, 8, 2.2],
      },
    },
    {
      // Selected and marked districts only (a handful of features, see highlight.ts).
      id: LAYER.highlight,
      type: "line",
      source: SRC.highlight,
      paint: {
        "line-color": ["match", ["get", "kind"], "selected", SELECTED_COLOR, MARKED_COLOR],
        "line-width": ["match", ["get", "kind"], "selected", 3, 2.2],
      },
    },
  ];
}
