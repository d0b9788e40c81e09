import type { DistrictTable } from "../data/contract";
import type { PeriodInput } from "./indicator-values";
import { listLayerOptions, resolveLayerValues } from "./layer-catalog";
import type { IndicatorColumn, IndicatorDef, Text } from "./types";

export interface DistrictFact {
  id: string;
  label: Text;
  unit: Text;
  value: number | null;
  year: number | null;
  sourceIds: string[];
  period?: IndicatorColumn["period"];
  /** True for crime indicators (the card shows them in their own section). */
  crime: boolean;
  /** Dimension of the layer ("crime", "fiscal", … "other" for plain series). */
  dimension: string;
}

/**
 * Every layer's raw value for one district for the period (the index's: latest complete year when
 * null, crime pooled over its window), in catalogue
 * order: indicators first, then plain series. Missing values are kept (null) so the card shows them.
 */
export function districtFacts(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  districtId: number,
  period: PeriodInput = null,
): DistrictFact[] {
  const crimeIds = new Set(defs.filter((d) => d.crime).map((d) => d.id));
  return listLayerOptions(table, defs).flatMap((o) => {
    const r = resolveLayerValues(table, defs, o.id, period);
    if (!r) return [];
    const fact: DistrictFact = {
      id: o.id,
      label: o.label,
      unit: o.unit,
      value: r.values[districtId] ?? null,
      year: r.year,
      sourceIds: r.sourceIds,
      crime: crimeIds.has(o.id),
      dimension: o.dimension,
    };
    if (r.period) fact.period = r.period;
    return [fact];
  });
}
