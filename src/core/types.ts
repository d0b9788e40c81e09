/** Shared types of the pure core. No runtime code here. */

export type Lang = "es" | "en";
export type Text = { es: string; en: string };

/** +1: a higher value means more risk; -1: a higher value means less risk. */
export type Direction = 1 | -1;

/**
 * How an indicator's raw value is derived from the district table's series.
 * - series:  the value of series `key` (in the chosen year).
 * - rate:    count series `numerator` / series `denominator` × `per` (e.g. crimes per 10,000 inhabitants);
 *            rates keep their counts so they can be smoothed (empirical Bayes).
 * - density: series `numerator` / district area (km²).
 */
export type IndicatorFormula =
  | { kind: "series"; key: string }
  | { kind: "rate"; numerator: string; denominator: string; per: number }
  | { kind: "density"; numerator: string };

export interface IndicatorDef {
  id: string;
  label: Text;
  /** Short explanation shown in the methodology panel and sheet. */
  description: Text;
  unit: Text;
  direction: Direction;
  /** Default weight before re-normalisation (any non-negative number). */
  defaultWeight: number;
  /** Dimension of the index, e.g. "crime", "population", "vulnerability", "police". */
  dimension: string;
  formula: IndicatorFormula;
  /** True for indicators derived from crime counts (SIDPOL). */
  crime?: boolean;
  /** A total of other indicators (e.g. all crime reports): the "equal" rule leaves it out. */
  summary?: boolean;
  /** Set for indicators added at run time from an imported file. */
  imported?: boolean;
}

/** Raw values of one indicator for all districts (aligned by district id). */
export interface IndicatorColumn {
  id: string;
  /** Raw value (rate, %, count…), null when missing. */
  values: (number | null)[];
  /** For rates: event counts and populations at risk, used by empirical-Bayes smoothing. */
  counts?: (number | null)[];
  populations?: (number | null)[];
  /** Rate multiplier (e.g. 10000) when the column is a rate. */
  per?: number;
  year: number | null;
  /**
   * What the values cover (crime indicators and rates): the numerator years pooled, the population
   * years used as denominators, the months of a partial year (null when complete) and whether a
   * partial year was annualised. Shown in the card, legend and sheet.
   */
  period?: {
    years: number[];
    populationYears: number[];
    months: number[] | null;
    annualised: boolean;
  };
}

export type Smoothing = "none" | "eb-global" | "eb-local";
export type Normalization = "minmax" | "zscore" | "percentile";
export type Aggregation = "arithmetic" | "geometric";
export type MissingRule = "reweight" | "province-median";
export type ClassMethod = "quantile" | "jenks" | "fixed";

export interface Methodology {
  /** Raw (non-normalised) weights by indicator id; 0 removes the indicator. */
  weights: Record<string, number>;
  smoothing: Smoothing;
  logTransform: boolean;
  /** Winsorise at [p, 1-p]; 0 = off. E.g. 0.01 = 1st/99th percentile. */
  winsorP: number;
  normalization: Normalization;
  aggregation: Aggregation;
  missing: MissingRule;
  classMethod: ClassMethod;
  /** Number of classes (5: muy bajo … muy alto). */
  classCount: number;
  /** Upper-inclusive breaks on the 0–100 IRS for classMethod "fixed", ascending, classCount-1 values. */
  fixedBreaks: number[];
  /**
   * Reference year for the series (core/indicator-values.ts pickSeries): the requested year, else
   * the latest year ≤ it, else the latest available. null/absent = the latest COMPLETE year (a
   * partial year is used only when chosen).
   */
  year?: number | null;
  /**
   * Crime indicators: number of complete years pooled, ending at `year` (1 = single year). The
   * default comes from the rank-stability measurement in the methodology sheet. Absent = 1.
   */
  crimeWindow?: number;
  /** A partial year (e.g. Jan–Feb 2026), when chosen: annualise its counts (× 12 / months). Absent = true. */
  annualise?: boolean;
}

/** Result of the index for one district. */
export interface DistrictScore {
  id: number;
  /** IRS on 0–100 (higher = more risk); null when no indicator has a value. */
  irs: number | null;
  /** 1 = highest risk; null when irs is null. Ties share the lower rank (competition ranking). */
  rank: number | null;
  /** 0 = lowest class … classCount-1 = highest; null when irs is null. */
  classIndex: number | null;
  /** Contribution of each indicator to the IRS (points on 0–100), summing to irs (arithmetic). */
  contributions: Record<string, number>;
  /** Indicators missing for this district (excluded and re-weighted, or imputed). */
  missing: string[];
}
