import { paletteColors, type PaletteName } from "../config/palettes";
import { classify } from "../core/classify";
import { listLayerOptions, resolveLayerValues } from "../core/layer-catalog";
import { isPartialSeries, type PeriodInput } from "../core/indicator-values";
import type { ClassMethod, IndicatorColumn, IndicatorDef, Text } from "../core/types";
import type { DistrictTable } from "../data/contract";

/**
 * Why what a layer shows is incomplete, as a code with its values; the UI words it on the map
 * itself (legend caption, slide, PNG: i18n layerCaption), not only in a side tab.
 * - "partial-register": the Barrio Seguro register locates `located` of the document's
 *   `documentBarrios` barrios (null: total unknown), so a district without a barrio in it may have
 *   one; `zeroIsAbsent`: the value 0 means "not in the register" (barrios per district).
 * - "partial-year": the values cover only `months` (1–12) of `year`, annualised or not.
 */
export type LayerCaption =
  | {
      code: "partial-register";
      located: number;
      documentBarrios: number | null;
      zeroIsAbsent: boolean;
    }
  | { code: "partial-year"; year: number; months: readonly number[]; annualised: boolean };

/** What the choropleth and its legend show: one classification feeds both. */
export interface MapLayer {
  layerId: string;
  label: Text;
  unit: Text;
  year: number | null;
  /** What the values cover when it is more than one year or a partial year (legend, slide, PNG). */
  period?: IndicatorColumn["period"];
  sourceIds: string[];
  values: (number | null)[];
  /** Class per district id (0 = lowest), -1 = no data. */
  classIndex: Int8Array;
  /** Class upper bounds as classify() returns them (k-1 values). */
  breaks: number[];
  min: number | null;
  max: number | null;
  classCount: number;
  method: ClassMethod;
  palette: PaletteName;
  /** Categorical layers: one label per class, shown by the legend instead of value ranges. */
  classLabels?: Text[];
  /**
   * The classes have the risk names (Muy bajo … Muy alto, i18n classLabels): the legend shows
   * "Muy alto · 62.4 – 100" (the IRS). Categorical layers use classLabels instead.
   */
  namedClasses?: boolean;
  /**
   * Why a district has no value on this layer, as a code the UI words (i18n legendRowLabel):
   * "no-irs" = no SIDPOL record or too little data for the IRS; absent = plain "no data".
   */
  noData?: "no-irs";
  /** What is partial or absent in the layer's data (empty/absent: nothing to warn about). */
  caption?: LayerCaption[];
}

/** The caption of a partial year (a crime period with fewer than 12 months), else null. */
export function partialYearCaption(period: MapLayer["period"]): LayerCaption | null {
  if (!period || !period.months || !isPartialSeries({ months: period.months })) return null;
  const year = period.years[period.years.length - 1];
  if (year === undefined) return null;
  return { code: "partial-year", year, months: [...period.months], annualised: period.annualised };
}

export const CLASS_COUNT = 5;

/** Classify values into a MapLayer. Shared by plain layers and the IRS. */
export function buildMapLayer(
  base: Omit<MapLayer, "classIndex" | "breaks" | "min" | "max" | "classCount">,
  fixedBreaks: number[] = [],
): MapLayer {
  const present = base.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const { breaks, classOf } = classify(present, base.method, CLASS_COUNT, fixedBreaks);
  const classIndex = new Int8Array(base.values.length).fill(-1);
  base.values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) return;
    const c = classOf(v);
    classIndex[i] = c === null ? -1 : c;
  });
  let min: number | null = null;
  let max: number | null = null;
  for (const v of present) {
    if (min === null || v < min) min = v;
    if (max === null || v > max) max = v;
  }
  // A partial year says so on the map, whichever feature built the layer (plain series, IRS).
  const partial = partialYearCaption(base.period);
  const caption = [...(base.caption ?? []), ...(partial ? [partial] : [])];
  return {
    ...base,
    ...(caption.length > 0 ? { caption } : {}),
    classIndex,
    breaks,
    min,
    max,
    // Ties (quantile) or few distinct values (jenks) give fewer classes: the legend lists only those.
    classCount: present.length > 0 ? breaks.length + 1 : CLASS_COUNT,
  };
}

/**
 * The palette colour of class c: the class itself, except on a numeric layer with fewer classes than
 * the palette has colours (tied quantiles, jenks on few values), whose classes spread over the whole
 * ramp — slot = round(c · (n − 1) / (k − 1)) — so the top class stays the darkest colour. One rule for
 * the map's feature-state and the legend. c < 0 (no data) stays as is.
 */
export function colorSlot(
  layer: Pick<MapLayer, "classCount" | "classLabels" | "palette">,
  c: number,
): number {
  const n = paletteColors(layer.palette).length;
  if (c < 0 || layer.classLabels || layer.classCount >= n) return c;
  if (layer.classCount <= 1) return Math.floor((n - 1) / 2);
  return Math.round((c * (n - 1)) / (layer.classCount - 1));
}

/** The layer for a plain indicator/series; falls back to the first available layer. */
export function computePlainLayer(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  layerId: string,
  period: PeriodInput,
  method: ClassMethod,
): MapLayer | null {
  const options = listLayerOptions(table, defs);
  const option = options.find((o) => o.id === layerId) ?? options[0];
  if (!option) return null;
  const resolved = resolveLayerValues(table, defs, option.id, period);
  if (!resolved) return null;
  const riskDims = new Set(["crime"]);
  return buildMapLayer({
    layerId: option.id,
    label: option.label,
    unit: option.unit,
    year: resolved.year,
    ...(resolved.period ? { period: resolved.period } : {}),
    sourceIds: resolved.sourceIds,
    values: resolved.values,
    method,
    palette: riskDims.has(option.dimension) ? "risk" : "neutral",
  });
}
