import { classify, type Classification } from "./classify";
import {
  DEFAULT_CRIME_WINDOW,
  buildIndicatorColumns,
  methodologyPeriod,
  type DistrictLike,
  type TableLike,
} from "./indicator-values";
import { normalizeMinMax, normalizeValues } from "./normalize";
import { orderByRank, rankDistricts } from "./rank";
import { smoothColumn } from "./smoothing";
import { applyMissingRule, logTransform, winsorize } from "./treatment";
import type {
  Aggregation,
  Direction,
  DistrictScore,
  IndicatorColumn,
  IndicatorDef,
  Methodology,
  Normalization,
} from "./types";
import { normalizeWeights, presetMethodology, type WeightPreset } from "./weights";

/**
 * The IRS (Índice de Riesgo Sociodelictivo), following the JRC/OECD Handbook on Constructing
 * Composite Indicators (2008): indicators → treatment → normalisation → weighting → aggregation →
 * (uncertainty: sensitivity.ts) → decomposition. No official formula exists; every choice below is a
 * methodology option or a documented convention.
 */

/** Methodology with the given indicators' default weights (see DEFAULT_METHODOLOGY). */
export function defaultMethodology(defs: readonly IndicatorDef[]): Methodology {
  return {
    weights: Object.fromEntries(defs.map((d) => [d.id, d.defaultWeight])),
    smoothing: "eb-global",
    logTransform: false,
    winsorP: 0.01,
    normalization: "minmax",
    aggregation: "arithmetic",
    missing: "reweight",
    classMethod: "quantile",
    classCount: 5,
    fixedBreaks: [20, 40, 60, 80],
    year: null,
    crimeWindow: DEFAULT_CRIME_WINDOW,
    annualise: true,
  };
}

/**
 * Floor for the geometric mean: x′ = GEOMETRIC_EPSILON + (1 − GEOMETRIC_EPSILON)·x maps [0, 1] to
 * [0.01, 1], so a district at the minimum of one indicator is penalised but not zeroed.
 */
export const GEOMETRIC_EPSILON = 0.01;

/**
 * Share of the total weight a district's present indicators must carry to get an IRS (JRC/OECD
 * Handbook, 2008: set a minimum data coverage rather than score on whatever is left).
 */
export const MIN_WEIGHT_COVERAGE = 0.5;

/** One indicator after treatment (smoothing, log, winsorising, missing rule), before normalisation. */
export interface TreatedIndicator {
  id: string;
  direction: Direction;
  /** Treated raw values; null = missing (excluded and re-weighted for that district). */
  values: (number | null)[];
  /** Raw values missing before the missing rule. */
  missing: number;
  imputed: number;
  clipped: number;
}

export interface TreatmentResult {
  /** Indicators used: weight > 0 and at least one value, in `defs` order. */
  used: TreatedIndicator[];
  /** Weight > 0 but no value in any district (e.g. crime without SIDPOL). */
  withoutData: string[];
  /** Which districts lacked each used indicator before imputation: missingMask[j][i]. */
  missingMask: boolean[][];
}

/**
 * Treatment of every weighted indicator, in this order: (1) empirical-Bayes smoothing of crime rates
 * (methodology.smoothing; neighbours from DistrictRow.neighbors; other rates are not event counts), (2) log1p if logTransform,
 * (3) winsorising at [winsorP, 1 − winsorP], (4) missing rule ("reweight" keeps nulls,
 * "province-median" imputes). Indicators with weight 0 are skipped. A district missing every
 * weighted crime indicator is then emptied in all indicators (no crime record, no IRS).
 */
