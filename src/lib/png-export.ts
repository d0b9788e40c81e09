/**
 * PNG of the map at presentation resolution with title, legend, scale, source and date drawn in.
 * Composed on a 2D canvas from the WebGL canvas (MapView sets preserveDrawingBuffer), text with
 * fillText only. The layout is a pure function so tests can find the legend swatches in the file.
 */

export const PNG_SIZE = { width: 1920, height: 1080 } as const;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PngLegendRow {
  color: string;
  label: string;
  /** Right-aligned count ("123"); empty for none. */
  count: string;
}

export interface PngContent {
  title: string;
  subtitle: string;
  legendTitle: string;
  legendRows: PngLegendRow[];
  source: string;
  /** Date line, e.g. "Exportado el 3 de mayo de 2025 · Datos compilados el …". */
  date: string;
  /** Scale bar: metres per CSS pixel at the map centre and the map canvas's CSS size. */
  metresPerCssPx: number;
  mapCssWidth: number;
  mapCssHeight: number;
  /** e.g. (m) => "50 km". */
  formatDistance: (metres: number) => string;
}

export interface PngLayout {
  width: number;
  height: number;
  titleBand: Rect;
  legendBox: Rect;
  /** One per legend row, in order. */
  swatches: Rect[];
  footerBand: Rect;
  scaleOrigin: { x: number; y: number };
  /** Output pixels per CSS pixel of the map (contain fit). */
  mapScale: number;
  /** Where the map image goes (between the bands, centred). */
  mapRect: Rect;
}

const TITLE_H = 120;
const FOOTER_H = 64;
const LEGEND_W = 520;
const ROW_H = 52;
const SWATCH = { w: 64, h: 36 };
const LEGEND_HEADER_H = 64;
const MARGIN = 32;

/**
 * Positions of everything on the output image. The map fits between the title and footer bands
 * (scale s = min(W/w, (H − title − footer)/h), centred, nothing cropped; the margins take the map's
 * background colour). Legend box at the bottom left above the footer: header + one row of ROW_H
 * per legend row.
 */
export function pngLayout(
  rowCount: number,
  mapCssWidth: number,
  mapCssHeight: number,
  size: { width: number; height: number } = PNG_SIZE,
): PngLayout {
  const { width, height } = size;
  const legendH = LEGEND_HEADER_H + rowCount * ROW_H + 16;
  const legendBox: Rect = {
    x: MARGIN,
    y: height - FOOTER_H - MARGIN - legendH,
    w: LEGEND_W,
    h: legendH,
  };
  const swatches = Array.from({ length: rowCount }, (_, i) => ({
    x: legendBox.x + 20,
    y: legendBox.y + LEGEND_HEADER_H + i * ROW_H + (ROW_H - SWATCH.h) / 2,
    w: SWATCH.w,
    h: SWATCH.h,
  }));
  const areaH = height - TITLE_H - FOOTER_H;
  const s =
    mapCssWidth > 0 && mapCssHeight > 0 ? Math.min(width / mapCssWidth, areaH / mapCssHeight) : 1;
  const mw = mapCssWidth * s;
  const mh = mapCssHeight * s;
  return {
    width,
    height,
    titleBand: { x: 0, y: 0, w: width, h: TITLE_H },
    legendBox,
    swatches,
    footerBand: { x: 0, y: height - FOOTER_H, w: width, h: FOOTER_H },
    scaleOrigin: { x: width - MARGIN, y: height - FOOTER_H - MARGIN },
    mapScale: s,
    mapRect: { x: (width - mw) / 2, y: TITLE_H + (areaH - mh) / 2, w: mw, h: mh },
  };
}

/**
 * Ground metres per CSS pixel for Web Mercator at latitude `latDeg` and zoom `zoom` with MapLibre's
 * 512-px tiles: 40 075 016.686 · cos(lat) / (512 · 2^zoom). E.g. equator, zoom 0 → 78 271.5 m.
 */
