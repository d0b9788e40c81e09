import type { Lang } from "../core/types";
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
