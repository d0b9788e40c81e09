/**
 * PNG of the map at presentation resolution with title, legend, scale, source and date drawn in.
 * Composed on a 2D canvas from the WebGL canvas (MapView sets preserveDrawingBuffer), text with
 * fillText only. The layout is a pure function so tests can find the legend swatches in the file.
 */

import { BACKGROUND_COLOR } from "../config/palettes";

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

/** Which sides of the map canvas the drawn country reaches past (content may touch that edge). */
export interface OpenSides {
  left: boolean;
  right: boolean;
  top: boolean;
  bottom: boolean;
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
/**
 * Room for the footer: up to four lines of 20 px at 1.25 line height (source wrapped over three,
 * the date) plus 4 px. Fixed, so the legend box and its swatches sit where tests compute them.
 */
const FOOTER_H = 104;
/**
 * No text in the PNG is drawn smaller than this: at 20 px even capitals stand ≥ 14 px tall, so a
 * projected 1080-px image stays readable (issue 12).
 */
export const MIN_FONT_PX = 20;
const LEGEND_W = 520;
const ROW_H = 52;
const SWATCH = { w: 64, h: 36 };
const LEGEND_HEADER_H = 64;
const MARGIN = 32;

/**
 * Positions of everything on the output image. The map part `mapCssWidth` × `mapCssHeight` (CSS
 * px; see mapSourceRect, which gives it the area's own aspect) fits between the title and footer
 * bands: scale s = min(W/w, (H − title − footer)/h), centred. Legend box at the bottom left above the footer: header + one row of ROW_H
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
 * Pixel position (CSS px) of `lonLat` on a map canvas `width` × `height` whose centre is `center` at
 * `zoom`, in Web Mercator with MapLibre's 512-px world: x = (lon + 180)/360 · 512·2^zoom,
 * y = (1/2 − ln tan(π/4 + φ/2) / 2π) · 512·2^zoom, both taken relative to the centre's and shifted
 * by half the canvas. E.g. centre [0, 0], zoom 0, 512 × 512: [90, 0] → (384, 256).
 */
export function projectToCanvas(
  lonLat: readonly [number, number],
  center: readonly [number, number],
  zoom: number,
  width: number,
  height: number,
): { x: number; y: number } {
  const world = 512 * 2 ** zoom;
  const mx = (lon: number) => ((lon + 180) / 360) * world;
  const my = (lat: number) => {
    const phi = (lat * Math.PI) / 180;
    return (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * world;
  };
  return {
    x: mx(lonLat[0]) - mx(center[0]) + width / 2,
    y: my(lonLat[1]) - my(center[1]) + height / 2,
  };
}

/** The canvas rectangle (CSS px) of a [west, south, east, north] box, as projectToCanvas places it. */
export function bboxOnCanvas(
  bbox: readonly [number, number, number, number],
  center: readonly [number, number],
  zoom: number,
  width: number,
  height: number,
): Rect {
  const nw = projectToCanvas([bbox[0], bbox[3]], center, zoom, width, height);
  const se = projectToCanvas([bbox[2], bbox[1]], center, zoom, width, height);
  return { x: nw.x, y: nw.y, w: se.x - nw.x, h: se.y - nw.y };
}

/**
 * Which canvas edges the drawn country (`country`, its rectangle on the canvas) reaches or passes.
 * Past a closed side there is only background, so the PNG may show more there than the canvas
 * holds without a visible seam; past an open side the map would end in a straight cut.
 */
export function openSides(country: Rect, canvasW: number, canvasH: number): OpenSides {
  return {
    left: country.x <= 0,
    right: country.x + country.w >= canvasW,
    top: country.y <= 0,
    bottom: country.y + country.h >= canvasH,
  };
}

/**
 * The part of the map canvas (CSS px) the PNG's map area shows, of aspect `aspect` (= area width /
 * height) so it fills the area with no margin:
 * 1. R = `interest` (the area shown: a department, or Peru) grown by `pad` on each side and kept
 *    inside the canvas on open sides (see openSides); R = the whole canvas when nothing is left.
 * 2. S = the smallest rectangle of that aspect holding R, centred on R.
 * 3. S may not be wider (taller) than the canvas when both sides of that axis are open: it then
 *    shrinks to the canvas's width (height), keeping the aspect, and loses some of R.
 * 4. S is shifted back inside the canvas on open sides.
 * So the map fills the frame (Peru is no longer a third of the image), and wherever the image shows
 * more than the canvas it is over background, never a straight cut through districts.
 */
export function mapSourceRect(
  interest: Rect | null,
  canvasW: number,
  canvasH: number,
  open: OpenSides,
  aspect: number,
  pad = 0,
): Rect {
  const ax0 = open.left ? 0 : -Infinity;
  const ax1 = open.right ? canvasW : Infinity;
  const ay0 = open.top ? 0 : -Infinity;
  const ay1 = open.bottom ? canvasH : Infinity;
  let x0 = Math.max(ax0, (interest?.x ?? 0) - pad);
  let x1 = Math.min(ax1, interest ? interest.x + interest.w + pad : canvasW);
  let y0 = Math.max(ay0, (interest?.y ?? 0) - pad);
  let y1 = Math.min(ay1, interest ? interest.y + interest.h + pad : canvasH);
  if (!(x1 > x0 && y1 > y0) || !interest) {
    [x0, x1, y0, y1] = [0, canvasW, 0, canvasH];
  }
  let w = x1 - x0;
  let h = y1 - y0;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  if (w > ax1 - ax0) {
    w = ax1 - ax0;
    h = w / aspect;
  }
  if (h > ay1 - ay0) {
    h = ay1 - ay0;
    w = h * aspect;
  }
  let x = (x0 + x1) / 2 - w / 2;
  let y = (y0 + y1) / 2 - h / 2;
  if (x < ax0) x = ax0;
  if (x + w > ax1) x = ax1 - w;
  if (y < ay0) y = ay0;
  if (y + h > ay1) y = ay1 - h;
  return { x, y, w, h };
}

/**
 * drawImage arguments that show `source` (CSS px of a canvas `canvasW` × `canvasH` drawn at
 * `pixelRatio` device px per CSS px) in `dest`: the part of `source` outside the canvas is cut
 * off and `dest` shrinks by the same share, so nothing is stretched. null when they do not overlap.
 */
export function clipDrawArgs(
  source: Rect,
  canvasW: number,
  canvasH: number,
  pixelRatio: number,
  dest: Rect,
): {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  dx: number;
  dy: number;
  dw: number;
  dh: number;
} | null {
  const x0 = Math.max(0, source.x);
  const y0 = Math.max(0, source.y);
  const x1 = Math.min(canvasW, source.x + source.w);
  const y1 = Math.min(canvasH, source.y + source.h);
  if (!(x1 > x0 && y1 > y0)) return null;
  const kx = dest.w / source.w;
  const ky = dest.h / source.h;
  return {
    sx: x0 * pixelRatio,
    sy: y0 * pixelRatio,
    sw: (x1 - x0) * pixelRatio,
    sh: (y1 - y0) * pixelRatio,
    dx: dest.x + (x0 - source.x) * kx,
    dy: dest.y + (y0 - source.y) * ky,
    dw: (x1 - x0) * kx,
    dh: (y1 - y0) * ky,
  };
}

/** Greedy word wrap of `text` into lines no wider than `maxW` as `measure` says. */
export function wrapText(text: string, maxW: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(next) > maxW) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** `text` cut (by characters) with "…" until `measure` says it fits in `maxW`. */
function ellipsize(text: string, maxW: number, measure: (s: string) => number): string {
  if (measure(text) <= maxW) return text;
  let t = text;
  while (t.length > 1 && measure(`${t}…`) > maxW) t = t.slice(0, -1).trimEnd();
  return `${t}…`;
}

/**
 * Text set at the first size in `options` (largest first) where it wraps into at most that
 * option's line count within `maxW`; never squeezed sideways. If even the last option is too
 * small a box, its lines are kept and the last one ends in "…" (the full text is in the PNG's
 * description). `measure(s, px)` is the width of `s` at font size `px`.
 */
export function fitText(
  text: string,
  maxW: number,
  options: readonly { px: number; maxLines: number }[],
  measure: (s: string, px: number) => number,
): { px: number; lines: string[] } {
  let last: { px: number; lines: string[] } = { px: MIN_FONT_PX, lines: [] };
  for (const o of options) {
    const m = (s: string) => measure(s, o.px);
    const lines = wrapText(text, maxW, m);
    if (lines.length <= o.maxLines && lines.every((l) => m(l) <= maxW)) return { px: o.px, lines };
    const kept = lines.slice(0, o.maxLines);
    const cut = kept.length < lines.length;
    last = {
      px: o.px,
      lines: kept.map((l, i) =>
        cut && i === kept.length - 1 ? ellipsize(`${l}…`, maxW, m) : ellipsize(l, maxW, m),
      ),
    };
  }
  return last;
}

/** Footer lines: the source wrapped (never squeezed) and the date, right-aligned. */
export interface FooterText {
  px: number;
  lineH: number;
  /** Lines from the top; `right` = the date, right-aligned (alone or after the last source line). */
  lines: { left: string; right: string }[];
}

/**
 * Footer text within `maxW`: 22 px if the source takes at most two lines, else 20 px (MIN_FONT_PX)
 * and up to three lines; the date on the source's last line when it fits there after a 40-px gap,
 * otherwise on a line of its own. Line height 1.25 × the size: four lines of 20 px (25 px) fit the
 * 104-px footer.
 */
export function footerText(
  source: string,
  date: string,
  maxW: number,
  measure: (s: string, px: number) => number,
): FooterText {
  const fit = fitText(
    source,
    maxW,
    [
      { px: 22, maxLines: 2 },
      { px: MIN_FONT_PX, maxLines: 3 },
    ],
    measure,
  );
  const px = fit.px;
  const lines = fit.lines.map((l) => ({ left: l, right: "" }));
  const last = lines[lines.length - 1];
  if (date !== "") {
    if (last && measure(last.left, px) + 40 + measure(date, px) <= maxW) last.right = date;
    else lines.push({ left: "", right: ellipsize(date, maxW, (s) => measure(s, px)) });
  }
  return { px, lineH: px * 1.25, lines };
}

/** The inset (Lima Metropolitana y Callao) in the PNG: framed box, title, map. */
export interface InsetBox {
  box: Rect;
  /** Baseline of the first title line, left edge; further lines INSET.lineH below. */
  titleAt: { x: number; y: number };
  titlePx: number;
  titleLineH: number;
  map: Rect;
}

export const INSET = { w: 360, pad: 12, titlePx: 24, lineH: 30, maxMapH: 480 } as const;

/**
 * Inset box at the top right of the map area, 32 px below the title band: 360 px wide, a title of
 * `titleLines` lines of 30 px plus 12 px padding above and below, then the inset map at its own
 * aspect (`aspect` = width / height) inside 12-px padding, its height capped at 480 px (the width
 * then shrinks to keep the aspect, the box stays right-aligned).
 */
export function insetBox(L: PngLayout, aspect: number, titleLines = 1): InsetBox {
  let mapW: number = INSET.w - 2 * INSET.pad;
  let mapH = mapW / aspect;
  if (mapH > INSET.maxMapH) {
    mapH = INSET.maxMapH;
    mapW = mapH * aspect;
  }
  const titleH = 2 * INSET.pad + titleLines * INSET.lineH;
  const w = mapW + 2 * INSET.pad;
  const h = titleH + mapH + INSET.pad;
  const x = L.width - MARGIN - w;
  const y = L.titleBand.h + MARGIN;
  return {
    box: { x, y, w, h },
    // Baseline ~ 0.8 of the line below its top.
    titleAt: { x: x + INSET.pad, y: y + INSET.pad + INSET.lineH * 0.8 },
    titlePx: INSET.titlePx,
    titleLineH: INSET.lineH,
    map: { x: x + INSET.pad, y: y + titleH, w: mapW, h: mapH },
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

/** The inset map to draw in the PNG: its canvas (preserveDrawingBuffer) and title. */
export interface PngInset {
  canvas: CanvasImageSource;
  /** Canvas size in CSS px (its aspect sets the box). */
  cssWidth: number;
  cssHeight: number;
  title: string;
}

const FONT_STACK = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';
const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT_STACK}`;

/** Draw `lines` at `px` starting with the first baseline at `y`, `lineH` apart. */
function drawLines(
  ctx: CanvasRenderingContext2D,
  lines: readonly string[],
  x: number,
  y: number,
  lineH: number,
): void {
  lines.forEach((l, i) => ctx.fillText(l, x, y + i * lineH));
}

/**
 * Draw the composed image on `ctx` (sized layout.width × layout.height). `source` is the part of
 * the map canvas shown (CSS px, the map area's aspect; see mapSourceRect); default the whole canvas.
 * Texts are wrapped or set smaller down to MIN_FONT_PX, never squeezed (no fillText maxWidth).
 */
export function drawMapImage(
  ctx: CanvasRenderingContext2D,
  mapCanvas: CanvasImageSource & { width: number },
  content: PngContent,
  source?: Rect,
  inset?: PngInset,
): PngLayout {
  const src = source ?? { x: 0, y: 0, w: content.mapCssWidth, h: content.mapCssHeight };
  const L = pngLayout(content.legendRows.length, src.w, src.h);
  const measure = (text: string, px: number, weight = 400) => {
    ctx.font = font(px, weight);
    return ctx.measureText(text).width;
  };
  ctx.fillStyle = BACKGROUND_COLOR;
  ctx.fillRect(0, 0, L.width, L.height);
  const pixelRatio = content.mapCssWidth > 0 ? mapCanvas.width / content.mapCssWidth : 1;
  const args = clipDrawArgs(src, content.mapCssWidth, content.mapCssHeight, pixelRatio, L.mapRect);
  if (args)
    ctx.drawImage(
      mapCanvas,
      args.sx,
      args.sy,
      args.sw,
      args.sh,
      args.dx,
      args.dy,
      args.dw,
      args.dh,
    );

  const band = (r: Rect) => {
    ctx.fillStyle = "rgba(255,255,255,0.94)";
    ctx.fillRect(r.x, r.y, r.w, r.h);
  };

  band(L.titleBand);
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  const textW = L.width - 2 * MARGIN;
  const title = fitText(
    content.title,
    textW,
    [46, 40, 34, 28].map((px) => ({ px, maxLines: 1 })),
    (t, px) => measure(t, px, 700),
  );
  ctx.fillStyle = "#111111";
  ctx.font = font(title.px, 700);
  drawLines(ctx, title.lines, MARGIN, 60, 0);
  const subtitle = fitText(
    content.subtitle,
    textW,
    [26, 22, MIN_FONT_PX].map((px) => ({ px, maxLines: 1 })),
    measure,
  );
  ctx.fillStyle = "#333333";
  ctx.font = font(subtitle.px);
  drawLines(ctx, subtitle.lines, MARGIN, 100, 0);

  const lb = L.legendBox;
  ctx.fillStyle = "rgba(255,255,255,0.96)";
  ctx.fillRect(lb.x, lb.y, lb.w, lb.h);
  ctx.strokeStyle = "#555555";
  ctx.lineWidth = 1;
  ctx.strokeRect(lb.x + 0.5, lb.y + 0.5, lb.w - 1, lb.h - 1);
  ctx.fillStyle = "#111111";
  const head = fitText(
    content.legendTitle,
    lb.w - 40,
    [
      { px: 26, maxLines: 1 },
      { px: 22, maxLines: 1 },
      { px: MIN_FONT_PX, maxLines: 2 },
    ],
    (t, px) => measure(t, px, 700),
  );
  ctx.font = font(head.px, 700);
  const headLineH = head.px * 1.15;
  // Centred in the 64-px header (one line: baseline at 42 as before).
  const headTop = lb.y + (LEGEND_HEADER_H - head.lines.length * headLineH) / 2 + 4;
  drawLines(ctx, head.lines, lb.x + 20, headTop + head.px * 0.9, headLineH);
  content.legendRows.forEach((row, i) => {
    const sw = L.swatches[i];
    if (!sw) return;
    ctx.fillStyle = row.color;
    ctx.fillRect(sw.x, sw.y, sw.w, sw.h);
    ctx.strokeStyle = "#444444";
    ctx.strokeRect(sw.x + 0.5, sw.y + 0.5, sw.w - 1, sw.h - 1);
    ctx.textAlign = "right";
    ctx.fillStyle = "#444444";
    ctx.font = font(26);
    const mid = sw.y + sw.h / 2 + 9;
    ctx.fillText(row.count, lb.x + lb.w - 20, mid);
    const countW = measure(row.count, 26);
    const labelX = sw.x + sw.w + 18;
    const label = fitText(
      row.label,
      lb.x + lb.w - 20 - countW - 16 - labelX,
      [
        { px: 26, maxLines: 1 },
        { px: 22, maxLines: 1 },
        { px: MIN_FONT_PX, maxLines: 2 },
      ],
      measure,
    );
    ctx.textAlign = "left";
    ctx.fillStyle = "#111111";
    ctx.font = font(label.px);
    const lh = label.px * 1.15;
    const top = sw.y + sw.h / 2 - (label.lines.length * lh) / 2;
    drawLines(ctx, label.lines, labelX, top + label.px * 0.85, lh);
  });
  ctx.textAlign = "left";

  if (inset) drawInset(ctx, L, inset, measure);

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
  const foot = footerText(content.source, content.date, textW, measure);
  ctx.font = font(foot.px);
  const footTop = L.footerBand.y + (L.footerBand.h - foot.lines.length * foot.lineH) / 2;
  foot.lines.forEach((line, i) => {
    const y = footTop + i * foot.lineH + foot.px * 0.95;
    ctx.textAlign = "left";
    if (line.left) ctx.fillText(line.left, MARGIN, y);
    ctx.textAlign = "right";
    if (line.right) ctx.fillText(line.right, L.width - MARGIN, y);
  });
  ctx.textAlign = "left";
  return L;
}

/** The inset: white framed box, its title (wrapped), the inset map at its own aspect. */
function drawInset(
  ctx: CanvasRenderingContext2D,
  L: PngLayout,
  inset: PngInset,
  measure: (t: string, px: number, weight?: number) => number,
): void {
  if (!(inset.cssWidth > 0 && inset.cssHeight > 0)) return;
  const aspect = inset.cssWidth / inset.cssHeight;
  const probe = insetBox(L, aspect);
  const title = fitText(
    inset.title,
    probe.box.w - 2 * INSET.pad,
    [{ px: INSET.titlePx, maxLines: 2 }],
    (t, px) => measure(t, px, 700),
  );
  const B = insetBox(L, aspect, Math.max(1, title.lines.length));
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(B.box.x, B.box.y, B.box.w, B.box.h);
  ctx.drawImage(inset.canvas, B.map.x, B.map.y, B.map.w, B.map.h);
  ctx.strokeStyle = "#333333";
  ctx.lineWidth = 2;
  ctx.strokeRect(B.box.x + 1, B.box.y + 1, B.box.w - 2, B.box.h - 2);
  ctx.lineWidth = 1;
  ctx.strokeStyle = "#777777";
  ctx.strokeRect(B.map.x - 0.5, B.map.y - 0.5, B.map.w + 1, B.map.h + 1);
  ctx.fillStyle = "#111111";
  ctx.font = font(title.px, 700);
  ctx.textAlign = "left";
  drawLines(ctx, title.lines, B.titleAt.x, B.titleAt.y, B.titleLineH);
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
