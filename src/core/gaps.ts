/**
 * Coverage gaps: risk × Barrio Seguro coverage quadrants (Rediseño de Barrio Seguro: covered low-risk
 * districts are candidates for graduation; high-risk uncovered districts are gaps). Pure.
 */

export type GapQuadrant = "gap" | "covered-high" | "graduation" | "low-uncovered";
export const GAP_QUADRANTS: readonly GapQuadrant[] = [
  "gap",
  "covered-high",
  "graduation",
  "low-uncovered",
];

export interface GapInput {
  ubigeo: string;
  /** 2-digit department code (or any grouping key). */
  departmentCode: string;
  population: number | null;
  /** Risk value (IRS 0–100 or any indicator; higher = more risk). null = no data. */
  risk: number | null;
  /** Risk class index (0 = lowest); needed only for the "class" threshold. */
  classIndex?: number | null;
  /** Has at least one Barrio Seguro. */
  covered: boolean;
}

/**
 * When a district counts as high risk:
 * - value: risk ≥ min (e.g. IRS ≥ 60);
 * - class: classIndex ≥ minClass (e.g. 4 = top quintile with 5 quantile classes).
 */
export type RiskThreshold = { kind: "value"; min: number } | { kind: "class"; minClass: number };

export interface QuadrantTally {
  districts: number;
  /** Sum of known populations (districts with null population add 0). */
  population: number;
}
export type QuadrantCounts = Record<GapQuadrant | "no-data", QuadrantTally>;

export interface GapResult {
  /** One entry per input, same order; quadrant null when risk (or class) is missing. */
  rows: { ubigeo: string; quadrant: GapQuadrant | null }[];
  byDepartment: { departmentCode: string; counts: QuadrantCounts }[];
  total: QuadrantCounts;
}

const emptyCounts = (): QuadrantCounts => ({
  gap: { districts: 0, population: 0 },
  "covered-high": { districts: 0, population: 0 },
  graduation: { districts: 0, population: 0 },
  "low-uncovered": { districts: 0, population: 0 },
  "no-data": { districts: 0, population: 0 },
});

/**
 * Quadrant of one district: high = threshold met (see RiskThreshold).
 * high & !covered → "gap"; high & covered → "covered-high"; low & covered → "graduation";
 * low & !covered → "low-uncovered". Missing risk (or missing class for kind "class") → null.
 */
export function classifyGap(input: GapInput, threshold: RiskThreshold): GapQuadrant | null {
  let high: boolean;
  if (threshold.kind === "value") {
    if (input.risk === null || !Number.isFinite(input.risk)) return null;
    high = input.risk >= threshold.min;
  } else {
    if (input.classIndex === null || input.classIndex === undefined) return null;
    high = input.classIndex >= threshold.minClass;
  }
  if (high) return input.covered ? "covered-high" : "gap";
  return input.covered ? "graduation" : "low-uncovered";
}

/**
 * Classify every district and tally districts and population per quadrant, by department (sorted by
 * code) and in total. Districts without risk data are tallied under "no-data".
 */
export function classifyGaps(inputs: readonly GapInput[], threshold: RiskThreshold): GapResult {
  const total = emptyCounts();
  const deps = new Map<string, QuadrantCounts>();
  const rows = inputs.map((d) => {
    const quadrant = classifyGap(d, threshold);
    const key = quadrant ?? "no-data";
    const dep = deps.get(d.departmentCode) ?? emptyCounts();
    for (const c of [total, dep]) {
      c[key].districts += 1;
      c[key].population += d.population ?? 0;
    }
    deps.set(d.departmentCode, dep);
    return { ubigeo: d.ubigeo, quadrant };
  });
  const byDepartment = [...deps.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([departmentCode, counts]) => ({ departmentCode, counts }));
  return { rows, byDepartment, total };
}
