/**
 * The points job, run inside points.worker.ts (and callable in-process by tests): read a CSV of
 * coordinates or a GeoJSON file, assign each point to its district against the detailed boundaries
 * (grid prefilter + ray casting, core/district-index.ts), compute each district's covered share
 * for polygons (core/area-share.ts), and write the polygons' map layer as GeoJSON text.
 */
import Papa from "papaparse";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { coveredShare01 } from "../core/area-share";
import { sniffDelimiter } from "../core/csv-sniff";
import {
  assignPoints,
  buildDistrictIndex,
  shapeOf,
  type DistrictShape,
} from "../core/district-index";
import { isRecord } from "../core/guards";
import { flattenRings, ringsBbox } from "../core/point-in-polygon";
import {
  detectCoordinateColumns,
  parseCoordinate,
  pickNameColumn,
  readGeoJson,
  type ReadPolygon,
} from "../core/point-rows";
import { decodeText } from "../core/text-decode";
import type { CategoryColumn, PointsJobResult, PointsStage } from "./points-client";

/** A column with more distinct values than this is not offered as a category. */
const MAX_CATEGORY_VALUES = 50;

type Progress = (stage: PointsStage, done: number, total: number) => void;

/** District shapes (id = geometry id = table row) from the app's boundaries topology. */
export function districtShapes(topology: unknown, districtCount: number): DistrictShape[] {
  if (!isRecord(topology) || !isRecord(topology.objects)) throw new Error("topology");
  const obj = topology.objects.districts;
  if (!isRecord(obj) || obj.type !== "GeometryCollection") throw new Error("topology");
  const fc = feature(topology as unknown as Topology, obj as never) as unknown as {
    features: { id?: string | number; geometry: { type: string; coordinates: unknown } | null }[];
  };
  const shapes: DistrictShape[] = [];
  for (const f of fc.features) {
    const id = Number(f.id);
    const g = f.geometry;
    if (!Number.isInteger(id) || id < 0 || id >= districtCount || !g) continue;
    if (g.type === "Polygon")
      shapes.push(
        shapeOf(id, flattenRings({ type: "Polygon", coordinates: g.coordinates as number[][][] })),
      );
    else if (g.type === "MultiPolygon")
      shapes.push(
        shapeOf(
          id,
          flattenRings({ type: "MultiPolygon", coordinates: g.coordinates as number[][][][] }),
        ),
      );
  }
  return shapes;
}

/** Encode columns with few distinct values (2–50, some repeated) as category codes. */
function categoryColumns(
  columns: readonly string[],
  cell: (i: number, c: number) => string,
  n: number,
): CategoryColumn[] {
  const out: CategoryColumn[] = [];
  columns.forEach((column, c) => {
    const codes = new Int32Array(n);
    const index = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const v = cell(i, c).trim();
      if (v === "") {
        codes[i] = -1;
        continue;
      }
      let k = index.get(v);
      if (k === undefined) {
        if (index.size >= MAX_CATEGORY_VALUES) return;
        k = index.size;
        index.set(v, k);
      }
      codes[i] = k;
    }
    // An identifier (every value different) is not a category.
    let filled = 0;
    for (const c of codes) if (c >= 0) filled++;
    if (index.size >= 2 && index.size < filled)
      out.push({ column, codes, values: [...index.keys()] });
  });
  return out;
}

const isGeoJsonName = (name: string): boolean => /\.(geo)?json$/i.test(name);

