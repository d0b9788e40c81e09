/**
 * Runtime guards for the files in public/data (shapes in ./contract.ts). Each parser takes the
 * fetched JSON as `unknown` and returns the typed value plus issues (codes with values, naming the
 * file and the path that is wrong: core/data-issues.ts; src/i18n/schema-copy.ts words them). Problems that make the data unusable (wrong version, misaligned ids, a bad
 * ubigeo, a broken topology) give value null; smaller ones (one bad series or source) drop that
 * part and are listed in issues.
 */
import type { Topology } from "topojson-specification";
import type { DataIssue, DataProblem } from "../core/data-issues";
import type {
  CrimeMonthlyFile,
  DataManifest,
  DataSource,
  DistrictRow,
  DistrictTable,
  FiscalContext,
  PoliceStations,
  Series,
} from "./contract";

export interface Parsed<T> {
  value: T | null;
  issues: DataIssue[];
}

/** At most this many issues of one file are listed; the rest are counted. */
const MAX_ISSUES = 20;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isUbigeo = (v: unknown): v is string => isStr(v) && /^\d{6}$/.test(v);
const isNumTuple = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) && v.length === n && v.every(isNum);
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);

/** Collects issues for one file, capped at MAX_ISSUES. */
class Issues {
  readonly list: DataIssue[] = [];
  private extra = 0;
  constructor(private readonly file: string) {}
  add(path: string, problem: DataProblem): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ file: this.file, path, problem });
    else this.extra++;
  }
  done(): DataIssue[] {
    return this.extra > 0
      ? [
          ...this.list,
          { file: this.file, path: null, problem: { code: "more", count: this.extra } },
        ]
      : this.list;
  }
}

function fatal<T>(file: string, problem: DataProblem): Parsed<T> {
  return { value: null, issues: [{ file, path: null, problem }] };
}

function parseText(v: unknown): { es: string; en: string } | null {
  return isObj(v) && isStr(v.es) && isStr(v.en) ? { es: v.es, en: v.en } : null;
}

function parseSource(v: unknown, path: string, issues: Issues): DataSource | null {
  if (!isObj(v)) {
    issues.add(path, { code: "notObject" });
    return null;
  }
  const strings = ["id", "name", "publisher", "url", "licence", "level", "note"] as const;
  const counts = ["rowsRead", "matched", "repaired", "missing"] as const;
  const badStr = strings.find((k) => !isStr(v[k]));
  const badCount = counts.find((k) => !isInt(v[k]) || Number(v[k]) < 0);
  if (badStr || badCount) {
    issues.add(`${path}.${badStr ?? badCount}`, { code: "badSourceField" });
    return null;
  }
  if (!isIntArray(v.years) || !isStrArray(v.files) || !isStrArray(v.unmatched)) {
    issues.add(path, { code: "badSourceLists" });
    return null;
  }
  const source: DataSource = {
    id: String(v.id),
    name: String(v.name),
    publisher: String(v.publisher),
    url: String(v.url),
    licence: String(v.licence),
    years: v.years,
    files: v.files,
    rowsRead: Number(v.rowsRead),
    matched: Number(v.matched),
    unmatched: v.unmatched,
    repaired: Number(v.repaired),
    missing: Number(v.missing),
    level: String(v.level),
    note: String(v.note),
  };
  if (v.autoDiscovered === true) source.autoDiscovered = true;
  if (isStr(v.citation)) source.citation = String(v.citation);
  return source;
}

