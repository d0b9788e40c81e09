import { describe, expect, it } from "vitest";
import {
  bboxOnCanvas,
  clipDrawArgs,
  fitText,
  footerText,
  insetBox,
  mapSourceRect,
  metresPerPixel,
  MIN_FONT_PX,
  niceScaleBar,
  openSides,
  pngLayout,
  PNG_SIZE,
  projectToCanvas,
} from "./png-export";

describe("metresPerPixel", () => {
  it("is 40 075 016.686 / 512 at the equator, zoom 0, and halves per zoom level", () => {
    // 40 075 016.686 / 512 = 78 271.517 m per px.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
    expect(metresPerPixel(0, 1)).toBeCloseTo(39_135.758, 2);
  });

  it("shrinks with cos(latitude)", () => {
    // cos 60° = 0.5 → 39 135.758 m per px at zoom 0.
    expect(metresPerPixel(60, 0)).toBeCloseTo(39_135.758, 2);
  });
});

describe("niceScaleBar", () => {
  it("picks the longest 1-2-5 length that fits", () => {
    // 100 m/px, 260 px → at most 26 000 m; 5×10⁴ is too long, 2×10⁴ = 20 000 m fits → 200 px.
    expect(niceScaleBar(100, 260)).toEqual({ px: 200, metres: 20_000 });
    // 10 m/px, 260 px → 2 600 m → 2 000 m = 200 px.
    expect(niceScaleBar(10, 260)).toEqual({ px: 200, metres: 2_000 });
    // 1 m/px, 60 px → 60 m → 50 m = 50 px.
    expect(niceScaleBar(1, 60)).toEqual({ px: 50, metres: 50 });
  });

  it("returns null for a degenerate scale", () => {
    expect(niceScaleBar(0, 100)).toBeNull();
    expect(niceScaleBar(Number.NaN, 100)).toBeNull();
  });
});

describe("pngLayout", () => {
  it("puts one swatch per legend row inside the legend box, stacked without overlap", () => {
    const L = pngLayout(6, 1400, 900);
    expect(L.swatches).toHaveLength(6);
    for (const [i, s] of L.swatches.entries()) {
      expect(s.x).toBeGreaterThanOrEqual(L.legendBox.x);
      expect(s.y + s.h).toBeLessThanOrEqual(L.legendBox.y + L.legendBox.h);
      const next = L.swatches[i + 1];
      if (next) expect(next.y).toBeGreaterThanOrEqual(s.y + s.h);
    }
    expect(L.legendBox.y + L.legendBox.h).toBeLessThanOrEqual(L.footerBand.y);
    expect(L.legendBox.y).toBeGreaterThanOrEqual(L.titleBand.h);
  });

  it("fits the map between the title and footer bands (contain fit, centred)", () => {
    // Area 1920 × (1080 − 120 − 104) = 1920 × 856. 1400×900 CSS px: s = min(1920/1400, 856/900)
    // = min(1.3714, 0.95111) = 0.95111 → map 1331.56 × 856, x = (1920 − 1331.56)/2 = 294.22.
    const L = pngLayout(6, 1400, 900);
    expect(L.mapScale).toBeCloseTo(856 / 900, 6);
    expect(L.mapRect.w).toBeCloseTo(1331.56, 2);
    expect(L.mapRect.x).toBeCloseTo(294.22, 2);
    expect(L.mapRect.y).toBe(120);
    expect(L.mapRect.y + L.mapRect.h).toBeCloseTo(L.footerBand.y, 6);
    expect(L.width).toBe(PNG_SIZE.width);
  });
});

