/**
 * Reading imported points and shapes: which CSV columns hold the coordinates, how a coordinate cell
 * reads (decimal comma accepted), and what a GeoJSON file holds (Point / MultiPoint and Polygon /
 * MultiPolygon features). Pure; the points worker calls it. Codes out, words in the UI.
 */
import { foldHeaderName } from "./header-names";
import { isRecord } from "./guards";
import { flattenRings, type FlatRing } from "./point-in-polygon";

/** Folded header names, most specific first (an exact "lat" beats a bare "y"). */
const LAT_NAMES = ["lat", "latitud", "latitude", "lat dd", "latitud dd", "coord y", "y"];
const LON_NAMES = [
  "lon",
  "lng",
  "long",
  "longitud",
  "longitude",
  "lon dd",
  "longitud dd",
  "coord x",
  "x",
];
const NAME_NAMES = ["nombre", "name", "etiqueta", "label", "descripcion", "denominacion"];

export interface CoordinateColumns {
  lat: number;
  lon: number;
  /** Column naming each point (hover), or null. */
  name: number | null;
}

/**
 * Find the latitude, longitude and name columns by their folded header (case, accents and
 * punctuation ignored): the first name of each list present wins. null when either coordinate
 * column is missing.
 */
export function detectCoordinateColumns(header: readonly string[]): CoordinateColumns | null {
  const folded = header.map(foldHeaderName);
  const find = (names: readonly string[]): number => {
    for (const n of names) {
      const i = folded.indexOf(n);
      if (i !== -1) return i;
    }
    return -1;
  };
  const lat = find(LAT_NAMES);
  const lon = find(LON_NAMES);
  if (lat === -1 || lon === -1 || lat === lon) return null;
  const name = find(NAME_NAMES);
  return { lat, lon, name: name === -1 ? null : name };
}

const COORD = /^[+-]?\d{1,3}([.,]\d+)?$/;

/**
 * A coordinate cell in decimal degrees: "-12.0464", "-12,0464" (decimal comma), "+77", with a
 * Unicode minus accepted. A coordinate has no thousands separator, so a single comma is always the
 * decimal mark. Anything else (empty, "12°3'", "1.234,5") → null.
 */
export function parseCoordinate(cell: string | undefined): number | null {
  if (cell === undefined) return null;
  const s = cell.trim().replace(/\u2212/g, "-");
  if (!COORD.test(s)) return null;
  return Number(s.replace(",", "."));
}

/** A point read from a file: its record number (CSV: header = row 1; GeoJSON: feature 1, 2, …). */
export interface ReadPoint {
  row: number;
  lon: number;
  lat: number;
}

/** A polygon feature read from a GeoJSON file. */
export interface ReadPolygon {
  row: number;
  name: string | null;
  rings: FlatRing[];
  /** As MultiPolygon coordinates (drawn on the map with its holes). */
  coordinates: number[][][][];
}

export interface GeoJsonRead {
  points: ReadPoint[];
  /** Per point, its feature's properties as text (category / name columns). */
  pointProps: Record<string, string>[];
  polygons: ReadPolygon[];
  /** Property names seen on point features (category / name choices). */
  columns: string[];
  /** Features skipped: not a Point/MultiPoint/Polygon/MultiPolygon, or malformed coordinates. */
  skipped: { row: number; code: "geometry" | "coordinates" }[];
  /** "notGeoJson" when the text is not a FeatureCollection / Feature. */
  fatal: "notGeoJson" | null;
}

const isPos = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length >= 2 && typeof v[0] === "number" && typeof v[1] === "number";
const isRing = (v: unknown): v is number[][] => Array.isArray(v) && v.length >= 4 && v.every(isPos);
const isPolygonCoords = (v: unknown): v is number[][][] =>
  Array.isArray(v) && v.length > 0 && v.every(isRing);

const propText = (v: unknown): string | null =>
  typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null;

/**
 * Read a parsed GeoJSON value (FeatureCollection, a single Feature, or a bare geometry). Each
 * feature is one record: `row` = its 1-based position. MultiPoint → one point per position (same
 * row). Coordinates are taken as WGS84 longitude, latitude (RFC 7946). A polygon's name is its
 * first property among nombre / name / etiqueta / label / descripcion.
 */
export function readGeoJson(value: unknown): GeoJsonRead {
  const out: GeoJsonRead = {
    points: [],
    pointProps: [],
    polygons: [],
    columns: [],
    skipped: [],
    fatal: null,
  };
  let features: unknown[];
  if (isRecord(value) && value.type === "FeatureCollection" && Array.isArray(value.features))
    features = value.features;
  else if (isRecord(value) && value.type === "Feature") features = [value];
  else if (isRecord(value) && typeof value.type === "string" && "coordinates" in value)
    features = [{ type: "Feature", geometry: value, properties: {} }];
  else return { ...out, fatal: "notGeoJson" };
  const columns = new Set<string>();
  features.forEach((f, i) => {
    const row = i + 1;
    const g = isRecord(f) ? f.geometry : null;
    const rawProps = isRecord(f) && isRecord(f.properties) ? f.properties : {};
    const props: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawProps)) {
      const t = propText(v);
      if (t !== null) props[k] = t;
    }
    if (!isRecord(g)) {
      out.skipped.push({ row, code: "geometry" });
      return;
    }
    const c = g.coordinates;
    if (g.type === "Point" || g.type === "MultiPoint") {
      const positions = g.type === "Point" ? [c] : Array.isArray(c) ? c : [];
      if (positions.length === 0 || !positions.every(isPos)) {
        out.skipped.push({ row, code: "coordinates" });
        return;
      }
      for (const k of Object.keys(props)) columns.add(k);
      for (const p of positions as number[][]) {
        out.points.push({ row, lon: p[0] as number, lat: p[1] as number });
        out.pointProps.push(props);
      }
    } else if (g.type === "Polygon" || g.type === "MultiPolygon") {
      const ok =
        g.type === "Polygon"
          ? isPolygonCoords(c)
          : Array.isArray(c) && c.length > 0 && c.every(isPolygonCoords);
      if (!ok) {
        out.skipped.push({ row, code: "coordinates" });
        return;
      }
      const coordinates = g.type === "Polygon" ? [c as number[][][]] : (c as number[][][][]);
      const rings = flattenRings({ type: "MultiPolygon", coordinates });
      const nameKey = Object.keys(props).find((k) => NAME_NAMES.includes(foldHeaderName(k)));
      out.polygons.push({
        row,
        name: nameKey ? (props[nameKey] ?? null) : null,
        rings,
        coordinates,
      });
    } else out.skipped.push({ row, code: "geometry" });
  });
  out.columns = [...columns];
  return out;
}

/** The name column of GeoJSON points (first property among the name words), or null. */
export function pickNameColumn(columns: readonly string[]): string | null {
  return columns.find((k) => NAME_NAMES.includes(foldHeaderName(k))) ?? null;
}