/** Validate manifest.json (DataManifest). */
export function parseManifest(json: unknown, file = "manifest.json"): Parsed<DataManifest> {
  if (!isObj(json)) return fatal(file, { code: "notJsonObject" });
  if (json.version !== 1) return fatal(file, { code: "badVersion", version: String(json.version) });
  if (!isStr(json.builtAt) || Number.isNaN(Date.parse(json.builtAt))) {
    return fatal(file, { code: "notIsoDate", field: "builtAt" });
  }
  if (!isInt(json.districtCount) || json.districtCount <= 0) {
    return fatal(file, { code: "notPositiveInteger", field: "districtCount" });
  }
  const crime = json.crime;
  if (
    !isObj(crime) ||
    typeof crime.present !== "boolean" ||
    !(crime.sourceId === null || isStr(crime.sourceId)) ||
    !isIntArray(crime.years) ||
    !isStr(crime.note)
  ) {
    return fatal(file, {
      code: "shape",
      field: "crime",
      shape: "{ present, sourceId, years, note }",
    });
  }
  if (!Array.isArray(json.sources)) return fatal(file, { code: "notList", field: "sources" });
  const issues = new Issues(file);
  const sources = json.sources
    .map((s, i) => parseSource(s, `sources[${i}]`, issues))
    .filter((s): s is DataSource => s !== null);
  const ids = new Set<string>();
  for (const s of sources) {
    if (ids.has(s.id)) issues.add("sources", { code: "duplicateSourceId", id: s.id });
    ids.add(s.id);
  }
  const fileIssues = isStrArray(json.issues) ? json.issues : [];
  if (!isStrArray(json.issues)) issues.add("issues", { code: "notTextList" });
  return {
    value: {
      version: 1,
      builtAt: json.builtAt,
      districtCount: json.districtCount,
      sources,
      crime: {
        present: crime.present,
        sourceId: crime.sourceId,
        years: crime.years,
        note: crime.note,
        ...(parseStability(crime.stability, issues) ?? {}),
      },
      issues: fileIssues,
    },
    issues: issues.done(),
  };
}

/** crime.stability (optional): a list of window measurements; a bad list is dropped and listed. */
function parseStability(
  v: unknown,
  issues: Issues,
): { stability: NonNullable<DataManifest["crime"]["stability"]> } | null {
  if (v === undefined) return null;
  const out: NonNullable<DataManifest["crime"]["stability"]> = [];
  for (const r of Array.isArray(v) ? v : [null]) {
    if (
      !isObj(r) ||
      !isInt(r.window) ||
      !isIntArray(r.endYears) ||
      !isNum(r.meanCorrelation) ||
      !isInt(r.topN) ||
      !isInt(r.smallInTop) ||
      !isInt(r.topOverlap)
    ) {
      issues.add("crime.stability", { code: "badStability" });
      return null;
    }
    out.push({
      window: r.window,
      endYears: r.endYears,
      meanCorrelation: r.meanCorrelation,
      topN: r.topN,
      smallInTop: r.smallInTop,
      topOverlap: r.topOverlap,
    });
  }
  return { stability: out };
}

function parseRow(v: unknown, i: number, n: number, issues: Issues): DistrictRow | null {
  const path = `districts[${i}]`;
  if (!isObj(v)) {
    issues.add(path, { code: "notObject" });
    return null;
  }
  if (v.id !== i) {
    issues.add(`${path}.id`, { code: "idNotPosition", id: String(v.id), position: i });
    return null;
  }
  if (!isUbigeo(v.ubigeo)) {
    issues.add(`${path}.ubigeo`, { code: "notUbigeo", value: String(v.ubigeo) });
    return null;
  }
  const texts = ["name", "province", "department", "naturalRegion"] as const;
  const badText = texts.find((k) => !isStr(v[k]));
  if (badText) {
    issues.add(`${path}.${badText}`, { code: "missingText" });
    return null;
  }
  if (!isStr(v.provinceCode) || !/^\d{4}$/.test(v.provinceCode)) {
    issues.add(`${path}.provinceCode`, { code: "digits", n: 4 });
    return null;
  }
  if (!isStr(v.departmentCode) || !/^\d{2}$/.test(v.departmentCode)) {
    issues.add(`${path}.departmentCode`, { code: "digits", n: 2 });
    return null;
  }
  if (!isNum(v.areaKm2) || v.areaKm2 < 0) {
    issues.add(`${path}.areaKm2`, { code: "badArea" });
    return null;
  }
  if (!isNumTuple(v.label, 2)) {
    issues.add(`${path}.label`, { code: "shape", shape: "[lon, lat]" });
    return null;
  }
  if (!isNumTuple(v.bbox, 4)) {
    issues.add(`${path}.bbox`, { code: "shape", shape: "[minLon, minLat, maxLon, maxLat]" });
    return null;
  }
  if (!isIntArray(v.neighbors) || v.neighbors.some((j) => j < 0 || j >= n || j === i)) {
    issues.add(`${path}.neighbors`, { code: "idsOutOfRange" });
    return null;
  }
  const [lon = 0, lat = 0] = v.label;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = v.bbox;
  return {
    id: i,
    ubigeo: v.ubigeo,
    name: String(v.name),
    province: String(v.province),
    department: String(v.department),
    provinceCode: v.provinceCode,
    departmentCode: v.departmentCode,
    naturalRegion: String(v.naturalRegion),
    areaKm2: v.areaKm2,
    label: [lon, lat],
    bbox: [x0, y0, x1, y1],
    neighbors: v.neighbors,
  };
}