describe("projectToCanvas / bboxOnCanvas", () => {
  it("places lon/lat in Web Mercator pixels around the centre", () => {
    // Zoom 0: world 512 px. lon 90 → (270/360)·512 = 384; centre lon 0 → 256; + 512/2 − 256 = 384.
    expect(projectToCanvas([90, 0], [0, 0], 0, 512, 512)).toEqual({ x: 384, y: 256 });
    // lat 85.0511° is the top of the Mercator square: y = 0.
    expect(projectToCanvas([0, 85.0511287798], [0, 0], 0, 512, 512).y).toBeCloseTo(0, 3);
    // Zoom 1 doubles distances from the centre: lon 90 → 256 + 2·128 = 512.
    expect(projectToCanvas([90, 0], [0, 0], 1, 512, 512).x).toBeCloseTo(512, 9);
  });

  it("turns a [w, s, e, n] box into its canvas rectangle", () => {
    // [−90, 0, 90, 85.0511] at zoom 0, 512 × 512 centred on [0, 0]: x 128 … 384, y 0 … 256.
    const r = bboxOnCanvas([-90, 0, 90, 85.0511287798], [0, 0], 0, 512, 512);
    expect(r.x).toBeCloseTo(128, 9);
    expect(r.w).toBeCloseTo(256, 9);
    expect(r.y).toBeCloseTo(0, 3);
    expect(r.h).toBeCloseTo(256, 3);
  });
});

describe("mapSourceRect (the part of the map canvas the PNG shows)", () => {
  const closed = { left: false, right: false, top: false, bottom: false };

  it("fits the whole country to the frame when it lies inside the canvas (national view)", () => {
    // Peru 500 × 728 at (600, 20) on 1366 × 768, frame aspect 2: h = 728, w = 1456, centred on
    // x = 850 → x = 122. The frame is filled by Peru's height (before: the whole 1366-wide canvas).
    const S = mapSourceRect({ x: 600, y: 20, w: 500, h: 728 }, 1366, 768, closed, 2);
    expect(S).toEqual({ x: 122, y: 20, w: 1456, h: 728 });
  });

  it("crops instead of adding margins when the map runs past every canvas edge", () => {
    // Zoomed in: the country covers the canvas. R = canvas 1366 × 768 (aspect 1.779 < 2), so
    // w = 768 · 2 = 1536 > 1366 → w = 1366, h = 683, y = 384 − 341.5 = 42.5: inside the canvas.
    const all = { left: true, right: true, top: true, bottom: true };
    const area = { x: -5000, y: -5000, w: 20000, h: 20000 };
    expect(mapSourceRect(area, 1366, 768, all, 2)).toEqual({ x: 0, y: 42.5, w: 1366, h: 683 });
  });

  it("never lets the image pass an open edge (no straight cut through districts)", () => {
    // Country runs past the right edge only. R = x 400 … 1000, y 50 … 650 (600 × 600) → w 1200,
    // centred at 700 → x = 100, right end 1300 > 1000 → shifted to x = −200 (left of the canvas is
    // background only), so the image's right edge is the canvas's right edge.
    const open = openSides({ x: 400, y: 50, w: 1200, h: 600 }, 1000, 700);
    expect(open).toEqual({ left: false, right: true, top: false, bottom: false });
    const S = mapSourceRect({ x: 400, y: 50, w: 1200, h: 600 }, 1000, 700, open, 2);
    expect(S).toEqual({ x: -200, y: 50, w: 1200, h: 600 });
    expect(S.x + S.w).toBeLessThanOrEqual(1000);
  });

  it("adds the margin and falls back to the whole canvas when the area is off-screen", () => {
    // pad 10: R = 590 … 1110 × 10 … 758 (520 × 748) → h 748, w 1496, x = 850 − 748 = 102, y = 10.
    const S = mapSourceRect({ x: 600, y: 20, w: 500, h: 728 }, 1366, 768, closed, 2, 10);
    expect(S).toEqual({ x: 102, y: 10, w: 1496, h: 748 });
    const all = { left: true, right: true, top: true, bottom: true };
    // Off-screen area: R = canvas 800 × 400, aspect 2 exactly → the canvas itself.
    const off = mapSourceRect({ x: 2000, y: 0, w: 10, h: 10 }, 800, 400, all, 2);
    expect(off).toEqual({ x: 0, y: 0, w: 800, h: 400 });
  });
});

