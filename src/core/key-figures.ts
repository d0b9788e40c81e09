import { median } from "./stats";

/** The figures shown large in presentation mode, for the layer on the map. */
export interface KeyFigures {
  /** Districts with a value, and all districts. */
  withData: number;
  total: number;
  /** Highest value and the district holding it (lowest id on ties); null when no value. */
  max: { value: number; id: number } | null;
  /** Type-7 median of the values present; null when none. */
  median: number | null;
  /** Value and class of the selected district (class -1 = no data); null when none selected. */
  selected: { id: number; value: number | null; classIndex: number } | null;
  /** Highlighted districts that have a value / all highlighted. */
  marked: { withData: number; total: number };
}

/**
 * Key figures of a layer over `scopeIds` (e.g. the chosen department; null = every district):
 * count with data, maximum (and where), median, the selected district's value and class, and how
 * many highlighted districts have data. Values null/NaN count as missing.
 */
export function keyFigures(
  values: readonly (number | null)[],
  classIndex: ArrayLike<number>,
  selectedId: number | null,
  markedIds: readonly number[],
  scopeIds: readonly number[] | null = null,
): KeyFigures {
  let withData = 0;
  let max: KeyFigures["max"] = null;
  const ids = scopeIds ?? values.map((_, i) => i);
  const inScope: (number | null)[] = [];
  for (const id of ids) {
    const v = values[id] ?? null;
    if (v === null || !Number.isFinite(v)) continue;
    inScope.push(v);
    withData += 1;
    if (max === null || v > max.value) max = { value: v, id };
  }
  const m = median(inScope);
  const has = (id: number) => {
    const v = values[id];
    return v !== null && v !== undefined && Number.isFinite(v);
  };
  const selected =
    selectedId === null || selectedId < 0 || selectedId >= values.length
      ? null
      : {
          id: selectedId,
          value: has(selectedId) ? (values[selectedId] ?? null) : null,
          classIndex: classIndex[selectedId] ?? -1,
        };
  return {
    withData,
    total: ids.length,
    max,
    median: Number.isNaN(m) ? null : m,
    selected,
    marked: { withData: markedIds.filter(has).length, total: markedIds.length },
  };
}