function parseSeries(v: unknown, k: number, n: number, issues: Issues): Series | null {
  const path = `series[${k}]`;
  if (!isObj(v) || !isStr(v.key) || !isStr(v.sourceId) || !isStr(v.unit)) {
    issues.add(path, {
      code: "missingFields",
      fields: ["key", "sourceId", "unit"],
      dropped: "series",
    });
    return null;
  }
  const name = `${path} (${v.key})`;
  if (!(v.year === null || isInt(v.year))) {
    issues.add(`${name}.year`, { code: "notYearOrNull", dropped: "series" });
    return null;
  }
  const label = parseText(v.label);
  if (!label) {
    issues.add(`${name}.label`, { code: "shape", shape: "{ es, en }", dropped: "series" });
    return null;
  }
  if (!Array.isArray(v.values) || v.values.length !== n) {
    const count = Array.isArray(v.values) ? v.values.length : null;
    issues.add(`${name}.values`, { code: "valueCount", count, districts: n });
    return null;
  }
  const bad = v.values.findIndex((x) => !(x === null || isNum(x)));
  if (bad >= 0) {
    issues.add(`${name}.values[${bad}]`, { code: "notNumberOrNull", dropped: "series" });
    return null;
  }
  const values = v.values.map((x) => (isNum(x) ? x : null));
  const series: Series = {
    key: v.key,
    year: v.year,
    sourceId: v.sourceId,
    unit: v.unit,
    label,
    values,
  };
  if (v.months !== undefined) {
    if (!isIntArray(v.months) || v.months.some((m) => m < 1 || m > 12)) {
      issues.add(`${name}.months`, { code: "badMonths" });
      return null;
    }
    series.months = v.months;
  }
  return series;
}

/** Validate districts.json (DistrictTable). Any bad district row → value null. */
export function parseDistrictTable(json: unknown, file = "districts.json"): Parsed<DistrictTable> {
  if (!isObj(json)) return fatal(file, { code: "notJsonObject" });
  if (json.version !== 1) return fatal(file, { code: "badVersion", version: String(json.version) });
  if (!Array.isArray(json.districts) || json.districts.length === 0) {
    return fatal(file, { code: "noDistricts" });
  }
  if (!Array.isArray(json.series)) return fatal(file, { code: "notList", field: "series" });
  const n = json.districts.length;
  const issues = new Issues(file);
  const rows = json.districts.map((r, i) => parseRow(r, i, n, issues));
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!r) return;
    const prev = seen.get(r.ubigeo);
    if (prev !== undefined)
      issues.add(`districts[${i}].ubigeo`, {
        code: "duplicateUbigeo",
        ubigeo: r.ubigeo,
        first: prev,
      });
    seen.set(r.ubigeo, i);
  });
  const districts = rows.filter((r): r is DistrictRow => r !== null);
  const series = json.series
    .map((s, k) => parseSeries(s, k, n, issues))
    .filter((s): s is Series => s !== null);
  const fatalRows = districts.length !== n || seen.size !== n;
  return { value: fatalRows ? null : { version: 1, districts, series }, issues: issues.done() };
}

function isTopologyShape(v: Obj): v is Obj & Topology {
  return v.type === "Topology" && isObj(v.objects) && Array.isArray(v.arcs);
}

/**
 * Validate boundaries.topo.json: a quantized Topology with objects.districts a GeometryCollection of
 * Polygon/MultiPolygon geometries (numeric id, properties.ubigeo), arcs of integer positions and a
 * transform. With `districtCount`, geometry ids must be exactly 0..districtCount-1.
 */