export function treatColumns(
  columns: readonly IndicatorColumn[],
  defs: readonly IndicatorDef[],
  methodology: Methodology,
  districts: readonly Pick<DistrictLike, "provinceCode" | "departmentCode" | "neighbors">[],
): TreatmentResult {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const neighbors = districts.map((d) => d.neighbors);
  const used: TreatedIndicator[] = [];
  const withoutData: string[] = [];
  const missingMask: boolean[][] = [];
  for (const def of defs) {
    if (!((methodology.weights[def.id] ?? 0) > 0)) continue;
    const col = byId.get(def.id);
    if (!col || !col.values.some((v) => v !== null)) {
      withoutData.push(def.id);
      continue;
    }
    // Empirical Bayes is for rates of events (crime reports): money per inhabitant or officers per
    // 10,000 are not Poisson counts, so they are left as they are.
    let values = def.crime
      ? smoothColumn(col, methodology.smoothing, neighbors).values
      : col.values;
    if (methodology.logTransform) values = logTransform(values).values;
    const w = winsorize(values, methodology.winsorP);
    const mask = w.values.map((v) => v === null);
    const imputed = applyMissingRule(w.values, methodology.missing, districts);
    used.push({
      id: def.id,
      direction: def.direction,
      values: imputed.values,
      missing: mask.filter(Boolean).length,
      imputed: imputed.imputed,
      clipped: w.clipped,
    });
    missingMask.push(mask);
  }
  // No crime record, no IRS: a district missing every weighted crime indicator that has data (the
  // rule is skipped when no crime indicator with data carries weight; SIDPOL never records
  // it) is left out of every indicator, so it gets no score rather than one built from the context
  // indicators alone (which would rank poor rural districts as high-crime). Applies after
  // imputation too: a province median is not evidence of crime in a district never recorded.
  const crimeRows = used.flatMap((u, j) =>
    defs.find((d) => d.id === u.id)?.crime ? [missingMask[j] ?? []] : [],
  );
  if (crimeRows.length > 0) {
    const n = districts.length;
    for (let i = 0; i < n; i++) {
      if (!crimeRows.every((mask) => mask[i])) continue;
      for (const u of used) u.values[i] = null;
      missingMask.forEach((mask) => (mask[i] = true));
    }
  }
  return { used, withoutData, missingMask };
}

/**
 * Pre-normalised indicator matrix, the input of computeIrsValues (and of Monte-Carlo runs).
 * values[j·n + i] (column-major, indicator j, district i), NaN = missing. Oriented so that higher =
 * more risk. For arithmetic aggregation: the normalised value x. For geometric: ln x′ with
 * x′ = ε + (1 − ε)·x and x ∈ [0, 1] (z-scores are first min-max rescaled to [0, 1]).
 */
export interface PreparedMatrix {
  ids: string[];
  n: number;
  m: number;
  values: Float64Array;
  normalization: Normalization;
  aggregation: Aggregation;
}

/** Normalise the treated indicators and lay them out for aggregation (see PreparedMatrix). */
export function prepareMatrix(
  used: readonly TreatedIndicator[],
  n: number,
  normalization: Normalization,
  aggregation: Aggregation,
): PreparedMatrix {
  const m = used.length;
  const values = new Float64Array(n * m);
  used.forEach((ind, j) => {
    let x = normalizeValues(ind.values, normalization, ind.direction);
    if (aggregation === "geometric" && normalization === "zscore") x = normalizeMinMax(x, 1);
    for (let i = 0; i < n; i++) {
      const v = x[i] ?? null;
      values[j * n + i] =
        v === null
          ? NaN
          : aggregation === "geometric"
            ? Math.log(GEOMETRIC_EPSILON + (1 - GEOMETRIC_EPSILON) * v)
            : v;
    }
  });
  return { ids: used.map((u) => u.id), n, m, values, normalization, aggregation };
}

export interface IrsOptions {
  /** Rescale the aggregate to 0–100 by min-max across districts (default true). */
  rescale?: boolean;
  /** Optional output buffer of length n (Monte-Carlo: no allocation per run). */
  out?: Float64Array;
}

/**
 * Aggregate a prepared matrix with raw weights w_j ≥ 0 (aligned with prepared.ids). For district i,
 * the weights are re-normalised over the indicators it has: W_i = Σ_{j present} w_j.
 * - arithmetic: A_i = Σ w_j x_ij / W_i
 * - geometric:  A_i = exp(Σ w_j ln x′_ij / W_i)
 * IRS_i = 100·(A_i − min A)/(max A − min A) (min-max across districts, higher = more risk); when all
 * A_i are equal, IRS = 50. W_i = 0 (no indicator) → NaN. Minimum coverage: a district whose present
 * indicators carry less than MIN_WEIGHT_COVERAGE of the total weight (W_i < 0.5·Σ_j w_j) → NaN: a
 * score built from a minority of the weight is not comparable (e.g. the 52 districts SIDPOL never
 * records would otherwise be ranked on poverty alone). Returns a Float64Array of length n.
 */
