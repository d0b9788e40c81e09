/**
 * The crime trend files (see src/data/contract.ts CrimeMonthlyFile): monthly SIDPOL reports by
 * family for the country, each department and Lima Metropolitana (crime-trends.json), and for every
 * district, one file per department (crime-monthly/<dd>.json), loaded when a card or the trend panel
 * first needs them. Kept out of districts.json so the first view stays small.
 */
import type { MonthlyColumn } from "../../src/core/import-aggregate";
import { TOTAL_FAMILY } from "../../src/core/sidpol";
import type { CrimeMonthlyFile, DistrictRow } from "../../src/data/contract";

export interface CrimeMonthlyOutputs {
  /** [path relative to public/data, content] */
  files: [string, CrimeMonthlyFile][];
  report: string[];
}

/** Areas of the trend file: national, departments, and Lima Metropolitana (province 1501). */
const LIMA_METRO = "1501";

export function buildCrimeMonthly(
  monthly: readonly MonthlyColumn[],
  familyOrder: readonly string[],
  districts: readonly Pick<DistrictRow, "id" | "ubigeo" | "departmentCode" | "provinceCode">[],
  sourceId: string,
): CrimeMonthlyOutputs {
  const months = [...new Set(monthly.map((m) => m.year * 12 + (m.month - 1)))].sort(
    (a, b) => a - b,
  );
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return { files: [], report: [] };
  const monthCount = last - first + 1;
  const families = [...familyOrder.filter((f) => monthly.some((m) => m.group === f)), TOTAL_FAMILY];
  const byYear = new Map<number, Set<number>>();
  for (const m of monthly) byYear.set(m.year, (byYear.get(m.year) ?? new Set()).add(m.month));
  const partialYears = [...byYear.entries()]
    .filter(([, s]) => s.size < 12)
    .map(([year, s]) => ({ year, months: [...s].sort((a, b) => a - b) }));
  const head = {
    version: 1 as const,
    sourceId,
    start: [Math.floor(first / 12), (first % 12) + 1] as [number, number],
    monthCount,
    partialYears,
    families,
  };

  // district id → family → monthly counts (null = never recorded by the release)
  const n = districts.length;
  const series = new Map<string, (number[] | null)[]>();
  for (const f of families) {
    series.set(
      f,
      Array.from({ length: n }, () => null),
    );
  }
  for (const col of monthly) {
    const k = col.year * 12 + (col.month - 1) - first;
    const fam = series.get(col.group);
    const total = series.get(TOTAL_FAMILY);
    if (!fam || !total) continue;
    for (let i = 0; i < n; i++) {
      const v = col.values[i];
      if (v === null || v === undefined) continue;
      const arr = (fam[i] ??= new Array<number>(monthCount).fill(0));
      arr[k] = (arr[k] ?? 0) + v;
      const tot = (total[i] ??= new Array<number>(monthCount).fill(0));
      tot[k] = (tot[k] ?? 0) + v;
    }
  }

  const sumOver = (ids: readonly number[]): Record<string, number[]> => {
    const out: Record<string, number[]> = {};
    for (const f of families) {
      const acc = new Array<number>(monthCount).fill(0);
      for (const i of ids) {
        const arr = series.get(f)?.[i];
        if (arr) for (let k = 0; k < monthCount; k++) acc[k] = (acc[k] ?? 0) + (arr[k] ?? 0);
      }
      out[f] = acc;
    }
    return out;
  };
  const recorded = (i: number) => series.get(TOTAL_FAMILY)?.[i] != null;
  const depCodes = [...new Set(districts.map((d) => d.departmentCode))].sort();
  const trendAreas: CrimeMonthlyFile["areas"] = [
    { code: "PE", values: sumOver(districts.map((d) => d.id)) },
    ...depCodes.map((code) => ({
      code,
      values: sumOver(districts.filter((d) => d.departmentCode === code).map((d) => d.id)),
    })),
    {
      code: LIMA_METRO,
      values: sumOver(districts.filter((d) => d.provinceCode === LIMA_METRO).map((d) => d.id)),
    },
  ];
  const files: [string, CrimeMonthlyFile][] = [
    ["crime-trends.json", { ...head, areas: trendAreas }],
  ];
  for (const code of depCodes) {
    const areas = districts
      .filter((d) => d.departmentCode === code && recorded(d.id))
      .map((d) => {
        const values: Record<string, number[]> = {};
        for (const f of families) values[f] = series.get(f)?.[d.id] ?? [];
        return { code: d.ubigeo, values };
      });
    files.push([`crime-monthly/${code}.json`, { ...head, areas }]);
  }
  const national = trendAreas[0]?.values[TOTAL_FAMILY]?.reduce((s, v) => s + v, 0) ?? 0;
  return {
    files,
    report: [
      `SIDPOL mensual: ${monthCount} meses desde ${head.start.join("-")}, ${families.length - 1} familias, ` +
        `${national.toLocaleString("es-PE")} denuncias; ${depCodes.length} archivos por departamento (se cargan al abrir una ficha).`,
    ],
  };
}