export function parseTopology(
  json: unknown,
  districtCount?: number,
  file = "boundaries.topo.json",
): Parsed<Topology> {
  if (!isObj(json) || !isTopologyShape(json)) {
    return fatal(file, { code: "notTopology" });
  }
  const t = json.transform;
  if (!isObj(t) || !isNumTuple(t.scale, 2) || !isNumTuple(t.translate, 2)) {
    return fatal(file, { code: "notQuantized" });
  }
  const districts = json.objects.districts;
  if (
    !isObj(districts) ||
    districts.type !== "GeometryCollection" ||
    !Array.isArray(districts.geometries)
  ) {
    return fatal(file, { code: "notGeometryCollection" });
  }
  const issues = new Issues(file);
  const arcCount = json.arcs.length;
  json.arcs.forEach((arc: unknown, i: number) => {
    if (
      !Array.isArray(arc) ||
      arc.length < 2 ||
      !arc.every((p) => Array.isArray(p) && p.length >= 2 && isInt(p[0]) && isInt(p[1]))
    ) {
      issues.add(`arcs[${i}]`, { code: "badArc" });
    }
  });
  const ids = new Set<number>();
  const arcRefOk = (a: unknown): boolean => isInt(a) && (a < 0 ? ~a : a) < arcCount;
  const ringsOk = (rings: unknown): boolean =>
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every((r) => Array.isArray(r) && r.length > 0 && r.every(arcRefOk));
  districts.geometries.forEach((g: unknown, i: number) => {
    const path = `objects.districts.geometries[${i}]`;
    if (!isObj(g)) return issues.add(path, { code: "notObject" });
    if (!isInt(g.id)) return issues.add(`${path}.id`, { code: "notNumericId" });
    if (ids.has(g.id)) issues.add(`${path}.id`, { code: "duplicateGeometryId", id: g.id });
    ids.add(g.id);
    if (!isObj(g.properties) || !isUbigeo(g.properties.ubigeo)) {
      issues.add(`${path}.properties.ubigeo`, { code: "missingUbigeo" });
    }
    const ok =
      (g.type === "Polygon" && ringsOk(g.arcs)) ||
      (g.type === "MultiPolygon" &&
        Array.isArray(g.arcs) &&
        g.arcs.length > 0 &&
        g.arcs.every(ringsOk));
    if (!ok) issues.add(`${path}`, { code: "badGeometry", type: String(g.type) });
  });
  if (districtCount !== undefined) {
    if (districts.geometries.length !== districtCount) {
      issues.add("objects.districts", {
        code: "geometryCount",
        count: districts.geometries.length,
        districts: districtCount,
      });
    }
    for (let id = 0; id < districtCount; id++) {
      if (!ids.has(id)) {
        issues.add("objects.districts", { code: "missingGeometry", id });
        break;
      }
    }
  }
  const list = issues.done();
  return { value: list.length === 0 ? json : null, issues: list };
}

/** Validate police-stations.json (PoliceStations). Bad stations are dropped and listed. */
export function parsePoliceStations(
  json: unknown,
  districtCount?: number,
  file = "police-stations.json",
): Parsed<PoliceStations> {
  if (!isObj(json) || !isStr(json.sourceId) || !isInt(json.year) || !Array.isArray(json.stations)) {
    return fatal(file, { code: "shape", shape: "{ sourceId, year, stations: [] }" });
  }
  const issues = new Issues(file);
  const stations: PoliceStations["stations"] = [];
  const numOrNull = (v: unknown): v is number | null => v === null || isNum(v);
  json.stations.forEach((s: unknown, i: number) => {
    const path = `stations[${i}]`;
    if (!isObj(s) || !isStr(s.id))
      return issues.add(path, { code: "missingFields", fields: ["id"], dropped: "item" });
    if (!isUbigeo(s.ubigeo))
      return issues.add(`${path}.ubigeo`, {
        code: "notUbigeo",
        value: String(s.ubigeo),
        dropped: "item",
      });
    if (!numOrNull(s.lon) || !numOrNull(s.lat) || !numOrNull(s.officers)) {
      return issues.add(path, {
        code: "notNumbersOrNull",
        fields: ["lon", "lat", "officers"],
        dropped: "item",
      });
    }
    const okDistrict =
      s.districtId === null ||
      (isInt(s.districtId) &&
        s.districtId >= 0 &&
        (districtCount === undefined || s.districtId < districtCount));
    if (!okDistrict)
      return issues.add(`${path}.districtId`, { code: "outOfRange", dropped: "item" });
    stations.push({
      id: s.id,
      ubigeo: s.ubigeo,
      lon: s.lon,
      lat: s.lat,
      officers: s.officers,
      districtId: isInt(s.districtId) ? s.districtId : null,
    });
  });
  return { value: { sourceId: json.sourceId, year: json.year, stations }, issues: issues.done() };
}