export function metresPerPixel(latDeg: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((latDeg * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * Longest "nice" scale bar (1, 2 or 5 × 10^n metres) not longer than `maxPx` pixels, given
 * `metresPerPx`. Returns its length in pixels and metres. metresPerPx ≤ 0 or not finite → null.
 */
export function niceScaleBar(
  metresPerPx: number,
  maxPx: number,
): { px: number; metres: number } | null {
  if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx) || !(maxPx > 0)) return null;
  const maxM = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((k) => k * pow <= maxM) ?? 1;
  const metres = step * pow;
  return { px: metres / metresPerPx, metres };
}

/** Draw the composed image on `ctx` (sized layout.width × layout.height). */
export function drawMapImage(
  ctx: CanvasRenderingContext2D,
  mapCanvas: CanvasImageSource,
  content: PngContent,
): PngLayout {
  const L = pngLayout(content.legendRows.length, content.mapCssWidth, content.mapCssHeight);
  ctx.fillStyle = "#dfe9f0";
  ctx.fillRect(0, 0, L.width, L.height);
  ctx.drawImage(mapCanvas, L.mapRect.x, L.mapRect.y, L.mapRect.w, L.mapRect.h);

  const font = (px: number, weight = 400) =>
    `${weight} ${px}px system-ui, "Segoe UI", Roboto, Arial, sans-serif`;
  const band = (r: Rect) => {
    ctx.fillStyle = "rgba(255,255,255,0.94)";
    ctx.fillRect(r.x, r.y, r.w, r.h);
  };

  band(L.titleBand);
  ctx.fillStyle = "#111111";
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  ctx.font = font(46, 700);
  ctx.fillText(content.title, MARGIN, 60, L.width - 2 * MARGIN);
  ctx.fillStyle = "#333333";
  ctx.font = font(26);
  ctx.fillText(content.subtitle, MARGIN, 100, L.width - 2 * MARGIN);

  const lb = L.legendBox;
  ctx.fillStyle = "rgba(255,255,255,0.96)";
  ctx.fillRect(lb.x, lb.y, lb.w, lb.h);
  ctx.strokeStyle = "#555555";
  ctx.lineWidth = 1;
  ctx.strokeRect(lb.x + 0.5, lb.y + 0.5, lb.w - 1, lb.h - 1);
  ctx.fillStyle = "#111111";
  ctx.font = font(26, 700);
  ctx.fillText(content.legendTitle, lb.x + 20, lb.y + 42, lb.w - 40);
  content.legendRows.forEach((row, i) => {
    const sw = L.swatches[i];
    if (!sw) return;
    ctx.fillStyle = row.color;
    ctx.fillRect(sw.x, sw.y, sw.w, sw.h);
    ctx.strokeStyle = "#444444";
    ctx.strokeRect(sw.x + 0.5, sw.y + 0.5, sw.w - 1, sw.h - 1);
    ctx.fillStyle = "#111111";
    ctx.font = font(26);
    const mid = sw.y + sw.h / 2 + 9;
    ctx.textAlign = "left";
    ctx.fillText(row.label, sw.x + sw.w + 18, mid, lb.w - sw.w - 150);
    ctx.textAlign = "right";
    ctx.fillStyle = "#444444";
    ctx.fillText(row.count, lb.x + lb.w - 20, mid);
  });
  ctx.textAlign = "left";

  const bar = niceScaleBar(content.metresPerCssPx / L.mapScale, 260);
  if (bar) {
    const { x, y } = L.scaleOrigin;
    const x0 = x - bar.px;
    ctx.fillStyle = "rgba(255,255,255,0.94)";
    ctx.fillRect(x0 - 16, y - 52, bar.px + 32, 68);
    ctx.fillStyle = "#111111";
    ctx.fillRect(x0, y - 8, bar.px, 8);
    ctx.fillRect(x0, y - 20, 3, 20);
    ctx.fillRect(x - 3, y - 20, 3, 20);
    ctx.font = font(24);
    ctx.textAlign = "center";
    ctx.fillText(content.formatDistance(bar.metres), x0 + bar.px / 2, y - 26);
    ctx.textAlign = "left";
  }

  band(L.footerBand);
  ctx.fillStyle = "#222222";
  ctx.font = font(22);
  // The date keeps its natural width; the source line takes the rest (squeezed only if it must).
  const dateW = Math.min(ctx.measureText(content.date).width, L.width * 0.45);
  ctx.fillText(content.source, MARGIN, L.height - 24, L.width - 3 * MARGIN - dateW);
  ctx.textAlign = "right";
  ctx.fillText(content.date, L.width - MARGIN, L.height - 24, dateW);
  ctx.textAlign = "left";
  return L;
}

/** Compose the PNG of `mapCanvas` and resolve with its Blob (rejects when the browser cannot). */
export function composeMapPng(mapCanvas: HTMLCanvasElement, content: PngContent): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = PNG_SIZE.width;
  canvas.height = PNG_SIZE.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("Canvas 2D no disponible"));
  drawMapImage(ctx, mapCanvas, content);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error("No se pudo crear el PNG"))),
      "image/png",
    ),
  );
}

/** Offer a Blob as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
