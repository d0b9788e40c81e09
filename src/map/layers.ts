import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from "maplibre-gl";
import { DETAIL_MINZOOM, DISTRICT_TILES } from "../config/map";
import {
  BACKGROUND_COLOR,
  NO_DATA_COLOR,
  OUTLINE_DEPARTMENT,
  OUTLINE_DISTRICT,
  OUTLINE_PROVINCE,
  paletteColors,
  type PaletteName,
} from "../config/palettes";

export { paletteColors, type PaletteName };

/** Source and layer ids: the map, tests and the feature-state hook agree on them. */
export const SRC = {
  /** Pre-built vector tiles (national and regional zooms), in the style from the start. */
  districts: "districts",
  /**
   * Detailed boundaries (GeoJSON from the topology), added after the first draw, drawn from
   * DETAIL_MINZOOM (zoom 6) up.
   */
  detail: "districts-detail",
  highlight: "highlight",
};
export const LAYER = {
  background: "background",
  fill: "district-fill",
  fillDetail: "district-fill-detail",
  /** White halo under the highlight: the outline pair reads on every palette (issue 12). */
  highlightHalo: "district-highlight-halo",
  highlight: "district-highlight",
  provinces: "province-outline",
  provincesDetail: "province-outline-detail",
  departments: "department-outline",
  departmentsDetail: "department-outline-detail",
} as const;
/** The fill layers a pointer can hit (tiles below DETAIL_MINZOOM, detail above). */
export const FILL_LAYERS = [LAYER.fill, LAYER.fillDetail];

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

/**
 * Selected and marked districts: a dark line over a wide white halo. One colour alone disappears on
 * some class (purple on the IRS's "Muy alto" #bd0026, black on the darkest blues); the pair keeps a
 * light and a dark edge against any fill. Widths in px: [halo, line].
 */
export const HIGHLIGHT_STYLE = {
  halo: "#ffffff",
  selected: { color: "#000000", widths: [8, 3.5] },
  marked: { color: "#4b0082", widths: [6, 2.5] },
} as const;

/**
 * The style the map starts with: background, the district tiles with their fill and outlines, and
 * the (empty) highlight source. Tiles start downloading as soon as the map exists, in parallel with
 * the data files; colours arrive later through feature-state. No glyphs or sprites: the app works
 * offline. `tileUrl` must be absolute (tiles are fetched from the map's worker).
 */
export function baseStyle(tileUrl: string, palette: PaletteName): StyleSpecification {
  const districts = { source: SRC.districts, "source-layer": DISTRICT_TILES.layers.districts };
  const borders = { source: SRC.districts, "source-layer": DISTRICT_TILES.layers.borders };
  return {
    version: 8,
    // No paint transitions: a recolour is final at the next frame (presenters, benchmarks, PNGs).
    transition: { duration: 0, delay: 0 },
    sources: {
      [SRC.districts]: {
        type: "vector",
        tiles: [tileUrl],
        minzoom: DISTRICT_TILES.minzoom,
        maxzoom: DISTRICT_TILES.maxzoom,
        bounds: DISTRICT_TILES.bounds,
      },
      [SRC.highlight]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
    },
    layers: [
      { id: LAYER.background, type: "background", paint: { "background-color": BACKGROUND_COLOR } },
      { id: LAYER.fill, type: "fill", ...districts, paint: fillPaint(palette) },
      { id: LAYER.provinces, type: "line", ...borders, ...provinceLine },
      { id: LAYER.departments, type: "line", ...borders, ...departmentLine },
      // Selected and marked districts only (a handful of features, see highlight.ts): halo, line.
      {
        id: LAYER.highlightHalo,
        type: "line",
        source: SRC.highlight,
        layout: { "line-join": "round" },
        paint: {
          "line-color": HIGHLIGHT_STYLE.halo,
          "line-width": highlightWidth(0),
        },
      },
      {
        id: LAYER.highlight,
        type: "line",
        source: SRC.highlight,
        layout: { "line-join": "round" },
        paint: {
          "line-color": [
            "match",
            ["get", "kind"],
            "selected",
            HIGHLIGHT_STYLE.selected.color,
            HIGHLIGHT_STYLE.marked.color,
          ],
          "line-width": highlightWidth(1),
        },
      },
    ],
  };
}

function highlightWidth(i: 0 | 1): ExpressionSpecification {
  return [
    "match",
    ["get", "kind"],
    "selected",
    HIGHLIGHT_STYLE.selected.widths[i],
    HIGHLIGHT_STYLE.marked.widths[i],
  ];
}

function fillPaint(palette: PaletteName): FillLayerSpecification["paint"] {
  return {
    "fill-color": fillColorExpression(paletteColors(palette)),
    // Hover lightens the district (feature-state, no re-upload).
    "fill-opacity": ["case", ["boolean", ["feature-state", "hover"], false], 0.55, 1],
    // District borders come free with the fill's antialiased 1 px outline: a separate line
    // layer over 1,891 polygons doubled the worker's tiling time on load and on every import.
    "fill-outline-color": OUTLINE_DISTRICT,
  };
}

const provinceLine = {
  filter: ["==", ["get", "level"], "province"],
  paint: {
    "line-color": OUTLINE_PROVINCE,
    "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.4, 8, 1.2],
  },
} as const satisfies Partial<LineLayerSpecification>;

const departmentLine = {
  filter: ["==", ["get", "level"], "department"],
  paint: {
    "line-color": OUTLINE_DEPARTMENT,
    "line-width": ["interpolate", ["linear"], ["zoom"], 4, 1, 8, 2.2],
  },
} as const satisfies Partial<LineLayerSpecification>;

/**
 * Layers of the detailed boundaries (one GeoJSON source: districts, then the outlines with
 * property "level"; see geometry.ts), shown from DETAIL_MINZOOM up, inserted below the highlight
 * and its halo (LAYER.highlightHalo).
 */
export function detailLayers(palette: PaletteName): LayerSpecification[] {
  const base = { source: SRC.detail, minzoom: DETAIL_MINZOOM };
  return [
    {
      id: LAYER.fillDetail,
      type: "fill",
      ...base,
      // The source also holds the province/department outlines: polygons only here.
      filter: ["!", ["has", "level"]],
      paint: fillPaint(palette),
    },
    { id: LAYER.provincesDetail, type: "line", ...base, ...provinceLine },
    { id: LAYER.departmentsDetail, type: "line", ...base, ...departmentLine },
  ];
}