/** Validate context-mpfn.json (FiscalContext). Bad rows are dropped and listed. */
export function parseFiscalContext(
  json: unknown,
  file = "context-mpfn.json",
): Parsed<FiscalContext> {
  if (
    !isObj(json) ||
    !isStr(json.sourceId) ||
    !isIntArray(json.years) ||
    !Array.isArray(json.rows)
  ) {
    return fatal(file, { code: "shape", shape: "{ sourceId, years, rows: [] }" });
  }
  const issues = new Issues(file);
  const rows: FiscalContext["rows"] = [];
  json.rows.forEach((r: unknown, i: number) => {
    const path = `rows[${i}]`;
    if (!isObj(r) || !isStr(r.fiscalDistrict) || !isStr(r.group)) {
      return issues.add(path, {
        code: "missingFields",
        fields: ["fiscalDistrict", "group"],
        dropped: "item",
      });
    }
    if (!isUbigeo(r.seatUbigeo))
      return issues.add(`${path}.seatUbigeo`, { code: "digits", n: 6, dropped: "item" });
    if (!isInt(r.year)) return issues.add(`${path}.year`, { code: "notYear", dropped: "item" });
    if (!isInt(r.count) || r.count < 0)
      return issues.add(`${path}.count`, { code: "notCount", dropped: "item" });
    rows.push({
      fiscalDistrict: r.fiscalDistrict,
      seatUbigeo: r.seatUbigeo,
      year: r.year,
      group: r.group,
      count: r.count,
    });
  });
  return { value: { sourceId: json.sourceId, years: json.years, rows }, issues: issues.done() };
}

/**
 * Validate a monthly crime file (CrimeMonthlyFile: crime-trends.json, crime-monthly/<dd>.json).
 * Areas whose series are not `monthCount` non-negative integers are dropped and listed.
 */
export function parseCrimeMonthly(json: unknown, file: string): Parsed<CrimeMonthlyFile> {
  if (
    !isObj(json) ||
    json.version !== 1 ||
    !isStr(json.sourceId) ||
    !isNumTuple(json.start, 2) ||
    !isInt(json.monthCount) ||
    json.monthCount < 1 ||
    !isStrArray(json.families) ||
    !Array.isArray(json.partialYears) ||
    !Array.isArray(json.areas)
  ) {
    return fatal(file, {
      code: "shape",
      shape: "{ version: 1, sourceId, start, monthCount, families, areas }",
    });
  }
  const issues = new Issues(file);
  const monthCount = json.monthCount;
  const families = json.families;
  const [y0, m0] = json.start;
  if (!isInt(y0) || !isInt(m0) || m0 < 1 || m0 > 12) return fatal(file, { code: "notYearMonth" });
  const partialYears: CrimeMonthlyFile["partialYears"] = [];
  json.partialYears.forEach((p: unknown, i: number) => {
    if (isObj(p) && isInt(p.year) && isIntArray(p.months)) {
      partialYears.push({ year: p.year, months: p.months });
    } else
      issues.add(`partialYears[${i}]`, {
        code: "notShape",
        shape: "{ year, months }",
        dropped: "entry",
      });
  });
  const areas: CrimeMonthlyFile["areas"] = [];
  json.areas.forEach((a: unknown, i: number) => {
    if (!isObj(a) || !isStr(a.code) || !isObj(a.values)) {
      return issues.add(`areas[${i}]`, {
        code: "missingFields",
        fields: ["code", "values"],
        dropped: "item",
      });
    }
    const values: Record<string, number[]> = {};
    for (const f of families) {
      const v = a.values[f];
      if (!isIntArray(v) || v.length !== monthCount || v.some((x) => x < 0)) {
        return issues.add(`areas[${i}].values.${f}`, {
          code: "notCounts",
          n: monthCount,
          dropped: "item",
        });
      }
      values[f] = v;
    }
    areas.push({ code: a.code, values });
  });
  return {
    value: {
      version: 1,
      sourceId: json.sourceId,
      start: [y0, m0],
      monthCount,
      partialYears,
      families,
      areas,
    },
    issues: issues.done(),
  };
}
