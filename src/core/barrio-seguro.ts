import type { DataIssue, DataProblem } from "./data-issues";
import { isRecord } from "./guards";
/**
 * Barrio Seguro (Estrategia Multisectorial Barrio Seguro, EMBS): the shape of public/data/barrio-seguro.json
 * written by scripts/lib/barrio-seguro.ts, and its runtime guard. Pure: no I/O.
 *
 * The register is PARTIAL: it merges the repo transcription (data/barrio-seguro-register.csv, from the
 * MININTER "Estado situacional del CONASEC" and press) with the raw press list. The document's per-region
 * table (99 barrios) is kept alongside so the app can say how much of it is located.
 */

/** One barrio (or one announced launch) after merging duplicates across sources. */
export interface BarrioRow {
  /** Barrio name, or null when no source names it. */
  barrio: string | null;
  /** Names as written in the sources (upper case, may lack accents). */
  department: string;
  province: string;
  district: string;
  /** District ubigeo (6 digits), null when only the province or department is known. */
  ubigeo: string | null;
  /** 4-digit province code when known (from the ubigeo or the names). */
  provinceCode: string | null;
  /** 2-digit department code when known. */
  departmentCode: string | null;
  /** Feature id in districts.json, null when the ubigeo is not in the layer or unknown. */
  districtId: number | null;
  /** National sequence number ("número 105 a nivel nacional"), null when not given. */
  nationalNumber: number | null;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY"; null when unknown. */
  date: string | null;
  /** Year of `date`, null when unknown. */
  year: number | null;
  /** One of BARRIO_STATUSES ("operativo" | "programado" | "anunciado"), checked at every boundary. */
  status: string;
  /** One entry per source row merged into this barrio (citation text or URLs). */
  sources: string[];
  notes: string[];
  /** Which inputs contributed: "registro" (data/ in the repo) and/or "prensa" (raw press list). */
  origins: string[];
}

/** One row of the document's "Regiones con Barrio Seguro" table. */
export interface RegionTotal {
  /** Region as written in the document, e.g. "LIMA METROPOLITANA". */
  region: string;
  barrios: number;
  /** Ubigeo prefixes the region covers ("02" = department, "1501" = province). */
  prefixes: string[];
  /** Prefixes excluded from it (LIMA PROVINCIAS = "15" except "1501"). */
  excludePrefixes: string[];
  /** Human description of the mapping, Spanish. */
  scope: string;
  source: string;
}

