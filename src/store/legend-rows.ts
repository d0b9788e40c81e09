import { NO_DATA_COLOR, paletteColors } from "../config/palettes";
import { colorSlot, type MapLayer } from "./map-layer";

export interface LegendRow {
  color: string;
  /** Lower and upper bound of the class (null for the no-data row). */
  from: number | null;
  to: number | null;
  count: number;
  classIndex: number;
}

/**
 * Legend rows from the same classification that colours the map: class i spans
 * (breaks[i-1], breaks[i]], the first starts at the minimum, the last ends at the maximum.
 * The last row (classIndex -1) counts the districts without data.
 */
export function legendRows(layer: MapLayer): LegendRow[] {
  const colors = paletteColors(layer.palette);
  const counts = new Array<number>(layer.classCount + 1).fill(0);
  for (const c of layer.classIndex) counts[c < 0 ? layer.classCount : c]! += 1;
  const rows: LegendRow[] = [];
  for (let i = 0; i < layer.classCount; i++) {
    rows.push({
      color: colors[colorSlot(layer, i)] ?? NO_DATA_COLOR,
      from: i === 0 ? layer.min : (layer.breaks[i - 1] ?? null),
      to: i === layer.classCount - 1 ? layer.max : (layer.breaks[i] ?? null),
      count: counts[i] ?? 0,
      classIndex: i,
    });
  }
  rows.push({
    color: NO_DATA_COLOR,
    from: null,
    to: null,
    count: counts[layer.classCount] ?? 0,
    classIndex: -1,
  });
  return rows;
}
