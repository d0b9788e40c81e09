import type { Lang } from "../core/types";
import type { DistrictRow } from "../data/contract";
import { formatNumber } from "../lib/format";
import { legendRows, type LegendRow } from "../store/legend-rows";
import type { MapLayer } from "../store/map-layer";
import { DENSITY_BREAKS_PER_KM2 } from "../config/map";
import { COPY } from "./copy";
import { LABELS_COPY } from "./labels-copy";

/**
 * "Robo · 2023–2025 (media anual)": a layer's name and the period its values cover, the same in the
 * legend, the slide and the PNG. A partial year always says so (months, annualised or not).
 */
export function layerTitle(layer: Pick<MapLayer, "label" | "year" | "period">, lang: Lang): string {
  return `${layer.label[lang]}${layerPeriodSuffix(layer, lang)}`;
}

/** " · 2023–2025 (media anual)", " · 2025", or "" for undated layers. */
export function layerPeriodSuffix(layer: Pick<MapLayer, "year" | "period">, lang: Lang): string {
  const p = layer.period;
  if (p && p.years.length > 0)
    return ` · ${COPY[lang].periodText(p.years, p.months, p.annualised)}`;
  return layer.year !== null ? ` · ${layer.year}` : "";
}

/**
 * The text of one legend row, the same on screen, in slides and in the PNG: the layer's own
 * no-data wording (e.g. the IRS says why a district has none) or "sin datos"; class names when the
 * layer has them (IRS, categories); else the value range.
 */
export function legendRowLabel(
  layer: Pick<MapLayer, "classLabels" | "noData" | "namedClasses">,
  row: { classIndex: number; from: number | null; to: number | null },
  lang: Lang,
): string {
  if (row.classIndex < 0)
    return layer.noData === "no-irs" ? COPY[lang].legendNoIrs : COPY[lang].noData;
  const category = layer.classLabels?.[row.classIndex]?.[lang];
  if (category !== undefined) return category;
  const range = `${formatNumber(row.from, lang, 1)} – ${formatNumber(row.to, lang, 1)}`;
  if (layer.namedClasses) return `${COPY[lang].classLabels[row.classIndex] ?? ""} · ${range}`;
  // A class of one value (tied quantiles: every district at 0) reads "0", not "0 – 0".
  if (row.from !== null && row.from === row.to) return formatNumber(row.from, lang);
  return `${formatNumber(row.from, lang)} – ${formatNumber(row.to, lang)}`;
}

/**
 * The layer's caption lines, in `lang`: what is partial or absent in its data (the Barrio Seguro
 * register, a partial year). Shown with the legend, on the slide and in the PNG; empty when none.
 */
export function layerCaption(layer: Pick<MapLayer, "caption">, lang: Lang): string[] {
  const t = COPY[lang];
  return (layer.caption ?? []).map((c) =>
    c.code === "partial-register"
      ? t.captionPartialRegister(
          formatNumber(c.located, lang, 0),
          c.documentBarrios === null ? null : formatNumber(c.documentBarrios, lang, 0),
        )
      : t.captionPartialYear(c.year, c.months, c.annualised),
  );
}

/** Palettes whose classes are categories (quadrants, imported categories, semáforo), not ranges. */
const CATEGORICAL = new Set<MapLayer["palette"]>(["quadrant", "category", "traffic", "lisa"]);

/**
 * True when the layer's values are category codes: they are named, counted per category and never
 * ranked, averaged or shown as numbers ("Máximo: 3" of a quadrant code means nothing).
 */
export function isCategorical(layer: Pick<MapLayer, "palette">): boolean {
  return CATEGORICAL.has(layer.palette);
}

/**
 * One district's value as the map's tooltip says it: the category's name on categorical layers, the
 * layer's no-data wording, "no figura en el registro parcial" where 0 only means "not in a partial
 * register", else the number (and unit, unless `withUnit` is false).
 */
export function districtValueText(
  layer: MapLayer,
  id: number,
  lang: Lang,
  withUnit = true,
): string {
  const value = layer.values[id] ?? null;
  const classIndex = layer.classIndex[id] ?? -1;
  const row = { classIndex: value === null ? -1 : classIndex, from: null, to: null };
  if (value === null || !Number.isFinite(value)) return legendRowLabel(layer, row, lang);
  if (isCategorical(layer) && classIndex >= 0) return legendRowLabel(layer, row, lang);
  const absentAsZero = (layer.caption ?? []).some(
    (c) => c.code === "partial-register" && c.zeroIsAbsent,
  );
  if (absentAsZero && value === 0) return COPY[lang].hoverNotInRegister;
  return withUnit
    ? `${formatNumber(value, lang)} ${layer.unit[lang]}`.trim()
    : formatNumber(value, lang);
}

/** The area a slide or PNG shows: the chosen department's districts and name, or null (Peru). */
export function areaShown(
  districts: readonly Pick<DistrictRow, "id" | "departmentCode" | "department">[] | null,
  departmentCode: string | null,
): { ids: number[]; name: string } | null {
  if (!districts || departmentCode === null) return null;
  const inside = districts.filter((d) => d.departmentCode === departmentCode);
  return { ids: inside.map((d) => d.id), name: inside[0]?.department ?? departmentCode };
}

/**
 * Legend rows (same classes and colours as the map) counted over `ids` only, e.g. the department a
 * slide shows: the counts are that area's own, not the country's. `ids` null = every district.
 */
export function legendRowsIn(layer: MapLayer, ids: readonly number[] | null): LegendRow[] {
  const rows = legendRows(layer);
  if (ids === null) return rows;
  const counts = new Map<number, number>();
  for (const id of ids) {
    const c = layer.classIndex[id];
    if (c === undefined) continue;
    const k = c < 0 ? -1 : c;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return rows.map((r) => ({ ...r, count: counts.get(r.classIndex) ?? 0 }));
}

/**
 * What the view adds to the layer's caption, wherever the map is shown (legend, slide, PNG): the
 * population-alpha choice, so a faded district is never read as a low value. Empty when plain.
 */
export function viewCaption(view: { populationAlpha: boolean }, lang: Lang): string[] {
  if (!view.populationAlpha) return [];
  const breaks = DENSITY_BREAKS_PER_KM2.map((b) => formatNumber(b, lang, 0)).join(" · ");
  return [LABELS_COPY[lang].populationAlphaLegend(breaks)];
}
