import type { BarrioRow, BarrioSeguroData, RegionTotal } from "../../core/barrio-seguro";
import { pickSeries } from "../../core/indicator-values";
import { listLayerOptions, resolveLayerValues } from "../../core/layer-catalog";
import { rankDistricts } from "../../core/rank";
import type { IndicatorDef, Text } from "../../core/types";
import type { DistrictTable } from "../../data/contract";

/** One indicator of the "estado situacional". */
export interface ReportRow {
  id: string;
  label: Text;
  unit: Text;
  year: number | null;
  sourceIds: string[];
  /** District value (district report) or population-weighted mean of the department. */
  value: number | null;
  /** Population-weighted national mean, for comparison. */
  nationalMean: number | null;
  /** Risk rank (1 = highest risk following the direction) among districts with a value. */
  rankNational: number | null;
  rankedNational: number;
  rankDepartment: number | null;
  rankedDepartment: number;
}

/**
 * Competition rank by risk within `ids`: rank_i = 1 + #{j ∈ ids : d·x_j > d·x_i}, d = direction
 * (+1: higher value = more risk; −1: lower value = more risk). Missing values get null and are not
 * counted. Returns ranks aligned with the full table and the number of ranked districts.
 */
export function riskRanks(
  values: readonly (number | null)[],
  direction: 1 | -1,
  ids: readonly number[] | null,
): { ranks: (number | null)[]; ranked: number } {
  const keep = ids === null ? null : new Set(ids);
  const oriented = values.map((v, i) =>
    v === null || !Number.isFinite(v) || (keep !== null && !keep.has(i)) ? null : direction * v,
  );
  return {
    ranks: rankDistricts(oriented),
    ranked: oriented.filter((v) => v !== null).length,
  };
}

/**
 * Σ pop_i·x_i / Σ pop_i over `ids` with both values (pop ≤ 0 or missing skipped); null when none.
 * Without a population series (pop null) the plain mean.
 */
export function weightedMean(
  values: readonly (number | null)[],
  pop: readonly (number | null)[] | null,
  ids: readonly number[],
): number | null {
  let sw = 0;
  let swx = 0;
  for (const i of ids) {
    const x = values[i] ?? null;
    const w = pop === null ? 1 : (pop[i] ?? null);
    if (x === null || !Number.isFinite(x) || w === null || !(w > 0)) continue;
    sw += w;
    swx += w * x;
  }
  return sw > 0 ? swx / sw : null;
}

/**
 * Indicator rows of a district (`districtId`) or a department (`departmentCode`): value (district) or
 * population-weighted mean (department, population of the latest year), national mean (plain mean for
 * the population itself; no population row for a department), and risk
 * ranks nationally and within the department (district report only; null for a department).
 * Indicators without data in the table are left out.
 */
export function reportRows(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  target: { districtId: number } | { departmentCode: string },
): ReportRow[] {
  const all = table.districts.map((d) => d.id);
  const depCode =
    "districtId" in target
      ? (table.districts[target.districtId]?.departmentCode ?? "")
      : target.departmentCode;
  const dep = table.districts.filter((d) => d.departmentCode === depCode).map((d) => d.id);
  const pop = pickSeries(table.series, "population", null)?.values ?? null;
  return listLayerOptions(table, defs)
    .filter((o) => o.kind === "indicator")
    .flatMap((o) => {
      const def = defs.find((d) => d.id === o.id);
      const r = resolveLayerValues(table, defs, o.id, null);
      if (!def || !r) return [];
      const nat = riskRanks(r.values, def.direction, null);
      const inDep = riskRanks(r.values, def.direction, dep);
      const isDistrict = "districtId" in target;
      // Population weighted by itself means nothing: plain district mean; departments show the
      // total in the report header instead of a row.
      const selfWeighted = def.formula.kind === "series" && def.formula.key === "population";
      if (selfWeighted && !isDistrict) return [];
      const id = isDistrict ? target.districtId : -1;
      return [
        {
          id: o.id,
          label: o.label,
          unit: o.unit,
          year: r.year,
          sourceIds: r.sourceIds,
          value: isDistrict ? (r.values[id] ?? null) : weightedMean(r.values, pop, dep),
          nationalMean: weightedMean(r.values, selfWeighted ? null : pop, all),
          rankNational: isDistrict ? (nat.ranks[id] ?? null) : null,
          rankedNational: nat.ranked,
          rankDepartment: isDistrict ? (inDep.ranks[id] ?? null) : null,
          rankedDepartment: inDep.ranked,
        },
      ];
    });
}

/** A series key's values for one district across every year the table has (ascending). */
export function districtTrend(
  table: DistrictTable,
  key: string,
  districtId: number,
): { year: number; value: number | null }[] {
  return table.series
    .filter((s) => s.key === key && s.year !== null)
    .map((s) => ({ year: s.year ?? 0, value: s.values[districtId] ?? null }))
    .sort((a, b) => a.year - b.year);
}

/** Keys with at least two dated years (worth a trend table). */
export function seriesWithTrend(table: DistrictTable): string[] {
  const years = new Map<string, Set<number>>();
  for (const s of table.series) {
    if (s.year === null) continue;
    const set = years.get(s.key) ?? new Set<number>();
    set.add(s.year);
    years.set(s.key, set);
  }
  return [...years].filter(([, ys]) => ys.size >= 2).map(([k]) => k);
}

/** Barrio Seguro rows located in the district (by ubigeo) or department (by code). */
export function barriosIn(
  data: BarrioSeguroData | null,
  target: { ubigeo: string } | { departmentCode: string },
): BarrioRow[] {
  if (!data) return [];
  return data.rows.filter((r) =>
    "ubigeo" in target ? r.ubigeo === target.ubigeo : r.departmentCode === target.departmentCode,
  );
}

/** Rows of the CONASEC region table that cover `ubigeoOrCode` (a prefix matches, none excluded). */
export function regionTotalsFor(
  data: BarrioSeguroData | null,
  ubigeoOrCode: string,
): RegionTotal[] {
  if (!data) return [];
  return data.regionTotals.filter(
    (t) =>
      t.prefixes.some((p) => ubigeoOrCode.startsWith(p) || p.startsWith(ubigeoOrCode)) &&
      !t.excludePrefixes.some((p) => ubigeoOrCode.startsWith(p)),
  );
}