export function computeIrsValues(
  prepared: PreparedMatrix,
  weights: ArrayLike<number>,
  options: IrsOptions = {},
): Float64Array {
  const { n, m, values } = prepared;
  const out = options.out ?? new Float64Array(n);
  const wsum = new Float64Array(n);
  out.fill(0);
  for (let j = 0; j < m; j++) {
    const w = weights[j] ?? 0;
    if (!(w > 0)) continue;
    const base = j * n;
    for (let i = 0; i < n; i++) {
      const v = values[base + i] ?? NaN;
      if (v === v) {
        out[i] = (out[i] ?? 0) + w * v;
        wsum[i] = (wsum[i] ?? 0) + w;
      }
    }
  }
  let total = 0;
  for (let j = 0; j < m; j++) {
    const w = weights[j] ?? 0;
    if (w > 0) total += w;
  }
  const minW = total * MIN_WEIGHT_COVERAGE;
  const geometric = prepared.aggregation === "geometric";
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const W = wsum[i] ?? 0;
    if (W > 0 && W >= minW - 1e-12) {
      const a = (out[i] ?? 0) / W;
      const v = geometric ? Math.exp(a) : a;
      out[i] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    } else out[i] = NaN;
  }
  if (options.rescale === false) return out;
  const range = hi - lo;
  for (let i = 0; i < n; i++) {
    const v = out[i] ?? NaN;
    if (v === v) out[i] = range > 0 ? (100 * (v - lo)) / range : 50;
  }
  return out;
}

export interface CompositeMeta {
  /** Indicators aggregated (weight > 0 and data), in configuration order. */
  indicatorsUsed: string[];
  /** Global weights re-normalised over the used indicators (sum 1). */
  weightsUsed: Record<string, number>;
  /** Weighted indicators with no data at all (left out of the index). */
  indicatorsWithoutData: string[];
  /** Per used indicator: districts with no value before the missing rule. */
  missingCounts: Record<string, number>;
  /** Per used indicator: values imputed (missing "province-median"; 0 for "reweight"). */
  imputedCounts: Record<string, number>;
  /** Per used indicator: values clipped by winsorising. */
  clippedCounts: Record<string, number>;
  /**
   * Districts with an IRS / without one: no used indicator has a value, the present ones carry less
   * than MIN_WEIGHT_COVERAGE of the weight, or no crime record while crime indicators with data
   * carry weight.
   */
  districtsScored: number;
  districtsWithoutIrs: number;
  /** Aggregate before the 0–100 rescale: [min, max]. */
  aggregateRange: [number, number] | null;
}

export interface CompositeResult {
  scores: DistrictScore[];
  /** The classes of the IRS: the same object feeds the map colours and the legend. */
  classification: Classification;
  meta: CompositeMeta;
}

/**
 * The IRS for every district (ids aligned with `districts`; columns from buildIndicatorColumns).
 * Steps: treatColumns → prepareMatrix → computeIrsValues (0–100) → rankDistricts → classify.
 *
 * Decomposition (contributions in IRS points, summing to the district's IRS; the last indicator takes
 * the floating-point remainder):
 * - arithmetic: c_ij = (100/R)·w̃_ij·(x_ij − min A), w̃_ij = w_j/W_i, R = max A − min A. The rescale's
 *   offset (min A) is shared out in proportion to the weights; a contribution is negative when the
 *   indicator sits below the minimum aggregate.
 * - geometric: log-share decomposition above the floor ε: s_ij = w̃_ij·ln(x′_ij/ε) / ln(G_i/ε),
 *   c_ij = IRS_i·s_ij (all ≥ 0; equal to w̃_ij when G_i = ε).
 * - R = 0 (all aggregates equal): IRS = 50, c_ij = 50·w̃_ij.
 * Missing indicators of a district (reweight) get no contribution and are listed in `missing`
 * (imputed ones are listed too, and do contribute).
 */
