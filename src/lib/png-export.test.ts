import { describe, expect, it } from "vitest";
import { metresPerPixel, niceScaleBar, pngLayout, PNG_SIZE } from "./png-export";

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
    // Area 1920 × (1080 − 120 − 64) = 1920 × 896. 1400×900 CSS px: s = min(1920/1400, 896/900)
    // = min(1.3714, 0.99556) = 0.99556 → map 1393.8 × 896, x = (1920 − 1393.8)/2 = 263.1, y = 120.
    const L = pngLayout(6, 1400, 900);
    expect(L.mapScale).toBeCloseTo(896 / 900, 6);
    expect(L.mapRect.w).toBeCloseTo(1393.78, 2);
    expect(L.mapRect.x).toBeCloseTo(263.11, 2);
    expect(L.mapRect.y).toBe(120);
    expect(L.mapRect.y + L.mapRect.h).toBeCloseTo(L.footerBand.y, 6);
    expect(L.width).toBe(PNG_SIZE.width);
  });
});
