import { mulberry32 } from "./sensitivity";

/**
 * Local Moran's I (Anselin 1995, LISA) with queen contiguity, row-standardised weights and
 * conditional-permutation pseudo-p-values. Methodology sheet: "Hot spots across district lines".
 */

/** LISA cluster class: High-High, Low-Low, High-Low, Low-High, not significant. */
export type LisaClass = "HH" | "LL" | "HL" | "LH" | "ns";

/** Why a district has no LISA: no value, or no neighbour with a value (an island). */
export type LisaExclusion = "no-value" | "no-neighbours";

/** Multiple-testing rule: plain p < alpha, or Benjamini–Hochberg false discovery rate at alpha. */
export type LisaCorrection = "none" | "fdr";

export interface LisaOptions {
  permutations: number;
  seed: number;
  alpha: number;
  correction: LisaCorrection;
}

export const DEFAULT_LISA_OPTIONS: LisaOptions = {
  permutations: 999,
  seed: 12345,
  alpha: 0.05,
  correction: "none",
};

/** The analysis graph: the districts kept and their neighbours among the kept (local indices). */
export interface LisaGraph {
  /** Input index (district id) of each kept district. */
  ids: number[];
  /** Neighbours of each kept district, as indices into `ids`. */
  neighbours: number[][];
  /** Value of each kept district. */
  values: Float64Array;
  /** Input index → why excluded (absent: kept). */
  excluded: Map<number, LisaExclusion>;
}

export interface LisaStatistic {
  /** Local Moran's I_i = (z_i / m2) · Σ_j w_ij z_j, z = x − mean, m2 = Σ z² / n (spdep localmoran). */
  ii: Float64Array;
  /** Deviation from the mean z_i and its spatial lag Σ_j w_ij z_j (row-standardised). */
  z: Float64Array;
  lag: Float64Array;
}

export interface LisaResult extends LisaStatistic {
  ids: number[];
  /** Folded pseudo-p: (min(#{I* ≥ I}, #{I* ≤ I}) + 1) / (permutations + 1). */
  pseudoP: Float64Array;
  /** Rule "none": alpha (significant when p < alpha); "fdr": the BH cut (significant when p ≤ it; 0: none). */
  pThreshold: number;
  classes: LisaClass[];
  excluded: Map<number, LisaExclusion>;
  options: LisaOptions;
}

/**
 * Keep districts with a finite value and at least one neighbour with a finite value; neighbours
 * are the queen-contiguity lists restricted to kept districts. Excluded districts are reported.
 */
export function buildLisaGraph(
  values: readonly (number | null)[],
  neighbours: readonly (readonly number[])[],
): LisaGraph {
  const n = values.length;
  const has = (i: number) => {
    const v = values[i];
    return v !== null && v !== undefined && Number.isFinite(v);
  };
  const excluded = new Map<number, LisaExclusion>();
  const local = new Int32Array(n).fill(-1);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!has(i)) {
      excluded.set(i, "no-value");
      continue;
    }
    const nb = (neighbours[i] ?? []).filter((j) => j !== i && j >= 0 && j < n && has(j));
    if (nb.length === 0) {
      excluded.set(i, "no-neighbours");
      continue;
    }
    local[i] = ids.length;
    ids.push(i);
  }
  const nbs = ids.map((i) =>
    [...new Set(neighbours[i] ?? [])]
      .map((j) => (j >= 0 && j < n ? (local[j] ?? -1) : -1))
      .filter((k) => k >= 0 && ids[k] !== i)
      .sort((a, b) => a - b),
  );
  return { ids, neighbours: nbs, values: Float64Array.from(ids, (i) => values[i] ?? 0), excluded };
}

/**
 * Local Moran's I of every kept district (row-standardised weights w_ij = 1 / |N(i)|).
 * Zero variance (all values equal): every I_i is 0.
 */