/** Run the whole job on the file's bytes. */
export function runPointsJob(
  bytes: Uint8Array,
  fileName: string,
  topology: unknown,
  districtCount: number,
  onProgress: Progress = () => {},
): PointsJobResult {
  const t0 = performance.now();
  const { text, encoding } = decodeText(bytes);
  onProgress("read", 0, 1);
  const base: PointsJobResult = {
    format: "csv",
    encoding,
    delimiter: null,
    fatal: null,
    columns: [],
    latColumn: null,
    lonColumn: null,
    nameColumn: null,
    recordsRead: 0,
    row: new Int32Array(0),
    lon: new Float64Array(0),
    lat: new Float64Array(0),
    district: new Int32Array(0),
    status: new Uint8Array(0),
    names: [],
    categories: [],
    polygons: [],
    shares: [],
    skipped: [],
    areasGeoJson: '{"type":"FeatureCollection","features":[]}',
    timings: { readMs: 0, indexMs: 0, assignMs: 0, areaMs: 0 },
  };
  if (text.trim() === "") return { ...base, fatal: "empty" };
  let rowNo: number[];
  let lons: number[];
  let lats: number[];
  let names: string[];
  let categories: CategoryColumn[];
  let polygons: ReadPolygon[] = [];
  let r: PointsJobResult;
  const trimmed = text.trimStart();
  if (isGeoJsonName(fileName) || trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { ...base, format: "geojson", fatal: "notGeoJson" };
    }
    const g = readGeoJson(value);
    if (g.fatal) return { ...base, format: "geojson", fatal: g.fatal };
    const nameCol = pickNameColumn(g.columns);
    rowNo = g.points.map((p) => p.row);
    lons = g.points.map((p) => p.lon);
    lats = g.points.map((p) => p.lat);
    names = nameCol ? g.pointProps.map((p) => p[nameCol] ?? "") : [];
    categories = categoryColumns(
      g.columns,
      (i, c) => g.pointProps[i]?.[g.columns[c] ?? ""] ?? "",
      g.points.length,
    );
    polygons = g.polygons;
    r = {
      ...base,
      format: "geojson",
      encoding: null,
      columns: g.columns,
      nameColumn: nameCol,
      // Features read (a MultiPoint is one record with several points).
      recordsRead: new Set(rowNo).size + g.polygons.length + g.skipped.length,
      skipped: g.skipped,
    };
  } else {
    const delimiter = sniffDelimiter(text.slice(0, 64 * 1024)).delimiter;
    const parsed = Papa.parse<string[]>(text, {
      delimiter,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
    });
    const rows = parsed.data;
    const header = (rows[0] ?? []).map((h) => h.replace(/^\ufeff/, "").trim());
    const cols = detectCoordinateColumns(header);
    r = { ...base, delimiter, columns: header };
    if (!cols) return { ...r, fatal: "noCoordinates" };
    const data: { row: number; cells: string[] }[] = [];
    for (let i = 1; i < rows.length; i++) {
      const cells = rows[i] ?? [];
      if (cells.length === 1 && (cells[0] ?? "").trim() === "") continue;
      data.push({ row: i + 1, cells });
    }
    rowNo = data.map((d) => d.row);
    lons = data.map((d) => parseCoordinate(d.cells[cols.lon]) ?? NaN);
    lats = data.map((d) => parseCoordinate(d.cells[cols.lat]) ?? NaN);
    names = cols.name === null ? [] : data.map((d) => d.cells[cols.name as number] ?? "");
    const other = header
      .map((h, c) => ({ h, c }))
      .filter(({ c }) => c !== cols.lat && c !== cols.lon && c !== cols.name);
    categories = categoryColumns(
      other.map((o) => o.h),
      (i, c) => data[i]?.cells[other[c]?.c ?? -1] ?? "",
      data.length,
    );
    r = {
      ...r,
      latColumn: header[cols.lat] ?? null,
      lonColumn: header[cols.lon] ?? null,
      nameColumn: cols.name === null ? null : (header[cols.name] ?? null),
      recordsRead: data.length,
    };
  }
  const t1 = performance.now();
  const shapes = districtShapes(topology, districtCount);
  const index = buildDistrictIndex(shapes);
  const t2 = performance.now();
  const lon = Float64Array.from(lons);
  const lat = Float64Array.from(lats);
  const assigned = assignPoints(index, lon, lat, {
    onProgress: (done, total) => onProgress("assign", done, total),
  });
  const t3 = performance.now();
  // Polygons: union per district by scanlines, only where a polygon's box meets the district's.
  const polyBoxes = polygons.map((p) => ringsBbox(p.rings));
  const hits = (a: number[], b: readonly number[]): boolean =>
    a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
  const shares: { id: number; share01: number }[] = [];
  const touched = polygons.map(() => [] as number[]);
  if (polygons.length > 0) {
    shapes.forEach((s, k) => {
      const over = polygons.flatMap((_, j) => (hits(s.bbox, polyBoxes[j] as number[]) ? [j] : []));
      if (over.length > 0) {
        const share01 = coveredShare01(
          s.rings,
          s.bbox,
          over.map((j) => (polygons[j] as ReadPolygon).rings),
        );
        if (share01 > 0) {
          shares.push({ id: s.id, share01 });
          // Which polygons touch it (each alone), for the report's list.
          for (const j of over) {
            const one = coveredShare01(s.rings, s.bbox, [(polygons[j] as ReadPolygon).rings], 100);
            if (one > 0) touched[j]!.push(s.id);
          }
        }
      }
      if (k % 100 === 0) onProgress("area", k, shapes.length);
    });
    onProgress("area", shapes.length, shapes.length);
  }
  const t4 = performance.now();
  return {
    ...r,
    row: Int32Array.from(rowNo),
    lon,
    lat,
    district: assigned.district,
    status: assigned.status,
    names,
    categories,
    polygons: polygons.map((p, j) => ({ row: p.row, name: p.name, districtIds: touched[j] ?? [] })),
    shares,
    areasGeoJson: areasGeoJson(polygons),
    timings: { readMs: t1 - t0, indexMs: t2 - t1, assignMs: t3 - t2, areaMs: t4 - t3 },
  };
}

/**
 * The polygons as GeoJSON text (properties n = name, area = 1), for the map's own worker to fetch
 * from a Blob URL. The points are not written here: the page feeds them to a clustered source in
 * chunks (map/points-layer.ts), so no single task parses or copies all of them.
 */
function areasGeoJson(polygons: readonly ReadPolygon[]): string {
  const parts = polygons.map((p) =>
    JSON.stringify({
      type: "Feature",
      geometry: { type: "MultiPolygon", coordinates: p.coordinates },
      properties: { n: p.name ?? "", area: 1 },
    }),
  );
  return `{"type":"FeatureCollection","features":[${parts.join(",")}]}`;
}
