import type { DistrictTable } from "../data/contract";
import { listLayerOptions, resolveLayerValues } from "./layer-catalog";
import type { IndicatorDef, Text } from "./types";

export interface DistrictFact {
  id: string;
  label: Text;
  unit: Text;
  value: number | null;
  year: number | null;
  sourceIds: string[];
}

/**
 * Every layer's raw value for one district at the requested year (latest when null), in catalogue
 * order: indicators first, then plain series. Missing values are kept (null) so the card shows them.
 */
export function districtFacts(
  table: DistrictTable,
  defs: readonly IndicatorDef[],
  districtId: number,
  year: number | null = null,
): DistrictFact[] {
  return listLayerOptions(table, defs).flatMap((o) => {
    const r = resolveLayerValues(table, defs, o.id, year);
    if (!r) return [];
    return [
      {
        id: o.id,
        label: o.label,
        unit: o.unit,
        value: r.values[districtId] ?? null,
        year: r.year,
        sourceIds: r.sourceIds,
      },
    ];
  });
}