export function computeLocalMoran(graph: Pick<LisaGraph, "values" | "neighbours">): LisaStatistic {
  const x = graph.values;
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i]!;
  mean /= n || 1;
  const z = Float64Array.from(x, (v) => v - mean);
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += z[i]! * z[i]!;
  m2 /= n || 1;
  const lag = new Float64Array(n);
  const ii = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const nb = graph.neighbours[i] ?? [];
    let s = 0;
    for (const j of nb) s += z[j]!;
    lag[i] = nb.length > 0 ? s / nb.length : 0;
    ii[i] = m2 > 0 ? (z[i]! / m2) * lag[i]! : 0;
  }
  return { ii, z, lag };
}

/**
 * Benjamini–Hochberg: the largest p_(k) with p_(k) ≤ k/m · alpha (0 when none), m = number of tests.
 */
export function fdrThreshold(p: ArrayLike<number>, alpha: number): number {
  const sorted = Float64Array.from(p).sort();
  const m = sorted.length;
  let t = 0;
  for (let k = 1; k <= m; k++) if (sorted[k - 1]! <= (k / m) * alpha) t = sorted[k - 1]!;
  return t;
}

/** Quadrant of a significant district from the sign of z_i and of its lag (GeoDa / PySAL). */
export function lisaQuadrant(z: number, lag: number): Exclude<LisaClass, "ns"> {
  if (z > 0) return lag > 0 ? "HH" : "HL";
  return lag > 0 ? "LH" : "LL";
}

/**
 * Conditional permutation (Anselin 1995): for each i, z_i stays put and |N(i)| values are drawn
 * without replacement from the other n − 1; I*_i = (z_i / m2) · mean(draw). Seeded (mulberry32),
 * so the same options give the same p. `onProgress` is called every `every` districts.
 */
export function computeLisa(
  graph: LisaGraph,
  options: LisaOptions = DEFAULT_LISA_OPTIONS,
  onProgress?: (done: number, total: number) => void,
  every = 200,
): LisaResult {
  const stat = computeLocalMoran(graph);
  const { z, lag } = stat;
  const n = z.length;
  let m2 = 0;
  for (let i = 0; i < n; i++) m2 += z[i]! * z[i]!;
  m2 /= n || 1;
  const rand = mulberry32(options.seed);
  const pool = new Int32Array(Math.max(0, n - 1));
  const pseudoP = new Float64Array(n);
  const perms = Math.max(1, Math.floor(options.permutations));
  for (let i = 0; i < n; i++) {
    const k = graph.neighbours[i]?.length ?? 0;
    // Others of i: 0..n-1 without i.
    for (let j = 0, p = 0; j < n; j++) if (j !== i) pool[p++] = j;
    const obs = lag[i]!;
    const zi = z[i]!;
    let ge = 0;
    let le = 0;
    for (let r = 0; r < perms; r++) {
      let s = 0;
      // Partial Fisher–Yates: the first k slots become a sample without replacement.
      for (let a = 0; a < k; a++) {
        const b = a + Math.floor(rand() * (n - 1 - a));
        const t = pool[a]!;
        pool[a] = pool[b]!;
        pool[b] = t;
        s += z[pool[a]!]!;
      }
      // I* ≥ I ⇔ z_i·lag* ≥ z_i·lag (m2 > 0): compare lags with the sign of z_i.
      const d = zi * (s / k - obs);
      if (d >= -1e-12 * Math.abs(zi * obs)) ge++;
      if (d <= 1e-12 * Math.abs(zi * obs)) le++;
    }
    pseudoP[i] = (Math.min(ge, le) + 1) / (perms + 1);
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, n);
  }
  const fdr = options.correction === "fdr";
  const pThreshold = fdr ? fdrThreshold(pseudoP, options.alpha) : options.alpha;
  const significant = (p: number) => (fdr ? p <= pThreshold && pThreshold > 0 : p < options.alpha);
  const classes: LisaClass[] = Array.from(pseudoP, (p, i) =>
    m2 > 0 && significant(p) ? lisaQuadrant(z[i]!, lag[i]!) : "ns",
  );
  return {
    ...stat,
    ids: graph.ids,
    pseudoP,
    pThreshold,
    classes,
    excluded: graph.excluded,
    options,
  };
}
