import { computeIrsValues, prepareMatrix, treatColumns, type PreparedMatrix } from "./composite";
import { createRankBuffers, rankInto } from "./rank";
import type { DistrictLike } from "./indicator-values";
import { quantileSorted } from "./stats";
import type {
  Aggregation,
  IndicatorColumn,
  IndicatorDef,
  Methodology,
  Normalization,
} from "./types";

/**
 * Uncertainty analysis (JRC/OECD Handbook step 7): Monte-Carlo over the weights and the
 * normalisation. Each run draws weights (and, optionally, one of the normalisations), aggregates the
 * pre-normalised matrix (composite.ts computeIrsValues) and ranks the districts. Per district we report
 * the median rank, the 5–95 % rank interval (type-7 quantiles over the runs) and the share of runs in
 * the top N. Seeded (mulberry32), so the same options give the same result.
 */

export const NORMALIZATIONS: readonly Normalization[] = ["minmax", "zscore", "percentile"];

/** mulberry32 PRNG (Tommy Ettinger): uniform in [0, 1), 32-bit state, deterministic for a seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller from a uniform generator. */
function normal(rand: () => number): number {
  const u = 1 - rand(); // (0, 1]
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 via Gamma(shape + 1)·U^(1/shape).
 * shape ≤ 0 → 0.
 */
export function sampleGamma(shape: number, rand: () => number): number {
  if (!(shape > 0)) return 0;
  if (shape < 1) return sampleGamma(shape + 1, rand) * Math.pow(1 - rand(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rand();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
      return d * v;
    }
  }
}

/**
 * Uniform perturbation: w′_j = w_j·(1 + U(−x, x)), x = `fraction` (0.2 = ±20 %). Zero weights stay 0.
 * The result is re-normalised by the aggregation, so only relative changes matter.
 */
export function perturbUniform(
  weights: ArrayLike<number>,
  fraction: number,
  rand: () => number,
  out: Float64Array = new Float64Array(weights.length),
): Float64Array {
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j] ?? 0;
    out[j] = w > 0 ? w * (1 + fraction * (2 * rand() - 1)) : 0;
  }
  return out;
}

/**
 * Dirichlet draw around the chosen weights: w′ ~ Dir(α·w̃), w̃ = weights re-normalised to sum 1 over
 * w_j > 0, α = `concentration` (E[w′] = w̃, Var = w̃(1 − w̃)/(α + 1): larger α, closer to w̃). Sums to 1.
 */
export function perturbDirichlet(
  weights: ArrayLike<number>,
  concentration: number,
  rand: () => number,
  out: Float64Array = new Float64Array(weights.length),
): Float64Array {
  let total = 0;
  for (let j = 0; j < weights.length; j++) total += Math.max(0, weights[j] ?? 0);
  let sum = 0;
  for (let j = 0; j < weights.length; j++) {
    const w = Math.max(0, weights[j] ?? 0);
    const g = w > 0 && total > 0 ? sampleGamma((concentration * w) / total, rand) : 0;
    out[j] = g;
    sum += g;
  }
  if (sum > 0) for (let j = 0; j < out.length; j++) out[j] = (out[j] ?? 0) / sum;
  return out;
}

/** Pre-normalised matrices, one per normalisation, plus the chosen weights (transferable). */
export interface SensitivityInput {
  n: number;
  ids: string[];
  /** Chosen raw weights aligned with `ids`. */
  weights: number[];
  aggregation: Aggregation;
  /** The first matrix is the methodology's own normalisation. */
  matrices: { normalization: Normalization; values: Float64Array }[];
}

/**
 * Treat once, then normalise the treated indicators with each method (methodology's first).
 * Cost: three normalisations of the used indicators; the runs then only aggregate and rank.
 */
export function prepareSensitivity(
  columns: readonly IndicatorColumn[],
  defs: readonly IndicatorDef[],
  methodology: Methodology,
  districts: readonly Pick<DistrictLike, "provinceCode" | "departmentCode" | "neighbors">[],
): SensitivityInput {
  const { used } = treatColumns(columns, defs, methodology, districts);
  const n = districts.length;
  const order = [
    methodology.normalization,
    ...NORMALIZATIONS.filter((x) => x !== methodology.normalization),
  ];
  return {
    n,
    ids: used.map((u) => u.id),
    weights: used.map((u) => methodology.weights[u.id] ?? 0),
    aggregation: methodology.aggregation,
    matrices: order.map((normalization) => ({
      normalization,
      values: prepareMatrix(used, n, normalization, methodology.aggregation).values,
    })),
  };
}

export interface SensitivityOptions {
  runs: number;
  seed: number;
  weightMode: "uniform" | "dirichlet";
  /** Uniform mode: ±fraction of each weight (0.2 = ±20 %). */
  perturbation: number;
  /** Dirichlet mode: concentration α. */
  concentration: number;
  /** Draw the normalisation uniformly among the matrices each run; false = the first one only. */
  varyNormalization: boolean;
  /** "Top N" for the share of runs in the top N (e.g. the 36 art. 89 districts). */
  topN: number;
}

export const DEFAULT_SENSITIVITY: SensitivityOptions = {
  runs: 1000,
  seed: 20240125,
  weightMode: "uniform",
  perturbation: 0.2,
  concentration: 50,
  varyNormalization: true,
  topN: 36,
};

