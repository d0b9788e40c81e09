/** Peru's bounds [west, south, east, north] with a small margin. */
export const PERU_BOUNDS: [number, number, number, number] = [-81.5, -18.5, -68.5, 0.2];
/** Files the app loads, relative to the page (works from any static path). */
export const DATA_FILES = {
  manifest: "data/manifest.json",
  districts: "data/districts.json",
  boundaries: "data/boundaries.topo.json",
  barrioSeguro: "data/barrio-seguro.json",
  police: "data/police-stations.json",
  fiscal: "data/context-mpfn.json",
  /** Monthly crime reports, loaded on demand (never at start-up). */
  crimeTrends: "data/crime-trends.json",
  crimeMonthlyDir: "data/crime-monthly/",
} as const;

/**
 * Pre-built vector tiles of the districts (layer "districts", feature id = district id) and their
 * province/department outlines (layer "borders", property level), written by `npm run data`.
 * They draw the national and regional views without shipping or tiling the whole geometry in the
 * browser; above `maxzoom` the detailed boundaries (DATA_FILES.boundaries) take over. `bounds` is
 * the tiles' extent (the build fails if a district lies outside), so no empty tile is requested.
 */
export const DISTRICT_TILES = {
  /** Folder of z/x/y.pbf, relative to the page. */
  dir: "data/tiles/",
  minzoom: 3, // the map's minZoom: lower tiles would never be asked for
  maxzoom: 5,
  extent: 2048,
  bounds: [-81.35, -18.36, -68.64, -0.03] as [number, number, number, number],
  layers: { districts: "districts", borders: "borders" },
} as const;
/** Zoom from which the detailed boundaries replace the tiles (tiles are over-zoomed until loaded). */
export const DETAIL_MINZOOM = 6;

/**
 * Self-hosted label glyphs (public/fonts/, Noto Sans, SIL OFL): folder relative to the page, then
 * "{fontstack}/{range}.pbf". Only range 0-255 ships (all names of the data are Latin-1).
 */
export const GLYPHS_DIR = "fonts/";
export const LABEL_FONTS = {
  regular: ["NotoSans-Regular"],
  medium: ["NotoSans-Medium"],
} as const;
/** Zoom ranges of the place names: departments at national zooms, then provinces, then districts. */
export const LABEL_ZOOMS = {
  departments: [0, 7],
  provinces: [6.5, 9],
  districts: [8.5, 24],
} as const;

/**
 * Value-by-alpha: the choropleth's opacity follows where people live, so a large, almost empty
 * district does not read as a large problem (issue 12). Fixed density breaks (inhabitants per km²),
 * stated in the legend, rather than quantiles: a class then means the same on every layer and year.
 */
export const DENSITY_BREAKS_PER_KM2 = [10, 50, 250, 1000] as const;
/** Opacity per density class (lowest first); the densest class is drawn fully opaque. */
export const DENSITY_ALPHAS = [0.25, 0.45, 0.65, 0.85, 1] as const;
