import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from "maplibre-gl";
import {
  DETAIL_MINZOOM,
  DISTRICT_TILES,
  GLYPHS_DIR,
  LABEL_FONTS,
  LABEL_ZOOMS,
} from "../config/map";
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
  /** Department, province and district name points (label-points.ts), set once data is loaded. */
  labels: "place-labels",
  /** Name points of the selected and marked districts (highlight.ts), always drawn. */
  highlightLabels: "highlight-labels",
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
  labelsDistrict: "label-district",
  labelsProvince: "label-province",
  labelsDepartment: "label-department",
  /** Names of marked districts: placed before other names; hidden only by another marked name. */
  labelsMarked: "label-marked",
  /** Name of the selected district: placed first, never hidden. */
  labelsHighlight: "label-highlight",
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
 * the data files; colours arrive later through feature-state. Glyphs are the app's own files
 * (public/fonts), no sprites: the app works offline and never leaves its origin. `tileUrl` and
 * `glyphsUrl` must be absolute (fetched from the map's worker), e.g. glyphsUrlOf(document.baseURI);
 * without it the style has no glyphs and no name layers.
 */
export function baseStyle(
  tileUrl: string,
  palette: PaletteName,
  glyphsUrl?: string,
): StyleSpecification {
  const districts = { source: SRC.districts, "source-layer": DISTRICT_TILES.layers.districts };
  const borders = { source: SRC.districts, "source-layer": DISTRICT_TILES.layers.borders };
  return {
    version: 8,
    // No paint transitions: a recolour is final at the next frame (presenters, benchmarks, PNGs).
    transition: { duration: 0, delay: 0 },
    ...(glyphsUrl ? { glyphs: glyphsUrl } : {}),
    sources: {
      [SRC.districts]: {
        type: "vector",
        tiles: [tileUrl],
        minzoom: DISTRICT_TILES.minzoom,
        maxzoom: DISTRICT_TILES.maxzoom,
        bounds: DISTRICT_TILES.bounds,
      },
      [SRC.highlight]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [SRC.labels]: { type: "geojson", data: { type: "FeatureCollection", features: [] } },
      [SRC.highlightLabels]: {
        type: "geojson",
        data: { type: "FeatureCollection", features: [] },
      },
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
      // Names need glyphs: a map built without them (e.g. a small inset) draws no text.
      ...(glyphsUrl ? labelLayers() : []),
    ],
  };
}

/**
 * Glyph URL template under the page's own folder: "<base>fonts/{fontstack}/{range}.pbf". Built by
 * concatenation, as `new URL` would percent-encode the braces MapLibre substitutes.
 */
export function glyphsUrlOf(baseURI: string): string {
  return `${new URL(GLYPHS_DIR, baseURI).href}{fontstack}/{range}.pbf`;
}

/** Selected and marked names: the medium face, a size above the district names. */
const highlightText: SymbolLayerSpecification["layout"] = {
  "text-field": ["get", "name"],
  "text-font": [...LABEL_FONTS.medium],
  "text-size": ["interpolate", ["linear"], ["zoom"], 5, 12, 12, 15],
  "text-max-width": 8,
};

/** Dark text on a white halo: legible on the lightest and the darkest class of every palette. */
const LABEL_PAINT = {
  "text-color": "#1b1b1b",
  "text-halo-color": "rgba(255,255,255,0.92)",
  "text-halo-width": 1.6,
  "text-halo-blur": 0.3,
} as const;

/**
 * Place names from the labels source (kind, name, rank): departments at national zooms, provinces
 * at intermediate ones, districts from LABEL_ZOOMS.districts, where symbol collision keeps those that
 * fit and symbol-sort-key (rank by population) decides who wins. In the style, later layers are
 * placed first: districts < provinces < departments < marked names < the selected name.
 */
export function labelLayers(): SymbolLayerSpecification[] {
  const byKind = (kind: string) => ["==", ["get", "kind"], kind] as ExpressionSpecification;
  const common: SymbolLayerSpecification["layout"] = {
    "text-field": ["get", "name"],
    "symbol-sort-key": ["get", "rank"],
    "text-max-width": 8,
    "text-padding": 3,
  };
  return [
    {
      id: LAYER.labelsDistrict,
      type: "symbol",
      source: SRC.labels,
      minzoom: LABEL_ZOOMS.districts[0],
      filter: byKind("district"),
      layout: {
        ...common,
        "text-font": [...LABEL_FONTS.regular],
        "text-size": ["interpolate", ["linear"], ["zoom"], 8.5, 11, 12, 13.5],
      },
      paint: LABEL_PAINT,
    },
    {
      id: LAYER.labelsProvince,
      type: "symbol",
      source: SRC.labels,
      minzoom: LABEL_ZOOMS.provinces[0],
      maxzoom: LABEL_ZOOMS.provinces[1],
      filter: byKind("province"),
      layout: {
        ...common,
        "text-font": [...LABEL_FONTS.medium],
        "text-size": 12,
      },
      paint: { ...LABEL_PAINT, "text-color": "#333333" },
    },
    {
      id: LAYER.labelsDepartment,
      type: "symbol",
      source: SRC.labels,
      maxzoom: LABEL_ZOOMS.departments[1],
      filter: byKind("department"),
      layout: {
        ...common,
        "text-font": [...LABEL_FONTS.medium],
        "text-size": ["interpolate", ["linear"], ["zoom"], 4, 10, 7, 14],
        "text-transform": "uppercase",
        "text-letter-spacing": 0.04,
        // All 25 names matter at the national view: pack them closer than other names, and let
        // a crowded name move beside its point rather than vanish.
        "text-padding": 1,
        "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
        "text-radial-offset": 0.6,
      },
      paint: LABEL_PAINT,
    },
    {
      id: LAYER.labelsMarked,
      type: "symbol",
      source: SRC.highlightLabels,
      filter: ["==", ["get", "kind"], "marked"],
      layout: {
        ...highlightText,
        // Dozens of marks (a FESC selection) in Lima would overprint each other at the national
        // view: they move around their point, and give way only to one another.
        "text-variable-anchor": ["center", "top", "bottom", "left", "right"],
        "text-radial-offset": 0.5,
        "text-padding": 1,
      },
      paint: { ...LABEL_PAINT, "text-color": "#2b0057", "text-halo-width": 2.2 },
    },
    {
      id: LAYER.labelsHighlight,
      type: "symbol",
      source: SRC.highlightLabels,
      filter: ["==", ["get", "kind"], "selected"],
      layout: {
        ...highlightText,
        // Always shown: placed whatever it collides with; other names then avoid it.
        "text-allow-overlap": true,
        "text-ignore-placement": false,
      },
      paint: { ...LABEL_PAINT, "text-color": "#000000", "text-halo-width": 2.2 },
    },
  ];
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

/**
 * Fill opacity: hover lightens the district (feature-state "hover"); with `populationAlpha` the
 * opacity is also multiplied by the district's feature-state "alpha" (population-alpha.ts), so
 * thinly populated districts are drawn lighter. Toggling swaps this expression only (no setData).
 */
export function fillOpacityExpression(populationAlpha: boolean): ExpressionSpecification {
  const hover: ExpressionSpecification = [
    "case",
    ["boolean", ["feature-state", "hover"], false],
    0.55,
    1,
  ];
  return populationAlpha ? ["*", hover, ["coalesce", ["feature-state", "alpha"], 1]] : hover;
}

function fillPaint(palette: PaletteName, populationAlpha = false): FillLayerSpecification["paint"] {
  return {
    "fill-color": fillColorExpression(paletteColors(palette)),
    "fill-opacity": fillOpacityExpression(populationAlpha),
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
export function detailLayers(palette: PaletteName, populationAlpha = false): LayerSpecification[] {
  const base = { source: SRC.detail, minzoom: DETAIL_MINZOOM };
  return [
    {
      id: LAYER.fillDetail,
      type: "fill",
      ...base,
      // The source also holds the province/department outlines: polygons only here.
      filter: ["!", ["has", "level"]],
      paint: fillPaint(palette, populationAlpha),
    },
    { id: LAYER.provincesDetail, type: "line", ...base, ...provinceLine },
    { id: LAYER.departmentsDetail, type: "line", ...base, ...departmentLine },
  ];
}
