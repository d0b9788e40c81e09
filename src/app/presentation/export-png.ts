import { composeMapPng, downloadBlob, metresPerPixel, type PngContent } from "../../lib/png-export";
import { formatDate, formatNumber } from "../../lib/format";
import { citeSource } from "../../lib/sources";
import { legendRows } from "../../store/legend-rows";
import type { AppState } from "../../store";
import { COPY } from "../../i18n/copy";
import { legendRowLabel, layerTitle as titleOfLayer } from "../../i18n/layer-title";

/** The map's WebGL canvas (DOM lookup: only MapView touches the MapLibre instance). */
function mapCanvas(): HTMLCanvasElement | null {
  const el = document.querySelector(".map canvas.maplibregl-canvas");
  return el instanceof HTMLCanvasElement ? el : null;
}

/** What the PNG shows for the current state: the same legend rows and source line as the Legend. */
export function pngContentOf(s: AppState, now: Date, canvas: HTMLCanvasElement): PngContent | null {
  const layer = s.mapLayer;
  if (!layer) return null;
  const t = COPY[s.lang];
  const lang = s.lang;
  const method =
    layer.method === "quantile" ? t.quantiles : layer.method === "jenks" ? t.jenks : t.fixedBreaks;
  const sources = layer.sourceIds.map((id) => citeSource(s.manifest, id));
  const slide = s.presenting && s.slideIndex !== null ? s.slides[s.slideIndex] : undefined;
  const layerTitle = titleOfLayer(layer, lang);
  const cam = s.cameraView;
  const rect = canvas.getBoundingClientRect();
  return {
    title: slide ? slide.title : layerTitle,
    subtitle: `${slide ? `${layerTitle} · ` : ""}${layer.unit[lang]} · ${t.legendClasses(layer.classCount, method)} · ${t.appTitle}`,
    legendTitle: layer.unit[lang] || layer.label[lang],
    legendRows: legendRows(layer).map((r) => ({
      color: r.color,
      // Same text as the on-screen Legend: class names (IRS, categories) when the layer has them.
      label: legendRowLabel(layer, r, lang),
      count: formatNumber(r.count, lang, 0),
    })),
    source: t.sourceLine(sources.join("; ")),
    date: [
      t.exportedOn(formatDate(now.toISOString(), lang)),
      s.manifest ? t.builtAt(formatDate(s.manifest.builtAt, lang)) : "",
    ]
      .filter((x) => x !== "")
      .join(" · "),
    metresPerCssPx: cam ? metresPerPixel(cam.center[1], cam.zoom) : 0,
    mapCssWidth: rect.width,
    mapCssHeight: rect.height,
    formatDistance: (m) =>
      m >= 1000 ? `${formatNumber(m / 1000, lang, 0)} km` : `${formatNumber(m, lang, 0)} m`,
  };
}

/** Compose and download the PNG of the current map (file "mapa-<layer>-<date>.png"). */
export async function exportMapPng(s: AppState): Promise<void> {
  const canvas = mapCanvas();
  const now = new Date();
  const content = canvas ? pngContentOf(s, now, canvas) : null;
  if (!canvas || !content) throw new Error("no map");
  const blob = await composeMapPng(canvas, content);
  const day = now.toISOString().slice(0, 10);
  downloadBlob(blob, `mapa-${s.mapLayer?.layerId ?? "capa"}-${day}.png`);
}