export function computeComposite(
  columns: readonly IndicatorColumn[],
  defs: readonly IndicatorDef[],
  methodology: Methodology,
  districts: readonly Pick<DistrictLike, "id" | "provinceCode" | "departmentCode" | "neighbors">[],
): CompositeResult {
  const n = districts.length;
  const treated = treatColumns(columns, defs, methodology, districts);
  const { used, missingMask } = treated;
  const prepared = prepareMatrix(used, n, methodology.normalization, methodology.aggregation);
  const rawWeights = Float64Array.from(used, (u) => methodology.weights[u.id] ?? 0);
  const agg = computeIrsValues(prepared, rawWeights, { rescale: false });
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of agg) {
    if (v !== v) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const range = hi - lo;
  const irs: (number | null)[] = Array.from(agg, (v) =>
    v !== v ? null : range > 0 ? (100 * (v - lo)) / range : 50,
  );
  const ranks = rankDistricts(irs);
  const classification = classify(
    irs,
    methodology.classMethod,
    methodology.classCount,
    methodology.fixedBreaks,
  );
  const geometric = methodology.aggregation === "geometric";
  const logFloor = Math.log(GEOMETRIC_EPSILON);
  const { m, values } = prepared;

  const scores: DistrictScore[] = new Array<DistrictScore>(n);
  for (let i = 0; i < n; i++) {
    const score = irs[i] ?? null;
    const missing: string[] = [];
    for (let j = 0; j < m; j++) if (missingMask[j]?.[i]) missing.push(used[j]?.id ?? "");
    const contributions: Record<string, number> = {};
    if (score !== null) {
      let W = 0;
      for (let j = 0; j < m; j++) {
        const v = values[j * n + i] ?? NaN;
        if (v === v) W += rawWeights[j] ?? 0;
      }
      // geometric: ln(G_i/ε) = Σ w̃_ij (ln x′_ij − ln ε)
      const logG = geometric && W > 0 ? Math.log(agg[i] ?? 1) - logFloor : 0;
      let sum = 0;
      let last = -1;
      for (let j = 0; j < m; j++) {
        const v = values[j * n + i] ?? NaN;
        const w = rawWeights[j] ?? 0;
        if (v !== v || !(w > 0)) continue;
        const wt = w / W;
        let c: number;
        if (!(range > 0)) c = 50 * wt;
        else if (!geometric) c = (100 / range) * wt * (v - lo);
        else c = logG > 0 ? (score * wt * (v - logFloor)) / logG : score * wt;
        const id = used[j]?.id ?? "";
        contributions[id] = c;
        sum += c;
        last = j;
      }
      const lastId = used[last]?.id;
      if (lastId !== undefined) contributions[lastId] = (contributions[lastId] ?? 0) + score - sum;
    }
    scores[i] = {
      id: districts[i]?.id ?? i,
      irs: score,
      rank: ranks[i] ?? null,
      classIndex: classification.classOf(score),
      contributions,
      missing,
    };
  }

  const meta: CompositeMeta = {
    indicatorsUsed: used.map((u) => u.id),
    weightsUsed: normalizeWeights(
      methodology.weights,
      used.map((u) => u.id),
    ),
    indicatorsWithoutData: treated.withoutData,
    missingCounts: Object.fromEntries(used.map((u) => [u.id, u.missing])),
    imputedCounts: Object.fromEntries(used.map((u) => [u.id, u.imputed])),
    clippedCounts: Object.fromEntries(used.map((u) => [u.id, u.clipped])),
    districtsScored: irs.filter((v) => v !== null).length,
    districtsWithoutIrs: irs.filter((v) => v === null).length,
    aggregateRange: Number.isFinite(lo) ? [lo, hi] : null,
  };
  return { scores, classification, meta };
}

export interface RankingRow {
  id: number;
  ubigeo: string;
  name: string;
  irs: number | null;
  rank: number | null;
}

/**
 * Full ranking of a district table under a weight preset (data/presets.json): buildIndicatorColumns
 * → applyPreset → computeComposite, rows in listing order (rank, then ubigeo). Reused by the
 * pipeline and end-to-end tests.
 */
export function rankingForPreset(
  table: TableLike,
  preset: WeightPreset,
  defs: readonly IndicatorDef[],
  base: Methodology,
): RankingRow[] {
  const methodology = presetMethodology(preset, defs, base);
  const columns = buildIndicatorColumns(table, defs, methodologyPeriod(base));
  const { scores } = computeComposite(columns, defs, methodology, table.districts);
  const order = orderByRank(
    scores.map((s) => s.irs),
    table.districts.map((d) => d.ubigeo),
  );
  return order.map((i) => {
    const d = table.districts[i];
    const s = scores[i];
    return {
      id: i,
      ubigeo: d?.ubigeo ?? "",
      name: d?.name ?? "",
      irs: s?.irs ?? null,
      rank: s?.rank ?? null,
    };
  });
}