describe("clipDrawArgs", () => {
  it("cuts the source to the canvas and shrinks the destination by the same share", () => {
    // Source (−200, 50) 1200 × 600 of a 1000 × 700 canvas at pixel ratio 2, into 1920 × 960 at
    // y 120: scale 1.6. Visible x 0 … 1000, y 50 … 650 → device px (0, 100) 2000 × 1200; dest
    // x = 200 · 1.6 = 320, w = 1000 · 1.6 = 1600, y = 120, h = 960.
    const a = clipDrawArgs({ x: -200, y: 50, w: 1200, h: 600 }, 1000, 700, 2, {
      x: 0,
      y: 120,
      w: 1920,
      h: 960,
    });
    expect(a).toEqual({ sx: 0, sy: 100, sw: 2000, sh: 1200, dx: 320, dy: 120, dw: 1600, dh: 960 });
  });

  it("is null when the source misses the canvas", () => {
    expect(clipDrawArgs({ x: 2000, y: 0, w: 10, h: 10 }, 1000, 700, 1, PNG_RECT)).toBeNull();
  });
});
const PNG_RECT = { x: 0, y: 0, w: 100, h: 100 };

/** Fixture measure: every character is half the font size wide (no canvas in node). */
const halfEm = (s: string, px: number) => s.length * (px / 2);

describe("fitText (wrap, then smaller, never squeezed)", () => {
  it("takes the first size whose wrap fits the line budget", () => {
    // "aaaa bbbb cccc" in 100 px. 26 px (13/char): 3 lines > 1. 20 px (10/char): "aaaa bbbb" =
    // 90 ≤ 100, then "cccc" → 2 lines ≤ 2.
    const r = fitText(
      "aaaa bbbb cccc",
      100,
      [
        { px: 26, maxLines: 1 },
        { px: 20, maxLines: 2 },
      ],
      halfEm,
    );
    expect(r).toEqual({ px: 20, lines: ["aaaa bbbb", "cccc"] });
  });

  it("ends with an ellipsis when even the last size is too big for its lines", () => {
    // 26 px: lines "aaaa", "bbbb", "cccc"; one kept → "aaaa…" (5 · 13 = 65 ≤ 100).
    expect(fitText("aaaa bbbb cccc", 100, [{ px: 26, maxLines: 1 }], halfEm)).toEqual({
      px: 26,
      lines: ["aaaa…"],
    });
  });
});

describe("footerText", () => {
  const words = (n: number) => Array.from({ length: n }, () => "abcd").join(" ");
  const date = "12345678901234567890"; // 20 chars

  it("wraps a long source over two lines at 22 px with the date after it", () => {
    // 30 words = 149 chars. 22 px → 11 px/char: a line of n words is (5n − 1)·11 ≤ 1000 → n ≤ 18
    // → 18 + 12 words. Last line 59 · 11 = 649, + 40 + 20 · 11 = 909 ≤ 1000 → date on it.
    const f = footerText(words(30), date, 1000, halfEm);
    expect(f.px).toBe(22);
    expect(f.lines).toEqual([
      { left: words(18), right: "" },
      { left: words(12), right: date },
    ]);
  });

  it("goes down to 20 px and three lines, never smaller, the date on its own line", () => {
    // 60 words at 22 px: 4 lines > 2. At 20 px (10/char): (5n − 1)·10 ≤ 1000 → n ≤ 20: 3 lines
    // of 20; last line 990 + 40 + 200 > 1000 → date alone on a 4th line. 4 · 25 = 100 ≤ 104 px.
    const f = footerText(words(60), date, 1000, halfEm);
    expect(f.px).toBe(MIN_FONT_PX);
    expect(MIN_FONT_PX).toBeGreaterThanOrEqual(20);
    expect(f.lines.map((l) => l.left)).toEqual([words(20), words(20), words(20), ""]);
    expect(f.lines[3]!.right).toBe(date);
    const L = pngLayout(0, 1, 1);
    expect(f.lines.length * f.lineH).toBeLessThanOrEqual(L.footerBand.h);
  });
});

describe("insetBox", () => {
  it("puts the inset at the top right of the map area at its own aspect", () => {
    // 360 wide → map 336 wide; aspect 0.6 → 560 tall > 480 → 480 tall, 288 wide; box 312 wide,
    // x = 1920 − 32 − 312 = 1576; title 2 · 12 + 30 = 54; box h = 54 + 480 + 12 = 546; y = 152.
    const B = insetBox(pngLayout(0, 1, 1), 0.6);
    expect(B.map).toEqual({ x: 1588, y: 206, w: 288, h: 480 });
    expect(B.box).toEqual({ x: 1576, y: 152, w: 312, h: 546 });
  });
});