export interface SensitivityResult {
  runs: number;
  /** Per district (NaN when it has no IRS): median, 5th and 95th percentile rank over the runs. */
  medianRank: Float64Array;
  p05Rank: Float64Array;
  p95Rank: Float64Array;
  /** Share (0..1) of runs in which the district ranked ≤ topN. */
  topShare: Float64Array;
  /** How many runs used each normalisation. */
  normalizationRuns: Partial<Record<Normalization, number>>;
}

export interface SensitivityRun {
  /** Execute up to `count` more runs; returns the number completed so far. */
  step: (count: number) => number;
  readonly total: number;
  /** Summarise the completed runs. */
  finish: () => SensitivityResult;
}

/**
 * Resumable Monte-Carlo (the worker calls step() in batches so it can post progress and see a
 * cancel message between batches). Per run: weights draw, optional normalisation draw, weighted sum
 * (computeIrsValues without rescale: ranks are invariant to it) and a competition ranking.
 */
export function createSensitivityRun(
  input: SensitivityInput,
  options: SensitivityOptions,
): SensitivityRun {
  const { n, weights } = input;
  const total = Math.max(0, Math.floor(options.runs));
  const rand = mulberry32(options.seed);
  const prepared: PreparedMatrix[] = input.matrices.map((mx) => ({
    ids: input.ids,
    n,
    m: input.ids.length,
    values: mx.values,
    normalization: mx.normalization,
    aggregation: input.aggregation,
  }));
  // Run-major ranks (ranks[run·n + i]): each run writes one contiguous row. Uint16 when n < 65,536.
  const ranks = n < 65536 ? new Uint16Array(n * total) : new Uint32Array(n * total);
  const w = new Float64Array(weights.length);
  const agg = new Float64Array(n);
  const rankBuffers = createRankBuffers(n);
  const normalizationRuns: Partial<Record<Normalization, number>> = {};
  let done = 0;

  const step = (count: number): number => {
    const end = Math.min(total, done + Math.max(0, count));
    for (; done < end; done++) {
      if (options.weightMode === "dirichlet")
        perturbDirichlet(weights, options.concentration, rand, w);
      else perturbUniform(weights, options.perturbation, rand, w);
      const k =
        options.varyNormalization && prepared.length > 1
          ? Math.min(prepared.length - 1, Math.floor(rand() * prepared.length))
          : 0;
      const mx = prepared[k];
      if (!mx) break;
      normalizationRuns[mx.normalization] = (normalizationRuns[mx.normalization] ?? 0) + 1;
      computeIrsValues(mx, w, { rescale: false, out: agg });
      rankInto(agg, ranks.subarray(done * n, (done + 1) * n), rankBuffers);
    }
    return done;
  };

  const finish = (): SensitivityResult => {
    const medianRank = new Float64Array(n).fill(NaN);
    const p05Rank = new Float64Array(n).fill(NaN);
    const p95Rank = new Float64Array(n).fill(NaN);
    const topShare = new Float64Array(n).fill(NaN);
    if (done === 0) return { runs: 0, medianRank, p05Rank, p95Rank, topShare, normalizationRuns };
    // Transpose in blocks of districts (cache-friendly), then counting-sort each district's ranks.
    const BLOCK = 64;
    const block = new Uint32Array(BLOCK * done);
    const sorted = new Float64Array(done);
    const hist = new Uint32Array(n + 1);
    for (let i0 = 0; i0 < n; i0 += BLOCK) {
      const b = Math.min(BLOCK, n - i0);
      for (let r = 0; r < done; r++) {
        const base = r * n + i0;
        for (let k = 0; k < b; k++) block[k * done + r] = ranks[base + k] ?? 0;
      }
      for (let k = 0; k < b; k++) {
        let lo = n;
        let hi = 0;
        let top = 0;
        for (let r = 0; r < done; r++) {
          const v = block[k * done + r] ?? 0;
          hist[v] = (hist[v] ?? 0) + 1;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
          if (v <= options.topN) top++;
        }
        let pos = 0;
        for (let v = lo; v <= hi; v++) {
          const c = hist[v] ?? 0;
          for (let q = 0; q < c; q++) sorted[pos++] = v;
          hist[v] = 0;
        }
        if (lo === 0) continue; // unscored: rank 0 in every run (the same districts each run)
        const i = i0 + k;
        medianRank[i] = quantileSorted(sorted, 0.5);
        p05Rank[i] = quantileSorted(sorted, 0.05);
        p95Rank[i] = quantileSorted(sorted, 0.95);
        topShare[i] = top / done;
      }
    }
    return { runs: done, medianRank, p05Rank, p95Rank, topShare, normalizationRuns };
  };

  return { step, total, finish };
}

export interface SensitivityHooks {
  /** Called every `progressEvery` runs (default 50) and at the end with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between batches; true stops the run and returns null. */
  isCancelled?: () => boolean;
  progressEvery?: number;
}

/** Synchronous Monte-Carlo (tests, node bench); see createSensitivityRun. Cancelled → null. */
export function runSensitivity(
  input: SensitivityInput,
  options: SensitivityOptions,
  hooks: SensitivityHooks = {},
): SensitivityResult | null {
  const run = createSensitivityRun(input, options);
  const every = Math.max(1, hooks.progressEvery ?? 50);
  while (true) {
    if (hooks.isCancelled?.()) return null;
    const done = run.step(every);
    hooks.onProgress?.(done, run.total);
    if (done >= run.total) break;
  }
  return run.finish();
}
