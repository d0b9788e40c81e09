import {
  bboxOnCanvas,
  downloadBlob,
  drawMapImage,
  mapSourceRect,
  metresPerPixel,
  openSides,
  PNG_SIZE,
  pngLayout,
  wrapText,
  type PngContent,
  type PngInset,
  type PngLayout,
  type Rect,
} from "../../lib/png-export";
import { DISTRICT_TILES } from "../../config/map";
import { unionBbox } from "../../store/view-slice";
import { INSET_COPY } from "../../i18n/inset-copy";
import { formatDate, formatNumber } from "../../lib/format";
import { citeSource } from "../../lib/sources";
import type { AppState } from "../../store";
import { selectShownSourceIds } from "../../store/export-context";
import { COPY } from "../../i18n/copy";
import {
  areaShown,
  isCategorical,
  layerCaption,
  legendRowLabel,
  legendRowsIn,
  viewCaption,
  layerTitle as titleOfLayer,
} from "../../i18n/layer-title";

/** The map's WebGL canvas (DOM lookup: only MapView touches the MapLibre instance). */
function mapCanvas(): HTMLCanvasElement | null {
  const el = document.querySelector(".map canvas.maplibregl-canvas");
  return el instanceof HTMLCanvasElement ? el : null;
}

/** The inset's canvas while the inset is shown (InsetMap keeps its drawing buffer). */
function insetCanvas(): HTMLCanvasElement | null {
  const el = document.querySelector("[data-testid=inset] canvas.maplibregl-canvas");
  return el instanceof HTMLCanvasElement && el.getBoundingClientRect().width > 0 ? el : null;
}

/**
 * The part of the map canvas the PNG shows (CSS px): the area shown (the chosen department, else
 * Peru) fitted to the PNG's map area; see mapSourceRect. Margin: 2 % of the canvas height.
 */
export function pngMapSource(s: AppState, cssW: number, cssH: number): Rect {
  const cam = s.cameraView;
  if (!cam || !(cssW > 0 && cssH > 0)) return { x: 0, y: 0, w: cssW, h: cssH };
  const L = pngLayout(0, 1, 1);
  const rows =
    s.departmentCode === null
      ? null
      : (s.table?.districts.filter((d) => d.departmentCode === s.departmentCode) ?? null);
  const areaBbox = (rows && unionBbox(rows.map((d) => d.bbox))) ?? DISTRICT_TILES.bounds;
  const country = bboxOnCanvas(DISTRICT_TILES.bounds, cam.center, cam.zoom, cssW, cssH);
  const area = bboxOnCanvas(areaBbox, cam.center, cam.zoom, cssW, cssH);
  return mapSourceRect(
    area,
    cssW,
    cssH,
    openSides(country, cssW, cssH),
    // The map area between the title and footer bands (1920 × 856).
    L.width / (L.footerBand.y - L.titleBand.h),
    0.02 * cssH,
  );
}

/** What the PNG shows: the common content plus the layer's caption (what is partial in its data). */
export interface MapPngContent extends PngContent {
  /** Caption lines (partial register, partial year), drawn above the legend; empty when none. */
  caption: string[];
  lang: AppState["lang"];
}

/**
 * What the PNG shows for the current state: the same legend rows, caption and source line as the
 * Legend and the slide. Legend counts are those of the area shown (the chosen department's).
 */
