/**
 * Barrio Seguro coverage: which districts have a barrio, since when, and how the (partial) register
 * compares with the document's per-region table. Pure.
 */
import type { BarrioRow, BarrioSeguroData, RegionTotal } from "./barrio-seguro";

export interface DistrictCoverage {
  ubigeo: string;
  /** Number of register rows (barrios or launches) located in the district. */
  barrioCount: number;
  /** Earliest known year among them; null when no row has a date. */
  firstYear: number | null;
  /** Names of the named barrios, in register order (unnamed ones are only counted). */
  barrios: string[];
}

/** Optional filter on `BarrioRow.status` (e.g. ["operativo"]); absent = every row counts. */
export interface StatusFilter {
  statuses?: readonly string[];
}

const keep = (row: BarrioRow, f: StatusFilter | undefined): boolean =>
  f?.statuses === undefined || f.statuses.includes(row.status);

/**
 * Per-district coverage from the register. Only rows with a district ubigeo count; rows known only
 * at province/department level are ignored here (see compareWithRegionTable).
 * barrioCount = number of rows with that ubigeo; firstYear = min(year) over them (null years ignored;
 * null when all are null). Returns a Map keyed by ubigeo; districts without a barrio are absent.
 */
export function computeDistrictCoverage(
  rows: readonly BarrioRow[],
  filter?: StatusFilter,
): Map<string, DistrictCoverage> {
  const out = new Map<string, DistrictCoverage>();
  for (const row of rows) {
    if (row.ubigeo === null || !keep(row, filter)) continue;
    const cur = out.get(row.ubigeo) ?? {
      ubigeo: row.ubigeo,
      barrioCount: 0,
      firstYear: null,
      barrios: [],
    };
    const firstYear =
      row.year === null
        ? cur.firstYear
        : cur.firstYear === null
          ? row.year
          : Math.min(cur.firstYear, row.year);
    out.set(row.ubigeo, {
      ubigeo: row.ubigeo,
      barrioCount: cur.barrioCount + 1,
      firstYear,
      barrios: row.barrio === null ? cur.barrios : [...cur.barrios, row.barrio],
    });
  }
  return out;
}

export interface DepartmentCoverage {
  /** 2-digit INEI department code. */
  departmentCode: string;
  /** Register rows in the department (with or without a district). */
  barrios: number;
  /** Distinct districts with at least one barrio. */
  districts: number;
  /** Rows of the department without a district ubigeo. */
  withoutDistrict: number;
}

/**
 * Totals by department code (2 digits; Callao = "07"; Lima Metropolitana is inside "15").
 * barrios = rows with that departmentCode; districts = distinct ubigeos among them. Rows with no
 * departmentCode are returned apart in `withoutDepartment`. Sorted by code ascending.
 */
export function totalsByDepartment(
  rows: readonly BarrioRow[],
  filter?: StatusFilter,
): { departments: DepartmentCoverage[]; withoutDepartment: number } {
  const acc = new Map<string, { barrios: number; ubigeos: Set<string>; withoutDistrict: number }>();
  let withoutDepartment = 0;
  for (const row of rows) {
    if (!keep(row, filter)) continue;
    const code = row.departmentCode ?? row.ubigeo?.slice(0, 2) ?? null;
    if (code === null) {
      withoutDepartment += 1;
      continue;
    }
    const cur = acc.get(code) ?? { barrios: 0, ubigeos: new Set<string>(), withoutDistrict: 0 };
    cur.barrios += 1;
    if (row.ubigeo === null) cur.withoutDistrict += 1;
    else cur.ubigeos.add(row.ubigeo);
    acc.set(code, cur);
  }
  const departments = [...acc.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([departmentCode, v]) => ({
      departmentCode,
      barrios: v.barrios,
      districts: v.ubigeos.size,
      withoutDistrict: v.withoutDistrict,
    }));
  return { departments, withoutDepartment };
}

/**
 * The document region containing a code (ubigeo "150140", province "1501" or department "15").
 * A region matches when the code starts with one of its prefixes and with none of its excluded
 * prefixes. Returns "ambiguous" when the code is too short to decide (department "15" against
 * LIMA PROVINCIAS, which excludes "1501"), null when no region matches.
 */
export function regionOfCode(
  code: string,
  regions: readonly RegionTotal[],
): RegionTotal | "ambiguous" | null {
  for (const region of regions) {
    if (!region.prefixes.some((p) => code.startsWith(p) || p.startsWith(code))) continue;
    if (region.prefixes.some((p) => p.length > code.length && p.startsWith(code))) {
      return "ambiguous";
    }
    if (region.excludePrefixes.some((x) => code.startsWith(x))) continue;
    if (region.excludePrefixes.some((x) => x.startsWith(code))) return "ambiguous";
    return region;
  }
  return null;
}

export interface RegionComparison {
  region: string;
  /** Barrios in the document's table. */
  document: number;
  /** Register rows assigned to the region. */
  register: number;
  /** register − document (negative: barrios of the document not in the register). */
  difference: number;
}

export interface RegionTableComparison {
  regions: RegionComparison[];
  /** Register rows whose code falls in no region of the table (e.g. HUANCAVELICA in 2022), by code. */
  outsideTable: { departmentCode: string; register: number }[];
  /** Rows with no code, or a code that cannot be assigned (department "15" only). */
  unassigned: number;
  /** Rows with a district ubigeo. */
  identified: number;
  /** The document's total (documentTotal.barrios, or the sum of the table when absent). */
  documentBarrios: number;
}

/**
 * Compare the register with the document's per-region table. Each row is assigned by its most specific
 * code (ubigeo, else provinceCode, else departmentCode) via regionOfCode. difference = register −
 * document per region. The register may hold launches after the table's date (so a positive difference
 * is possible); it is partial, so most differences are negative.
 */
export function compareWithRegionTable(
  data: Pick<BarrioSeguroData, "rows" | "regionTotals" | "documentTotal">,
  filter?: StatusFilter,
): RegionTableComparison {
  const counts = new Map<string, number>();
  const outside = new Map<string, number>();
  let unassigned = 0;
  let identified = 0;
  for (const row of data.rows) {
    if (!keep(row, filter)) continue;
    if (row.ubigeo !== null) identified += 1;
    const code = row.ubigeo ?? row.provinceCode ?? row.departmentCode;
    if (code === null) {
      unassigned += 1;
      continue;
    }
    const region = regionOfCode(code, data.regionTotals);
    if (region === "ambiguous") unassigned += 1;
    else if (region === null) {
      const dep = code.slice(0, 2);
      outside.set(dep, (outside.get(dep) ?? 0) + 1);
    } else counts.set(region.region, (counts.get(region.region) ?? 0) + 1);
  }
  const regions = data.regionTotals.map((r) => {
    const register = counts.get(r.region) ?? 0;
    return { region: r.region, document: r.barrios, register, difference: register - r.barrios };
  });
  const documentBarrios =
    data.documentTotal?.barrios ?? data.regionTotals.reduce((s, r) => s + r.barrios, 0);
  return {
    regions,
    outsideTable: [...outside.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([departmentCode, register]) => ({ departmentCode, register })),
    unassigned,
    identified,
    documentBarrios,
  };
}
