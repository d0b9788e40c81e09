import type { DistrictTable } from "../data/contract";
import { pickSeries } from "./indicator-values";

/** Context variables the similarity may use (crime and coverage are left out on purpose). */
export const SIMILAR_VARIABLES = [
  "logPopulation",
  "logDensity",
  "poverty",
  "hdi",
  "region",
] as const;
export type SimilarVariable = (typeof SIMILAR_VARIABLES)[number];

export const DEFAULT_SIMILAR_K = 5;

export interface SimilarityColumns {
  /** Numeric variables, raw (standardised inside findSimilar), values[i] = district id i. */
  numeric: { id: SimilarVariable; values: readonly (number | null)[] }[];
  /** Categorical variables: each mismatch adds 1 to the squared distance. */
  categorical: { id: SimilarVariable; values: readonly (string | null)[] }[];
}

export interface SimilarDistrict {
  id: number;
  /** Euclidean distance in z-score units (0 = identical on every variable used). */
  distance: number;
}

const positiveLog = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) || v <= 0 ? null : Math.log(v);

/**
 * z-scores of a column: (x − mean) / sd, population sd, over the finite values only.
 * Missing values stay null. Zero variance (or fewer than 2 values) → 0 for every value: the
 * variable then cannot separate districts. Methodology sheet, "Distritos similares".
 */
export function standardizeColumn(values: readonly (number | null)[]): (number | null)[] {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0) return values.map(() => null);
  const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length);
  return values.map((v) =>
    v === null || !Number.isFinite(v) ? null : sd > 0 ? (v - mean) / sd : 0,
  );
}

/**
 * The context columns of the chosen variables from the district table: ln(population, latest
 * year), ln(population / km²), monetary poverty % (INEI 2018), IDH (2019), natural region
 * (Costa/Sierra/Selva). Population ≤ 0 or area ≤ 0 → null. Variables not chosen are left out.
 */
export function buildSimilarityColumns(
  table: DistrictTable,
  variables: readonly SimilarVariable[],
): SimilarityColumns {
  const pop = pickSeries(table.series, "population", null)?.values ?? [];
  const cols: SimilarityColumns = { numeric: [], categorical: [] };
  const ds = table.districts;
  for (const v of SIMILAR_VARIABLES) {
    if (!variables.includes(v)) continue;
    if (v === "logPopulation") {
      cols.numeric.push({ id: v, values: ds.map((d) => positiveLog(pop[d.id])) });
    } else if (v === "logDensity") {
      cols.numeric.push({
        id: v,
        values: ds.map((d) => {
          const p = pop[d.id];
          return p === null || p === undefined || !(d.areaKm2 > 0)
            ? null
            : positiveLog(p / d.areaKm2);
        }),
      });
    } else if (v === "poverty" || v === "hdi") {
      const s = pickSeries(table.series, v === "poverty" ? "poverty_pct" : "idh", null);
      cols.numeric.push({ id: v, values: ds.map((d) => s?.values[d.id] ?? null) });
    } else {
      cols.categorical.push({ id: v, values: ds.map((d) => d.naturalRegion || null) });
    }
  }
  return cols;
}

/**
 * The k districts closest to `targetId`:
 *   d(a, b) = √( Σ_numeric (z_a − z_b)² + Σ_categorical [a ≠ b] )
 * with z the z-score of each numeric variable over all districts with a value
 * (standardizeColumn) and 1 per categorical mismatch. Not a risk measure: no direction.
 * Edge cases: a variable the target lacks is dropped for every candidate; a candidate lacking
 * any remaining variable is left out (never imputed); the target itself is never returned;
 * ties go to the lower id. No variable left → []. Methodology sheet, "Distritos similares".
 */
export function findSimilar(
  columns: SimilarityColumns,
  targetId: number,
  k: number,
): SimilarDistrict[] {
  const numeric = columns.numeric
    .map((c) => standardizeColumn(c.values))
    .filter((z) => z[targetId] !== null && z[targetId] !== undefined);
  const categorical = columns.categorical
    .map((c) => c.values)
    .filter((v) => v[targetId] !== null && v[targetId] !== undefined);
  if (numeric.length + categorical.length === 0 || k <= 0) return [];
  const n = Math.max(0, ...numeric.map((z) => z.length), ...categorical.map((v) => v.length));
  const out: SimilarDistrict[] = [];
  for (let i = 0; i < n; i++) {
    if (i === targetId) continue;
    let sq = 0;
    let ok = true;
    for (const z of numeric) {
      const a = z[targetId];
      const b = z[i];
      if (a === null || a === undefined || b === null || b === undefined) {
        ok = false;
        break;
      }
      sq += (a - b) ** 2;
    }
    if (!ok) continue;
    for (const v of categorical) {
      const b = v[i];
      if (b === null || b === undefined) {
        ok = false;
        break;
      }
      if (b !== v[targetId]) sq += 1;
    }
    if (!ok) continue;
    out.push({ id: i, distance: Math.sqrt(sq) });
  }
  out.sort((a, b) => a.distance - b.distance || a.id - b.id);
  return out.slice(0, Math.floor(k));
}