export function pngContentOf(
  s: AppState,
  now: Date,
  canvas: Pick<HTMLCanvasElement, "getBoundingClientRect">,
): MapPngContent | null {
  const layer = s.mapLayer;
  if (!layer) return null;
  const t = COPY[s.lang];
  const lang = s.lang;
  const method =
    layer.method === "quantile" ? t.quantiles : layer.method === "jenks" ? t.jenks : t.fixedBreaks;
  const sources = selectShownSourceIds(s).map((id) => citeSource(s.manifest, id));
  const slide = s.presenting && s.slideIndex !== null ? s.slides[s.slideIndex] : undefined;
  const layerTitle = titleOfLayer(layer, lang);
  const area = areaShown(s.table?.districts ?? null, s.departmentCode);
  const cam = s.cameraView;
  const rect = canvas.getBoundingClientRect();
  const legendName = layer.unit[lang] || layer.label[lang];
  return {
    title: slide ? slide.title : layerTitle,
    subtitle: `${slide ? `${layerTitle} · ` : ""}${layer.unit[lang]} · ${isCategorical(layer) ? t.legendCategories(layer.classCount) : t.legendClasses(layer.classCount, method)} · ${t.appTitle}`,
    // Counts are the area's own: the legend says whose.
    legendTitle: area ? `${legendName} · ${t.legendAreaCounts(area.name)}` : legendName,
    legendRows: legendRowsIn(layer, area?.ids ?? null).map((r) => ({
      color: r.color,
      // Same text as the on-screen Legend: class names (IRS, categories) when the layer has them.
      label: legendRowLabel(layer, r, lang),
      count: formatNumber(r.count, lang, 0),
    })),
    caption: [...layerCaption(layer, lang), ...viewCaption(s, lang)],
    lang,
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

/**
 * Every text drawn in the PNG, one per line (title, subtitle, caption, legend, source, date). Stored
 * in the file as its "Description" so the image says the same to screen readers, archives and tests.
 */
export function pngDescription(c: MapPngContent): string {
  return [
    c.title,
    c.subtitle,
    ...c.caption,
    c.legendTitle,
    ...c.legendRows.map((r) => `${r.label}: ${r.count}`),
    c.source,
    c.date,
  ].join("\n");
}

const CAPTION = { font: 24, lineH: 32, pad: 16, gap: 12 } as const;

export { wrapText };

/**
 * The caption drawn as a box of its own right above the legend box (same width), amber so it reads
 * as a warning on every palette; text wrapped, never squeezed. Returns the box (null: no caption).
 */
export function drawCaption(
  ctx: CanvasRenderingContext2D,
  L: PngLayout,
  caption: readonly string[],
): { x: number; y: number; w: number; h: number } | null {
  if (caption.length === 0) return null;
  const lb = L.legendBox;
  ctx.font = `600 ${CAPTION.font}px system-ui, "Segoe UI", Roboto, Arial, sans-serif`;
  const maxW = lb.w - 2 * CAPTION.pad;
  const lines = caption.flatMap((c) => wrapText(c, maxW, (s) => ctx.measureText(s).width));
  const h = 2 * CAPTION.pad + lines.length * CAPTION.lineH;
  const box = { x: lb.x, y: lb.y - CAPTION.gap - h, w: lb.w, h };
  ctx.fillStyle = "#fff3cd";
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.strokeStyle = "#8a5a00";
  ctx.lineWidth = 2;
  ctx.strokeRect(box.x + 1, box.y + 1, box.w - 2, box.h - 2);
  ctx.fillStyle = "#3d2a00";
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  lines.forEach((line, i) => {
    ctx.fillText(line, box.x + CAPTION.pad, box.y + CAPTION.pad + (i + 1) * CAPTION.lineH - 8);
  });
  return box;
}

/** CRC-32 (IEEE 802.3, as PNG chunks use) of `bytes`. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * `png` with an iTXt chunk (UTF-8 text, uncompressed) `keyword` = `text` in language `lang`,
 * inserted right after IHDR. Returns a copy of the input when it is not a PNG starting with IHDR.
 */
export function withPngText(
  png: Uint8Array,
  keyword: string,
  text: string,
  lang: string,
): Uint8Array<ArrayBuffer> {
  const sig = [137, 80, 78, 71, 13, 10, 26, 10];
  if (png.length < 33 || sig.some((b, i) => png[i] !== b)) return Uint8Array.from(png);
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const enc = new TextEncoder();
  const body = [
    ...enc.encode("iTXt"),
    ...enc.encode(keyword),
    0, // end of keyword
    0, // not compressed
    0, // compression method
    ...enc.encode(lang),
    0,
    0, // no translated keyword
    ...enc.encode(text),
  ];
  const chunk = new Uint8Array(4 + body.length + 4);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length - 4);
  chunk.set(body, 4);
  view.setUint32(4 + body.length, crc32(Uint8Array.from(body)));
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd), 0);
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/** Compose the PNG: the map with title, legend, scale, source and date, and the caption box. */
async function composePng(
  map: HTMLCanvasElement,
  content: MapPngContent,
  source: Rect,
  inset: PngInset | undefined,
): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = PNG_SIZE.width;
  canvas.height = PNG_SIZE.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("Canvas 2D no disponible");
  const layout = drawMapImage(ctx, map, content, source, inset);
  drawCaption(ctx, layout, content.caption);
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error("No se pudo crear el PNG"))),
      "image/png",
    ),
  );
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const lang = content.lang === "es" ? "es-PE" : "en";
  return new Blob([withPngText(bytes, "Description", pngDescription(content), lang)], {
    type: "image/png",
  });
}

/** Compose and download the PNG of the current map (file "mapa-<layer>-<date>.png"). */
export async function exportMapPng(s: AppState): Promise<void> {
  const canvas = mapCanvas();
  const now = new Date();
  const content = canvas ? pngContentOf(s, now, canvas) : null;
  if (!canvas || !content) throw new Error("no map");
  const ic = insetCanvas();
  const ir = ic?.getBoundingClientRect();
  const inset =
    ic && ir
      ? { canvas: ic, cssWidth: ir.width, cssHeight: ir.height, title: INSET_COPY[s.lang].title }
      : undefined;
  const source = pngMapSource(s, content.mapCssWidth, content.mapCssHeight);
  const blob = await composePng(canvas, content, source, inset);
  const day = now.toISOString().slice(0, 10);
  downloadBlob(blob, `mapa-${s.mapLayer?.layerId ?? "capa"}-${day}.png`);
}
