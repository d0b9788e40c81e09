/**
 * The contract between the data build (scripts/build-data.ts) and the app: the shape of the
 * files written to public/data/. Types only; the runtime guard lives in data/schema.ts.
 *
 * public/data/
 *   manifest.json          DataManifest
 *   districts.json         DistrictTable
 *   boundaries.topo.json   TopoJSON Topology; object "districts" (GeometryCollection, one geometry per
 *                          district, geometry.id = DistrictRow.id, properties { ubigeo }). Province and
 *                          department outlines are meshed from it in the browser (no gaps by construction).
 *                          Loaded after the first draw; the map uses it from zoom 6 (DETAIL_MINZOOM).
 *   tiles/z/x/y.pbf        Mapbox Vector Tiles v2 cut from the same topology, z3–z5 over
 *                          DISTRICT_TILES.bounds (src/config/map.ts): layer "districts" (feature id =
 *                          DistrictRow.id, no properties) and layer "borders" (property level =
 *                          "province" | "department"). Empty tiles are zero-byte files.
 *   context-mpfn.json      FiscalContext (Ministerio Público denuncias by fiscal district; regional only)
 *   police-stations.json   PoliceStations (CENACOM 2017 points, district assigned by point-in-polygon)
 */

/** INEI ubigeo: always a 6-character string of digits, e.g. "010101". */
export type Ubigeo = string;

export interface DistrictRow {
  /** Numeric feature id used by MapLibre feature-state; equals the row's index in `districts`. */
  id: number;
  ubigeo: Ubigeo;
  name: string;
  province: string;
  department: string;
  /** 4-digit province code, e.g. "0101". */
  provinceCode: string;
  /** 2-digit department code, e.g. "01". */
  departmentCode: string;
  /** Costa / Sierra / Selva. */
  naturalRegion: string;
  /** Area computed with Turf from the boundary (km²). */
  areaKm2: number;
  /** A point inside the polygon (Turf pointOnFeature), [lon, lat]. */
  label: [number, number];
  /** [minLon, minLat, maxLon, maxLat]. */
  bbox: [number, number, number, number];
  /** Ids of districts sharing a boundary (queen contiguity: share at least one vertex). */
  neighbors: number[];
}

/**
 * One column of per-district values, aligned with `districts` (values[i] is district id i).
 * `null` = no value for that district. Years make time series: the same key with several years.
 */
export interface Series {
  /** Stable key, e.g. "population", "poverty_pct", "police_officers", "crime_property". */
  key: string;
  /** Reference year of the values, or null when the source has none. */
  year: number | null;
  /** Id of a DataSource in the manifest. */
  sourceId: string;
  /** Unit as shown in the UI, e.g. "hab.", "%", "km²", "denuncias". */
  unit: string;
  label: { es: string; en: string };
  values: (number | null)[];
  /** For partial years (SIDPOL): months covered, 1..12. */
  months?: number[];
}

export interface DistrictTable {
  version: 1;
  districts: DistrictRow[];
  series: Series[];
}

export interface DataSource {
  id: string;
  name: string;
  /** Short citation for legends and exported images, e.g. "INEI, Mapa de pobreza 2018". */
  citation?: string;
  publisher: string;
  url: string;
  licence: string;
  years: number[];
  /** Files read, relative to the raw-data folder. */
  files: string[];
  rowsRead: number;
  /** Distinct ubigeos matched to the district layer (for district-keyed sources). */
  matched: number;
  /** Codes not in the district layer. */
  unmatched: string[];
  /** Codes that lost their leading zero and were repaired. */
  repaired: number;
  /** Districts of the layer with no row in this source. */
  missing: number;
  /** "district" | "fiscal-district" | "point" | "register" | "boundary". */
  level: string;
  note: string;
  /** True when the source was found in the raw folder but is not described in data/sources.json. */
  autoDiscovered?: boolean;
}

export interface DataManifest {
  version: 1;
  builtAt: string;
  districtCount: number;
  sources: DataSource[];
  /** Crime counts by district (SIDPOL): absent until the official file is placed in sidpol/. */
  crime: {
    present: boolean;
    sourceId: string | null;
    years: number[];
    note: string;
    /**
     * Rank stability of the default IRS for each crime window, measured by the build on this data
     * (core/crime-period.ts windowStability): the basis of the default window, shown in the sheet.
     */
    stability?: {
      window: number;
      endYears: number[];
      meanCorrelation: number;
      topN: number;
      smallInTop: number;
      topOverlap: number;
    }[];
  };
  issues: string[];
}

export interface FiscalContext {
  sourceId: string;
  years: number[];
  /** One row per fiscal district × year × generic crime group. */
  rows: {
    fiscalDistrict: string;
    seatUbigeo: Ubigeo;
    year: number;
    group: string;
    count: number;
  }[];
}

export interface PoliceStations {
  sourceId: string;
  year: number;
  /** lon/lat may be null when the source has no coordinate. districtId from point-in-polygon. */
  stations: {
    id: string;
    ubigeo: Ubigeo;
    lon: number | null;
    lat: number | null;
    officers: number | null;
    districtId: number | null;
  }[];
}

/**
 * Monthly crime reports (SIDPOL) for a set of areas, loaded on demand (never at start-up):
 *   crime-trends.json         areas "PE" (national), every department code ("15") and "1501"
 *                             (Lima Metropolitana = province of Lima)
 *   crime-monthly/<dd>.json   every district of department <dd> the release records, by ubigeo
 * values[family][k] = reports in month k counted from `start` (k = 0 … monthCount − 1); a district
 * the release never records is absent (no data), not zeros.
 */
export interface CrimeMonthlyFile {
  version: 1;
  sourceId: string;
  /** First month: [year, month 1–12]. */
  start: [number, number];
  monthCount: number;
  /** Years with fewer than 12 months in the release (e.g. 2026 with January–February). */
  partialYears: { year: number; months: number[] }[];
  /** Family ids in data/sidpol-families.json order, plus "total". */
  families: string[];
  areas: { code: string; values: Record<string, number[]> }[];
}
