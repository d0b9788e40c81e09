import type { Copy } from "../../i18n/copy";
import type {
  Aggregation,
  ClassMethod,
  MissingRule,
  Normalization,
  Smoothing,
} from "../../core/types";

/** UI names of the methodology options (panel, sheet, card share them). */
export const smoothingLabel = (t: Copy, s: Smoothing): string =>
  s === "none" ? t.smoothingNone : s === "eb-global" ? t.smoothingEbGlobal : t.smoothingEbLocal;

export const normalizationLabel = (t: Copy, n: Normalization): string =>
  n === "minmax" ? t.normMinmax : n === "zscore" ? t.normZscore : t.normPercentile;

export const aggregationLabel = (t: Copy, a: Aggregation): string =>
  a === "arithmetic" ? t.aggArithmetic : t.aggGeometric;

export const missingLabel = (t: Copy, m: MissingRule): string =>
  m === "reweight" ? t.missingReweight : t.missingProvince;

export const classMethodLabel = (t: Copy, c: ClassMethod): string =>
  c === "quantile" ? t.quantiles : c === "jenks" ? t.jenks : t.fixedBreaks;

export const SMOOTHINGS: readonly Smoothing[] = ["none", "eb-global", "eb-local"];
export const NORMALIZATIONS: readonly Normalization[] = ["minmax", "zscore", "percentile"];
export const AGGREGATIONS: readonly Aggregation[] = ["arithmetic", "geometric"];
export const MISSING_RULES: readonly MissingRule[] = ["reweight", "province-median"];
export const CLASS_METHODS: readonly ClassMethod[] = ["quantile", "jenks", "fixed"];
/** Winsorising choices (share in each tail). */
export const WINSOR_CHOICES: readonly number[] = [0, 0.01, 0.025, 0.05];

/**
 * Why an indicator has no value anywhere: a crime family when crime data is loaded → not in this
 * release (no data, not zero); crime without any crime data → SIDPOL missing; else no series.
 */
export function noDataReason(t: Copy, crime: boolean | undefined, crimeLoaded = false): string {
  if (!crime) return t.idxNoDataSeries;
  return crimeLoaded ? t.crimeNotInRelease : t.idxNoDataCrime;
}