export interface BarrioSeguroData {
  version: 1;
  rows: BarrioRow[];
  regionTotals: RegionTotal[];
  /** The document's TOTAL row: barrios, districts and number of regions. Null when absent. */
  documentTotal: { barrios: number; districts: number | null; regions: number } | null;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");
const isIntOrNull = (v: unknown): v is number | null =>
  v === null || (typeof v === "number" && Number.isInteger(v));
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";

/** Launch statuses of the register's "estado" (lower case), strongest first. */
export const BARRIO_STATUSES = ["operativo", "programado", "anunciado"] as const;
export type BarrioStatus = (typeof BARRIO_STATUSES)[number];

/** True for a known status ("operativo", "programado", "anunciado"; exact, lower case). */
export function isBarrioStatus(status: string): status is BarrioStatus {
  return (BARRIO_STATUSES as readonly string[]).includes(status);
}

/**
 * Years a register date may have: the strategy started in 2016–2017 and launches are scheduled a
 * few years ahead at most; 0000 or 2222 are typing errors.
 */
export const REGISTER_YEARS = { min: 2000, max: 2099 } as const;

/** Why a register date is refused: not YYYY[-MM[-DD]], a day the month does not have, a year out of range. */
export type RegisterDateProblem =
  | { code: "format" }
  | { code: "impossible"; daysInMonth: number }
  | { code: "year"; min: number; max: number };

const daysIn = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * Check a register date "YYYY", "YYYY-MM" or "YYYY-MM-DD": month 01–12, a day the month has
 * (29 February only in leap years), year within REGISTER_YEARS. Returns the year or the problem.
 */
export function checkRegisterDate(
  date: string,
): { year: number } | { problem: RegisterDateProblem } {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return { problem: { code: "format" } };
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return { problem: { code: "format" } };
  if (month !== null && day !== null) {
    const days = daysIn(year, month);
    if (day < 1 || day > 31) return { problem: { code: "format" } };
    if (day > days) return { problem: { code: "impossible", daysInMonth: days } };
  }
  if (year < REGISTER_YEARS.min || year > REGISTER_YEARS.max)
    return { problem: { code: "year", ...REGISTER_YEARS } };
  return { year };
}

/**
 * Year of a register date: "2022-06-09" → 2022, "2016-11" → 2016, "2017" → 2017; anything that
 * checkRegisterDate refuses (e.g. "2022-02-31", "0000") → null.
 */
export function yearOfDate(date: string | null): number | null {
  if (date === null) return null;
  const r = checkRegisterDate(date);
  return "year" in r ? r.year : null;
}

/**
 * Guard for public/data/barrio-seguro.json. Returns the typed data, or null plus issues naming the
 * row and field (codes: core/data-issues.ts). Rows with a bad field (an impossible date, an unknown status…) are dropped
 * individually (the rest is kept) and reported.
 */
export function parseBarrioSeguro(json: unknown): {
  data: BarrioSeguroData | null;
  issues: DataIssue[];
} {
  const file = "barrio-seguro.json";
  const issues: DataIssue[] = [];
  const whole = (problem: DataProblem): DataIssue => ({ file, path: null, problem });
  if (!isRecord(json)) return { data: null, issues: [whole({ code: "barrioNotObject" })] };
  if (json.version !== 1)
    issues.push(whole({ code: "barrioVersion", version: String(json.version) }));
  if (!Array.isArray(json.rows) || !Array.isArray(json.regionTotals)) {
    return { data: null, issues: [...issues, whole({ code: "barrioNoLists" })] };
  }
  if (json.version !== 1) return { data: null, issues };
  const rows: BarrioRow[] = [];
  json.rows.forEach((r: unknown, i: number) => {
    const bad = (field: string) =>
      issues.push({
        file,
        path: null,
        row: { list: "rows", n: i + 1 },
        problem: { code: "barrioBadField", field },
      });
    if (!isRecord(r)) return void bad("(fila)");
    const { barrio, department, province, district, ubigeo, provinceCode, departmentCode } = r;
    const { districtId, nationalNumber, date, year, status, sources, notes, origins } = r;
    if (!isStringOrNull(barrio)) return void bad("barrio");
    if (typeof department !== "string") return void bad("department");
    if (typeof province !== "string") return void bad("province");
    if (typeof district !== "string") return void bad("district");
    if (!isStringOrNull(ubigeo) || (ubigeo !== null && !/^\d{6}$/.test(ubigeo))) {
      return void bad("ubigeo");
    }
    if (!isStringOrNull(provinceCode) || (provinceCode !== null && !/^\d{4}$/.test(provinceCode))) {
      return void bad("provinceCode");
    }
    if (
      !isStringOrNull(departmentCode) ||
      (departmentCode !== null && !/^\d{2}$/.test(departmentCode))
    ) {
      return void bad("departmentCode");
    }
    if (!isIntOrNull(districtId)) return void bad("districtId");
    if (!isIntOrNull(nationalNumber)) return void bad("nationalNumber");
    if (!isStringOrNull(date) || (date !== null && yearOfDate(date) === null)) {
      return void bad("date");
    }
    if (!isIntOrNull(year)) return void bad("year");
    if (typeof status !== "string" || !isBarrioStatus(status)) return void bad("status");
    if (!isStringArray(sources)) return void bad("sources");
    if (!isStringArray(notes)) return void bad("notes");
    if (!isStringArray(origins)) return void bad("origins");
    rows.push({
      barrio,
      department,
      province,
      district,
      ubigeo,
      provinceCode,
      departmentCode,
      districtId,
      nationalNumber,
      date,
      year,
      status,
      sources,
      notes,
      origins,
    });
  });
  const regionTotals: RegionTotal[] = [];
  json.regionTotals.forEach((r: unknown, i: number) => {
    const bad = (field: string) =>
      issues.push({
        file,
        path: null,
        row: { list: "regionTotals", n: i + 1 },
        problem: { code: "barrioBadField", field },
      });
    if (!isRecord(r)) return void bad("(fila)");
    const { region, barrios, prefixes, excludePrefixes, scope, source } = r;
    if (typeof region !== "string") return void bad("region");
    if (typeof barrios !== "number" || !Number.isInteger(barrios) || barrios < 0) {
      return void bad("barrios");
    }
    if (!isStringArray(prefixes) || prefixes.some((p) => !/^\d{2}(\d{2})?$/.test(p))) {
      return void bad("prefixes");
    }
    if (
      !isStringArray(excludePrefixes) ||
      excludePrefixes.some((p) => !/^\d{2}(\d{2})?$/.test(p))
    ) {
      return void bad("excludePrefixes");
    }
    if (typeof scope !== "string") return void bad("scope");
    if (typeof source !== "string") return void bad("source");
    regionTotals.push({ region, barrios, prefixes, excludePrefixes, scope, source });
  });
  let documentTotal: BarrioSeguroData["documentTotal"] = null;
  const t = json.documentTotal;
  if (isRecord(t)) {
    if (
      typeof t.barrios === "number" &&
      Number.isInteger(t.barrios) &&
      isIntOrNull(t.districts) &&
      typeof t.regions === "number" &&
      Number.isInteger(t.regions)
    ) {
      documentTotal = { barrios: t.barrios, districts: t.districts, regions: t.regions };
    } else issues.push(whole({ code: "barrioBadTotal" }));
  } else if (t !== null && t !== undefined) issues.push(whole({ code: "barrioBadTotal" }));
  return { data: { version: 1, rows, regionTotals, documentTotal }, issues };
}
