import type { Lang } from "../core/types";
import { formatNumber } from "../lib/format";
import type { MapLayer } from "../store/map-layer";
import { COPY } from "./copy";

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
  return layer.namedClasses
    ? `${COPY[lang].classLabels[row.classIndex] ?? ""} · ${range}`
    : `${formatNumber(row.from, lang)} – ${formatNumber(row.to, lang)}`;
}
