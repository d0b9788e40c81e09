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
} as const;
